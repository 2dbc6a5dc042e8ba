/**
 * One row of a `screen --file` input -> a ScreeningQuery. Column names (CSV header or JSON keys) are
 * matched case-insensitively and without punctuation, with the names other systems commonly use
 * ("Full Name", "DOB", "date_of_birth", "Nationality", "Passport"). Values are checked with the same
 * field schemas as the `screen` options.
 */
import type { ScreeningQuery } from '../../matching/types.js';
import { ChokepointError } from '../../errors.js';
import {
  check, countriesField, genderField, identifiersField, lenientDateField, nameField, schemaField,
} from './query-fields.js';

export type QueryColumn = 'name' | 'schema' | 'birthDate' | 'countries' | 'identifiers' | 'gender' | 'ref';

const ALIASES: Record<QueryColumn, string[]> = {
  name: ['name', 'fullname', 'entityname', 'subjectname', 'partyname', 'customername', 'caption'],
  schema: ['type', 'schema', 'entitytype', 'subjecttype', 'partytype', 'kind'],
  birthDate: ['dob', 'birthdate', 'dateofbirth', 'born', 'birthday'],
  countries: ['country', 'countries', 'nationality', 'nationalities', 'citizenship', 'jurisdiction', 'countrycode'],
  identifiers: ['id', 'ids', 'identifier', 'identifiers', 'idnumber', 'idnumbers', 'passport', 'passportnumber', 'registrationnumber', 'taxid', 'imo'],
  gender: ['gender', 'sex'],
  ref: ['ref', 'reference', 'customerid', 'recordid', 'externalid', 'clientid'],
};

const BY_KEY = new Map<string, QueryColumn>(
  Object.entries(ALIASES).flatMap(([column, keys]) => keys.map((k) => [k, column as QueryColumn] as const)),
);

/** The query column a CSV header or JSON key stands for, if any. */
export function columnOf(key: string): QueryColumn | undefined {
  return BY_KEY.get(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Fail early on a CSV header with no name column, listing what it has. */
export function checkHeader(header: string[], file: string): void {
  if (header.length && !header.some((h) => columnOf(h) === 'name')) {
    throw new ChokepointError('MALFORMED_FILE', `no name column in the header (found: ${header.slice(0, 12).join(', ')})`, { file, line: 1, field: 'name' });
  }
}

export interface RowQuery {
  query: ScreeningQuery;
  /** The caller's own reference for the row, passed through to the output. */
  ref?: string;
}

interface Gathered {
  values: Partial<Record<QueryColumn, { key: string; value: unknown }[]>>;
}

function gather(record: Record<string, unknown>): Gathered {
  const values: Gathered['values'] = {};
  for (const [key, value] of Object.entries(record)) {
    const column = columnOf(key);
    if (!column || value === null || value === undefined || value === '') continue;
    (values[column] ??= []).push({ key, value });
  }
  return { values };
}

function text(entry: { key: string; value: unknown }, line: number): string {
  const { key, value } = entry;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new ChokepointError('INVALID_INPUT', 'must be text', { field: key, line });
}

function texts(entries: { key: string; value: unknown }[], line: number, split: RegExp | null): string[] {
  return entries.flatMap((entry) => {
    if (Array.isArray(entry.value)) return entry.value.map((v) => text({ key: entry.key, value: v }, line));
    const t = text(entry, line);
    return split ? t.split(split) : [t];
  });
}

/** The name a row gives, as text, for echoing it in the output even when the row is invalid. */
export function rowName(record: Record<string, unknown> | undefined): string {
  if (!record) return '';
  const entry = gather(record).values.name?.[0];
  return typeof entry?.value === 'string' ? entry.value : typeof entry?.value === 'number' ? String(entry.value) : '';
}

/** The screening query of a row; throws INVALID_INPUT naming the column and line. */
export function rowQuery(record: Record<string, unknown>, line: number): RowQuery {
  const { values } = gather(record);
  const names = values.name ?? [];
  if (!names.length) throw new ChokepointError('INVALID_INPUT', 'no name to screen', { field: 'name', line });
  const query: ScreeningQuery = { name: check(nameField, text(names[0], line), names[0].key, line) };
  const first = (column: QueryColumn) => values[column]?.[0];
  const schema = first('schema');
  if (schema) query.schema = check(schemaField, text(schema, line), schema.key, line);
  const dob = first('birthDate');
  if (dob) query.birthDate = check(lenientDateField, text(dob, line), dob.key, line);
  const gender = first('gender');
  if (gender) query.gender = check(genderField, text(gender, line), gender.key, line);
  if (values.countries) {
    const field = values.countries.map((e) => e.key).join('/');
    const countries = check(countriesField, texts(values.countries, line, null), field, line);
    if (countries.length) query.countries = countries;
  }
  if (values.identifiers) {
    const field = values.identifiers.map((e) => e.key).join('/');
    const ids = check(identifiersField, texts(values.identifiers, line, /[;|]/), field, line);
    if (ids.length) query.identifiers = ids;
  }
  const ref = first('ref');
  return ref ? { query, ref: text(ref, line) } : { query };
}
