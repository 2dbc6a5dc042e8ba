/**
 * Edge: read the HS nomenclature and the CHPL from CSV files (../shared/data/goods), checking every row.
 * A bad row fails with a `MALFORMED_FILE` error naming the file, line and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { malformed } from '../errors.js';
import { CHPL_TIERS, type ChplItem, type ChplTier, type GoodsTables, type HsLevel, type HsNode } from './types.js';

type Row = Record<string, string>;

/** Read a CSV with a header row; each record comes with its 1-based line number. */
function readCsv(file: string, required: string[]): { line: number; row: Row }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw malformed(`cannot read file (${(e as Error).message})`, { file });
  }
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw malformed(`not valid CSV (${(e as Error).message})`, { file, line });
  }
  const header = records[0]?.record.map((h) => h.trim());
  if (!header) throw malformed('empty file', { file });
  for (const field of required) if (!header.includes(field)) throw malformed('missing column', { file, line: 1, field });
  return records.slice(1).map(({ info, record }) => {
    if (record.length !== header.length) {
      throw malformed(`expected ${header.length} fields, found ${record.length}`, { file, line: info.lines });
    }
    return { line: info.lines, row: Object.fromEntries(header.map((h, i) => [h, record[i]])) };
  });
}

/** Parse the HS 2022 nomenclature (columns section, hscode, description, parent, level). */
export function loadHs(file: string): HsNode[] {
  const out: HsNode[] = [];
  for (const { line, row } of readCsv(file, ['section', 'hscode', 'description', 'parent', 'level'])) {
    if (row.hscode === 'TOTAL') continue;
    const level = Number(row.level);
    if (level !== 2 && level !== 4 && level !== 6) throw malformed(`level must be 2, 4 or 6, got '${row.level}'`, { file, line, field: 'level' });
    if (!new RegExp(`^\\d{${level}}$`).test(row.hscode)) {
      throw malformed(`hscode must be ${level} digits, got '${row.hscode}'`, { file, line, field: 'hscode' });
    }
    if (!row.description.trim()) throw malformed('empty description', { file, line, field: 'description' });
    if (level > 2 && row.parent !== row.hscode.slice(0, level - 2)) {
      throw malformed(`parent '${row.parent}' does not prefix '${row.hscode}'`, { file, line, field: 'parent' });
    }
    out.push({ code: row.hscode, level: level as HsLevel, description: row.description.trim(), parent: row.parent, section: row.section });
  }
  return out;
}

/** Parse the Common High Priority List (columns hs6, tier, description, source). */
export function loadChpl(file: string): ChplItem[] {
  return readCsv(file, ['hs6', 'tier', 'description', 'source']).map(({ line, row }) => {
    if (!/^\d{6}$/.test(row.hs6)) throw malformed(`hs6 must be 6 digits, got '${row.hs6}'`, { file, line, field: 'hs6' });
    if (!(CHPL_TIERS as readonly string[]).includes(row.tier)) {
      throw malformed(`tier must be one of ${CHPL_TIERS.join(', ')}, got '${row.tier}'`, { file, line, field: 'tier' });
    }
    return { hs6: row.hs6, tier: row.tier as ChplTier, description: row.description, source: row.source };
  });
}

/** Load both tables from a goods data folder; every CHPL code must exist in the nomenclature. */
export function loadGoodsTables(dir: string): GoodsTables {
  const hsFile = resolve(dir, 'harmonized-system.csv');
  const chplFile = resolve(dir, 'chpl.csv');
  const hs = loadHs(hsFile);
  const chpl = loadChpl(chplFile);
  const codes = new Set(hs.map((n) => n.code));
  chpl.forEach((item, i) => {
    if (!codes.has(item.hs6)) throw malformed(`hs6 ${item.hs6} is not in ${hsFile}`, { file: chplFile, line: i + 2, field: 'hs6' });
  });
  return { hs, chpl };
}
