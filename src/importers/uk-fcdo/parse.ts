/**
 * Stream the tables of the derived UK Sanctions List set: subjects.csv drives, and the side tables
 * (names, dates of birth, identifiers, countries) are loaded once each into Maps keyed by unique_id.
 * The side tables repeat rows many times over (the transform that produced them joined them); rows
 * identical but for their row id are kept once. A side row whose unique_id has no subject, or a
 * subject listed twice, means the set is corrupted and fails with the file and line.
 */
import { readCsv } from '../common/csv.js';
import { clean } from '../common/build.js';
import { malformed } from '../../errors.js';

export type FcdoRecord = Record<string, string>;

export interface SideRow {
  record: FcdoRecord;
  line: number;
}

export type SideRole = 'names' | 'dobs' | 'identifiers' | 'countries';

export const SUBJECT_COLUMNS = ['unique_id', 'subject_type', 'un_reference_number', 'ofsi_group_id', 'date_designated', 'last_updated'];

/** File name, row-id column and required columns of each side table. */
export const SIDE_TABLES: Record<SideRole, { file: string; id: string; columns: string[] }> = {
  names: {
    file: 'subject_names.csv',
    id: 'name_id',
    columns: ['unique_id', 'name_type', 'alias_strength', 'full_name', 'name_6', 'name_1', 'name_2', 'name_3', 'name_4', 'name_5'],
  },
  dobs: { file: 'subject_dobs.csv', id: 'dob_id', columns: ['unique_id', 'year', 'month', 'day', 'precision'] },
  identifiers: { file: 'subject_identifiers.csv', id: 'id', columns: ['unique_id', 'raw_value', 'identifier_type', 'additional_info'] },
  countries: { file: 'subject_countries.csv', id: 'id', columns: ['unique_id', 'raw_value', 'country_type', 'iso'] },
};

function uniqueId(record: FcdoRecord, file: string, line: number): string {
  const id = clean(record.unique_id);
  if (!id) throw malformed('row has no unique_id', { file, line, field: 'unique_id' });
  return id;
}

/** Stream subjects.csv. */
export async function* readSubjects(file: string): AsyncGenerator<SideRow & { uniqueId: string }> {
  for await (const { record, line } of readCsv<FcdoRecord>(file, { columns: true, requiredColumns: SUBJECT_COLUMNS })) {
    if (Object.values(record).every((v) => !clean(v))) continue;
    yield { record, line, uniqueId: uniqueId(record, file, line) };
  }
}

/** Every subject id, checking that none repeats. */
export async function subjectIds(file: string): Promise<Set<string>> {
  const lines = new Map<string, number>();
  for await (const { uniqueId: id, line } of readSubjects(file)) {
    const first = lines.get(id);
    if (first !== undefined) throw malformed(`unique_id ${id} is listed twice (first on line ${first})`, { file, line, field: 'unique_id' });
    lines.set(id, line);
  }
  return new Set(lines.keys());
}

/** Load one side table keyed by unique_id, dropping exact repeats; every row must belong to a subject. */
export async function loadSideTable(file: string, role: SideRole, subjects: Set<string>): Promise<Map<string, SideRow[]>> {
  const { id: idColumn, columns } = SIDE_TABLES[role];
  const byId = new Map<string, SideRow[]>();
  const seen = new Set<string>();
  for await (const { record, line } of readCsv<FcdoRecord>(file, { columns: true, requiredColumns: columns })) {
    if (Object.values(record).every((v) => !clean(v))) continue;
    const id = uniqueId(record, file, line);
    if (!subjects.has(id)) throw malformed(`unique_id ${id} has no subject in subjects.csv`, { file, line, field: 'unique_id' });
    const key = Object.entries(record).filter(([k]) => k !== idColumn).map(([, v]) => v).join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    const rows = byId.get(id);
    if (rows) rows.push({ record, line });
    else byId.set(id, [{ record, line }]);
  }
  return byId;
}
