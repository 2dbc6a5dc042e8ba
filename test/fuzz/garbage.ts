/**
 * Bad values: of the wrong type, out of a schema's range, unicode edge cases, deep nesting. JSON text
 * that JSON.stringify cannot write (1e999, thousands of levels, duplicate keys) is carried as RawJson.
 */
import { typeOf, type JsonSchema } from './openapi.js';

/** JSON text put into a body as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

export interface Garbage {
  label: string;
  value: unknown;
  /** Instead of `value`: an array of this many valid items of the field (built when sent). */
  validItems?: number;
}

const MARK = '\u0000fuzz-raw\u0000';
/** A marker as JSON.stringify writes it: "\u0000fuzz-raw\u00003\u0000fuzz-raw\u0000" (backslashes literal). */
const RAW_MARKER = /"\\u0000fuzz-raw\\u0000(\d+)\\u0000fuzz-raw\\u0000"/g;

/** JSON.stringify, with RawJson values written verbatim. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `${MARK}${raws.length - 1}${MARK}`;
    }
    return v;
  }) ?? '';
  return raws.length === 0 ? text : text.replace(RAW_MARKER, (_m, i: string) => raws[Number(i)]);
}

const ALL_TYPES: (Garbage & { type: string })[] = [
  { type: 'string', label: 'string', value: 'not-a-valid-value' },
  { type: 'string', label: 'numeric-string', value: '42' },
  { type: 'number', label: 'number', value: 12345 },
  { type: 'number', label: 'negative-float', value: -1.5 },
  { type: 'boolean', label: 'boolean', value: true },
  { type: 'null', label: 'null', value: null },
  { type: 'array', label: 'empty-array', value: [] },
  { type: 'array', label: 'mixed-array', value: [1, 'a', null, { b: [] }] },
  { type: 'object', label: 'empty-object', value: {} },
  { type: 'object', label: 'object', value: { a: { b: [1, { c: null }] } } },
];

/** Values of every type but the field's own (integers count as numbers: 1.5 is out of range instead). */
export function wrongTypes(schema: JsonSchema): Garbage[] {
  const own = typeOf(schema) === 'integer' ? 'number' : typeOf(schema);
  return ALL_TYPES.filter((g) => g.type !== own);
}

/** Unicode that has broken parsers, normalisers and databases. */
export const UNICODE: Garbage[] = [
  { label: 'lone-high-surrogate', value: 'ab\ud800cd' },
  { label: 'lone-low-surrogate', value: '\udfffab' },
  { label: 'reversed-surrogates', value: 'a\udc00\ud800b' },
  { label: 'nul', value: 'a\u0000b' },
  { label: 'only-nul', value: '\u0000' },
  { label: 'rtl-override', value: 'Ivan \u202eVONAVI\u202c' },
  { label: 'rtl-marks', value: '\u200f\u200e\u061c' },
  { label: 'zero-width', value: '\u200b\u200c\u200d\ufeff' },
  { label: 'emoji', value: '😀 👩‍👩‍👧‍👦 🇺🇳 🏳️‍🌈' },
  { label: 'combining-flood', value: `e${'\u0301'.repeat(2000)}` },
  { label: 'noncharacters', value: '\uffff\ufffe\u{10ffff}' },
  { label: 'controls', value: '\u0001\u0007\u001b[31m\u007f\u0085' },
  { label: 'line-separators', value: 'a\u2028b\u2029c\r\n' },
  { label: 'whitespace-only', value: '\u00a0\u3000\u2003\t' },
  { label: 'case-expanding', value: 'İSTANBUL ß ǅ ﬃ' },
  { label: 'math-alphanumerics', value: '𝐕𝐥𝐚𝐝𝐢𝐦𝐢𝐫 𝕻𝖚𝖙𝖎𝖓' },
  { label: 'mixed-scripts', value: 'Влад Путин 普京 بوتين' },
  { label: 'astral-flood', value: '😀'.repeat(600) },
];

/** Deeply nested JSON text: arrays or objects, `depth` levels. */
export function nested(depth: number, shape: 'array' | 'object'): RawJson {
  return shape === 'array' ? new RawJson(`${'['.repeat(depth)}1${']'.repeat(depth)}`) : new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

function numbers(s: JsonSchema, integer: boolean): Garbage[] {
  const out: Garbage[] = [];
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : undefined;
  if (min !== undefined) out.push({ label: 'below-minimum', value: min - (integer ? 1 : 0.001) });
  if (max !== undefined) out.push({ label: 'above-maximum', value: max + (integer ? 1 : 0.001) });
  if (integer) out.push({ label: 'fraction', value: 1.5 }, { label: 'unsafe-integer', value: new RawJson('9007199254740993') });
  out.push(
    { label: 'negative', value: -1 },
    { label: 'huge', value: 1e308 },
    { label: 'overflow-literal', value: new RawJson('1e999') },
    { label: 'negative-overflow', value: new RawJson('-1e999') },
    { label: 'denormal', value: 5e-324 },
    { label: 'minus-zero', value: new RawJson('-0') },
    { label: 'long-literal', value: new RawJson(`1${'0'.repeat(400)}`) },
    { label: 'nan-string', value: 'NaN' },
    { label: 'infinity-string', value: 'Infinity' },
  );
  return out;
}

function strings(s: JsonSchema): Garbage[] {
  const out: Garbage[] = [];
  if (s.maxLength !== undefined) out.push({ label: 'above-maxLength', value: 'a'.repeat(s.maxLength + 1) });
  if ((s.minLength ?? 0) > 0) out.push({ label: 'empty', value: '' });
  if (s.enum?.length) out.push({ label: 'not-in-enum', value: 'NotAnOption' }, { label: 'enum-wrong-case', value: String(s.enum[0]).toUpperCase() === String(s.enum[0]) ? String(s.enum[0]).toLowerCase() : String(s.enum[0]).toUpperCase() }, { label: 'enum-padded', value: ` ${String(s.enum[0])} ` });
  if (s.pattern) out.push({ label: 'pattern-violation', value: 'not/matching?pattern' }, { label: 'pattern-impossible-date', value: '2021-13-45' }, { label: 'pattern-zero-date', value: '0000-00-00' });
  out.push({ label: 'string-100k', value: 'a'.repeat(100_000) }, { label: 'blank', value: '   ' }, { label: 'nan-like', value: 'NaN' });
  return out;
}

function arrays(s: JsonSchema): Garbage[] {
  const out: Garbage[] = [];
  if ((s.minItems ?? 0) > 0) out.push({ label: 'below-minItems', value: [] });
  if (s.maxItems !== undefined) out.push({ label: 'above-maxItems', value: undefined, validItems: s.maxItems + 1 });
  out.push({ label: 'array-100k-nulls', value: new RawJson(`[${new Array(100_000).fill('null').join(',')}]`) });
  return out;
}

/** Values beyond what the schema allows: bounds, lengths, item counts, and number forms JSON permits. */
export function outOfRange(s: JsonSchema): Garbage[] {
  switch (typeOf(s)) {
    case 'integer': return numbers(s, true);
    case 'number': return numbers(s, false);
    case 'string': return strings(s);
    case 'array': return arrays(s);
    case 'object': return [
      { label: 'keys-5k', value: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) },
      { label: 'key-long', value: { ['k'.repeat(10_000)]: 1 } },
      { label: 'key-empty', value: { '': 1 } },
    ];
    default: return [];
  }
}
