/**
 * Stream the rows of the CSL CSV (trade.gov `consolidated.csv`), and group the rows that share an `_id`
 * (an entry on several Treasury lists repeats once per list) without holding the file in memory: a
 * first pass counts the ids, the second yields single rows at once and buffers only repeated ones.
 */
import { readCsv } from '../common/csv.js';
import { malformed } from '../../errors.js';
import { withFileErrors } from './csv-errors.js';

/** Every column of the CSV as trade.gov publishes it (the 2022 and the current files agree). */
export const CSL_COLUMNS = [
  '_id', 'source', 'entity_number', 'type', 'programs', 'name', 'title', 'addresses', 'federal_register_notice',
  'start_date', 'end_date', 'standard_order', 'license_requirement', 'license_policy', 'call_sign', 'vessel_type',
  'gross_tonnage', 'gross_registered_tonnage', 'vessel_flag', 'vessel_owner', 'remarks', 'source_list_url',
  'alt_names', 'citizenships', 'dates_of_birth', 'nationalities', 'places_of_birth', 'source_information_url', 'ids',
] as const;

export type CslColumn = (typeof CSL_COLUMNS)[number];
export type CslRecord = Record<CslColumn, string>;

/** The columns the mapping reads; the URL columns and entity_number may go without failing. */
const REQUIRED = CSL_COLUMNS.filter((c) => !['entity_number', 'source_list_url', 'source_information_url'].includes(c));

export interface CslRow {
  record: CslRecord;
  line: number;
}

/**
 * Whether a file's first line is a CSL header (quoted or not, with or without a BOM). Only the leading
 * columns are checked, so that a renamed column further on reaches read() and fails there by name.
 */
export function isCslHeader(head: string): boolean {
  const first = head.replace(/^(?:\uFEFF|ï»¿)/, '').split(/\r?\n/, 1)[0] ?? '';
  const cols = first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cols[0] === '_id' && cols[1] === 'source' && cols.includes('name');
}

/** Stream the rows with their line numbers; a missing `_id` or `name` fails with the line. */
export async function* readCslRows(path: string, displayName = path): AsyncGenerator<CslRow> {
  const rows = readCsv<CslRecord>(path, { columns: true, requiredColumns: REQUIRED, displayName });
  for await (const { record, line } of withFileErrors(rows, displayName)) {
    if (!record._id?.trim()) throw malformed('record has no _id', { file: displayName, line, field: '_id' });
    if (!record.name?.trim()) throw malformed(`record ${record._id.trim()} has no name`, { file: displayName, line, field: 'name' });
    yield { record, line };
  }
}

/** Stream the rows grouped by `_id`, in the order each group completes. */
export async function* readCslGroups(path: string, displayName = path): AsyncGenerator<CslRow[]> {
  const counts = new Map<string, number>();
  for await (const { record } of readCslRows(path, displayName)) {
    const id = record._id.trim();
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const pending = new Map<string, CslRow[]>();
  for await (const row of readCslRows(path, displayName)) {
    const id = row.record._id.trim();
    const expected = counts.get(id) ?? 1;
    if (expected === 1) {
      yield [row];
      continue;
    }
    const group = pending.get(id) ?? [];
    group.push(row);
    if (group.length >= expected) {
      pending.delete(id);
      yield group;
    } else pending.set(id, group);
  }
  // The file changed between the passes: emit what was buffered rather than lose it.
  for (const group of pending.values()) yield group;
}
