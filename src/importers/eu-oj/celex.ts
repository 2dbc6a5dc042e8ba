/**
 * CELEX numbers of EU acts (`32014R0833`) and the stable per-record ids built from them. Pure.
 */
import type { OjRow } from './parse.js';
import { slug } from './values.js';

const TYPES: Record<string, string> = { R: 'Regulation', D: 'Decision', L: 'Directive' };

/**
 * A readable name for a CELEX number: `32014R0833` -> `Regulation 833/2014`, `32024R1485` ->
 * `Regulation 2024/1485` (acts from 2015 on are numbered year first). Unknown forms come back as given.
 */
export function celexTitle(celex: string): string {
  const m = /^3(\d{4})([A-Z])(\d{4})$/.exec(celex);
  if (!m) return celex;
  const [, year, type, num] = m;
  const n = String(Number(num));
  return `${TYPES[type] ?? type} ${Number(year) >= 2015 ? `${year}/${n}` : `${n}/${year}`}`;
}

/**
 * The publisher-side id of a row: `<celex>-<annex>-<recordId>`. Annex entries are numbered per annex
 * section (I.A persons and I.B entities both start at 1), so the annex is part of the id. An annex that
 * prints no entry number (Reg. 881/2002 Annex I) gets a slug of the name instead, which stays stable
 * while the listed name does.
 */
export function ojSourceId(row: Pick<OjRow, 'celex' | 'annex' | 'recordId' | 'name'>): string {
  const entry = row.recordId ? row.recordId.replace(/\s+/g, '') : `n-${slug(row.name)}`;
  return [row.celex, row.annex.replace(/\s+/g, ''), entry].filter(Boolean).join('-');
}
