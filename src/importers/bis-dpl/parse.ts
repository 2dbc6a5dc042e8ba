/**
 * Stream the rows of the BIS Denied Persons List (`dpl.txt`): tab-separated, every value in double
 * quotes, one row per name and address (the same person recurs with other addresses or orders).
 */
import { readCsv } from '../common/csv.js';
import { malformed } from '../../errors.js';
import { withFileErrors } from '../csl/csv-errors.js';

export const DPL_COLUMNS = [
  'Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date', 'Expiration_Date',
  'Standard_Order', 'Last_Update', 'Action', 'FR_Citation',
] as const;

export type DplRecord = Record<(typeof DPL_COLUMNS)[number], string>;

export interface DplRow {
  record: DplRecord;
  line: number;
}

/** Whether a file starts with the DPL header ("Name"<TAB>"Street_Address"...); read() checks the rest. */
export function isDplHeader(head: string): boolean {
  const first = head.replace(/^(?:\uFEFF|ï»¿)/, '').split(/\r?\n/, 1)[0] ?? '';
  const cols = first.split('\t').map((c) => c.trim().replace(/^"|"$/g, ''));
  return cols[0] === 'Name' && cols[1] === 'Street_Address';
}

/** Stream the rows with their line numbers; a row without a name fails with its line. */
export async function* readDplRows(path: string, displayName = path): AsyncGenerator<DplRow> {
  const rows = readCsv<DplRecord>(path, { delimiter: '\t', columns: true, requiredColumns: [...DPL_COLUMNS], displayName });
  for await (const { record, line } of withFileErrors(rows, displayName)) {
    if (!record.Name?.trim()) throw malformed('record has no name', { file: displayName, line, field: 'Name' });
    yield { record, line };
  }
}
