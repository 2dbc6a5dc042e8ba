/**
 * Identifier cells of the EU OJ annexes hold printed wording around the number
 * (`Russian passport no. 55 0314316, valid from 6.12.2019`, `7725075060 (Tax ID/INN)`,
 * `(a) Philippines number EC6530802 (expires 19.1.2021), (b) ...`). Pull out the numbers, typed by
 * column and refined by the printed label; the printed text stays in the note. Pure.
 */
import type { Identifier, IdentifierType } from '../../model/entity.js';
import { makeIdentifier } from '../common/build.js';
import { toCountryCode } from '../../common/countries.js';
import { splitAll } from './values.js';

export interface IdKind {
  type: IdentifierType;
  scheme?: string;
  /** A pattern the number must match; where given, only matches are taken (SWIFT, LEI). */
  pattern?: RegExp;
}

/** The identifier columns and what they hold. */
export const ID_COLUMNS: Record<string, IdKind> = {
  passportNumber: { type: 'passport' },
  idNumber: { type: 'national_id' },
  taxNumber: { type: 'tax' },
  innCode: { type: 'tax', scheme: 'INN' },
  registrationNumber: { type: 'registration' },
  ogrnCode: { type: 'registration', scheme: 'OGRN' },
  kppCode: { type: 'registration', scheme: 'KPP' },
  okpoCode: { type: 'registration', scheme: 'OKPO' },
  leiCode: { type: 'lei', pattern: /\b[A-Z0-9]{18}\d{2}\b/g },
  swiftBic: { type: 'swift_bic', pattern: /\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b/g },
  imoNumber: { type: 'imo' },
  mmsi: { type: 'mmsi' },
  ticker: { type: 'other', scheme: 'TICKER' },
};

/** A printed label that names the kind of number better than the column does. */
const LABELS: [RegExp, IdKind][] = [
  [/\bpassport\b/i, { type: 'passport' }],
  [/\bINN\b/, { type: 'tax', scheme: 'INN' }],
  [/\bOGRN\b/, { type: 'registration', scheme: 'OGRN' }],
  [/\bKPP\b/, { type: 'registration', scheme: 'KPP' }],
  [/\bOKPO\b/, { type: 'registration', scheme: 'OKPO' }],
  [/unified social credit/i, { type: 'registration', scheme: 'UNIFIED SOCIAL CREDIT CODE' }],
  [/\b(?:TIN|tax)\b/i, { type: 'tax' }],
  [/\b(?:identity card|national id|SSN|civil identification)/i, { type: 'national_id' }],
];

/** Short country codes the annexes print in brackets; other 3-letter brackets are labels (`BRN`). */
const PRINTED_CODES = new Set(['USA', 'UK', 'UAE']);

const NOTE_START = /^(?:issued|valid|expir|date|on\b|until|from|in\b|by\b|name)/i;
const HAS_DIGIT = /\d/;
const LABEL_WORDS = new Set(['ID', 'NO', 'NR', 'N°', '№', 'INN', 'KPP', 'TIN', 'BRN', 'TRN', 'SSN', 'OGRN', 'OKPO']);
const DATE_ONLY = /^(?:\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})$/;
/** A bracketed note at the start of the value or after a space (not `LaMaTa(Nine)025897`). */
const BRACKETED = /(?:^|\s)\(([^()]*)\)/g;
const SHORT_CAPS = /^(?:[A-Z]{1,3}|[А-ЯЁ]{1,3}|N°|№)$/;

/** Every identifier printed in one identifier cell of the given column. */
export function identifiersOf(column: string, cell: string | undefined | null): Identifier[] {
  const kind = ID_COLUMNS[column];
  if (!kind || !cell) return [];
  const out: Identifier[] = [];
  for (const value of splitAll(cell)) {
    if (kind.pattern) {
      for (const m of value.match(kind.pattern) ?? []) push(out, makeIdentifier(kind.type, m, { scheme: kind.scheme, note: m === value ? undefined : value }));
      continue;
    }
    const notes = [...value.matchAll(BRACKETED)].map((m) => m[1]);
    const main = value.replace(BRACKETED, ' ');
    const found: string[] = [];
    for (const [i, segment] of main.split(/[,;]\s*/).entries()) {
      const s = segment.trim();
      if (!s || (i > 0 && NOTE_START.test(s))) continue;
      const series = /\bseries\s+(\S+)\s+no\.?\s*(\S+)/i.exec(s);
      let number = series ? `${series[1]} ${series[2]}` : numberIn(s);
      // A later segment that is only a year or a date belongs to the wording, not a second number.
      if (number && found.length > 0 && DATE_ONLY.test(number)) number = undefined;
      if (number) found.push(number);
      const refined = refine(kind, `${s} ${notes.join(' ')}`);
      const country = countryIn(s.slice(0, Math.max(0, s.indexOf(number ?? '\u0000'))) || s, notes);
      if (number) push(out, makeIdentifier(refined.type, number, { scheme: refined.scheme, country, note: number === value ? undefined : value }));
    }
    if (found.length === 0) push(out, makeIdentifier(kind.type, value.replace(/[.;,]+$/, ''), { scheme: kind.scheme }));
  }
  return out;
}

/** The number in a printed segment: the first run of digit-bearing tokens, with short capital prefixes. */
function numberIn(segment: string): string | undefined {
  const tokens = segment.split(/\s+/).filter(Boolean);
  const first = tokens.findIndex((t) => HAS_DIGIT.test(t));
  if (first < 0) return undefined;
  let start = first;
  while (start > 0 && SHORT_CAPS.test(tokens[start - 1]) && !LABEL_WORDS.has(tokens[start - 1])) start--;
  let end = first + 1;
  while (end < tokens.length && (HAS_DIGIT.test(tokens[end]) || (SHORT_CAPS.test(tokens[end]) && HAS_DIGIT.test(tokens[end + 1] ?? '')))) end++;
  return tokens.slice(start, end).join(' ').replace(/^[:#]+|[.,;:]+$/g, '');
}

function refine(kind: IdKind, text: string): IdKind {
  if (kind.scheme && kind.type !== 'registration') return kind;
  for (const [re, k] of LABELS) if (re.test(text)) return k.type === kind.type && !k.scheme ? kind : k;
  return kind;
}

/** The issuing country where the label or a note names it (`Russian passport`, `(France)`). */
function countryIn(label: string, notes: string[]): string | undefined {
  for (const n of notes) {
    const c = n.trim().length > 3 || PRINTED_CODES.has(n.trim()) ? toCountryCode(n) : undefined;
    if (c) return c;
  }
  for (const text of [label, ...notes]) {
    const words = text.replace(/[,.:;]/g, ' ').trim().split(/\s+/);
    for (let k = Math.min(4, words.length); k >= 1; k--) {
      const phrase = words.slice(0, k).join(' ');
      const c = phrase.length > 3 ? toCountryCode(phrase) : undefined;
      if (c) return c;
    }
  }
  return undefined;
}

function push(out: Identifier[], id: Identifier | undefined): void {
  if (id && !out.some((x) => x.type === id.type && x.normalized === id.normalized)) out.push(id);
}
