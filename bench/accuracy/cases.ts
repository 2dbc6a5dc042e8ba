/**
 * Loaders for the name-matching test sets in ../shared/data/matching-cases, and the rule that turns a
 * yente person row into a screening query. The parse functions take text so they can be unit-tested.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { toCountryCode } from '../../src/common/countries.js';
import type { ScreeningQuery } from '../../src/matching/types.js';

/** One row of the yente candidate-generation fixtures. */
export interface PersonRow {
  full_name: string;
  first_name: string;
  middle_name: string;
  last_name: string;
  gender: string;
  date_of_birth: string;
  place_of_birth: string;
  nationality: string;
}

export function parsePersonRows(text: string): PersonRow[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as PersonRow[];
}

/**
 * `1965-6-29` -> `1965-06-29`. Anything that is not a year, year-month or real calendar date
 * (`1968-13-30`, `1974-01-32`: typos yente put into the treated rows) is dropped, as a client
 * validating its input before screening would.
 */
export function normalizeBirthDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return undefined;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/** `af` -> `AF`; `Iraq` -> `IQ`; unresolvable -> undefined. */
export function nationalityCode(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  return toCountryCode(/^[a-z]{2}$/i.test(v) ? v.toUpperCase() : v);
}

/** Everything the row has: name, schema Person, birth date, nationality, gender. */
export function rowToQuery(row: PersonRow): ScreeningQuery {
  const name = row.full_name.trim() || [row.first_name, row.middle_name, row.last_name].map((s) => s.trim()).filter(Boolean).join(' ');
  const query: ScreeningQuery = { name, schema: 'Person' };
  const birthDate = normalizeBirthDate(row.date_of_birth);
  if (birthDate) query.birthDate = birthDate;
  const country = nationalityCode(row.nationality);
  if (country) query.countries = [country];
  const gender = row.gender.trim().toLowerCase();
  if (gender === 'male' || gender === 'female') query.gender = gender;
  return query;
}

export function parseLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export interface CrossScriptPair {
  query: string;
  expected: string;
  minScore: number;
  description: string;
}

/** watchman's `Query,Expected Match,Min Score,Description` with `#` comment lines and no header row. */
export function parseCrossScriptPairs(text: string): CrossScriptPair[] {
  const rows = parse(text, { comment: '#', skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  return rows.map(([query, expected, minScore, description]) => ({
    query, expected, minScore: Number(minScore), description: description ?? '',
  }));
}

export interface OfacScore {
  query: string;
  result: string;
  /** OFAC Sanctions List Search score, 0-100. */
  ofacScore: number;
}

export function parseOfacScores(text: string): OfacScore[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.map((r) => ({ query: r.query_name, result: r.result_name, ofacScore: Number(r.ofac_score) }));
}

export const readPersonRows = (path: string): PersonRow[] => parsePersonRows(readFileSync(path, 'utf8'));
export const readLines = (path: string): string[] => parseLines(readFileSync(path, 'utf8'));
export const readCrossScriptPairs = (path: string): CrossScriptPair[] => parseCrossScriptPairs(readFileSync(path, 'utf8'));
export const readOfacScores = (path: string): OfacScore[] => parseOfacScores(readFileSync(path, 'utf8'));
