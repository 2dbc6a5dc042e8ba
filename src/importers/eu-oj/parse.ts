/**
 * Streams the rows of one consolidated EU OJ annex CSV (one file per framework act, named by its CELEX),
 * checking the header and each row's required cells. No mapping.
 */
import { basename } from 'node:path';
import { readCsv } from '../common/csv.js';
import { malformed } from '../../errors.js';

/** The exact header of a consolidated file, in order (FORMAT.md). */
export const OJ_COLUMNS = [
  'celex', 'recordId', 'programKey', 'annex', 'measure', 'startDate', 'reason', 'schema', 'name', 'alias',
  'weakAlias', 'previousName', 'country', 'nationality', 'jurisdiction', 'birthDate', 'birthPlace', 'position',
  'passportNumber', 'gender', 'appearance', 'ethnicity', 'fatherName', 'motherName', 'incorporationDate',
  'legalForm', 'sector', 'registrationNumber', 'taxNumber', 'idNumber', 'innCode', 'ogrnCode', 'kppCode',
  'okpoCode', 'leiCode', 'swiftBic', 'ticker', 'imoNumber', 'mmsi', 'flag', 'address', 'phone', 'email',
  'website', 'notes',
] as const;

export type OjColumn = (typeof OJ_COLUMNS)[number];
export type OjRow = Record<OjColumn, string>;

export interface OjRecord {
  row: OjRow;
  /** Line of the record in the file. */
  line: number;
}

/** The FollowTheMoney schemas a consolidated file may use. */
export const OJ_SCHEMAS = ['Person', 'LegalEntity', 'Organization', 'Company', 'Vessel', 'Asset'] as const;

/** A consolidated file is named after its framework act: `32014R0833.csv`, `32011D0173.csv`. */
export const CELEX_FILE = /^(3\d{4}[A-Z]\d{4})\.csv$/;

/** Whether the first bytes of a file are the consolidated-file header. */
export function isConsolidatedHeader(head: string): boolean {
  const first = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').split(/\r?\n/, 1)[0];
  return first.startsWith('celex,recordId,programKey,annex,measure,');
}

/**
 * The rows of one consolidated file. Fails with the file and line on a broken quote, a missing header
 * column, a row whose CELEX is not the file's, or a row without name or with an unknown schema.
 */
export async function* readOjFile(path: string): AsyncGenerator<OjRecord> {
  const file = path;
  const celex = CELEX_FILE.exec(basename(path))?.[1];
  const rows = readCsv<OjRow>(path, { columns: true, requiredColumns: [...OJ_COLUMNS], displayName: file });
  for await (const { record, line } of rows) {
    const row = trimmed(record);
    if (Object.values(row).every((v) => v === '')) continue;
    if (celex && row.celex !== celex) throw malformed(`row CELEX '${row.celex}' is not the file's '${celex}'`, { file, line, field: 'celex' });
    if (!row.name) throw malformed('record has no name', { file, line, field: 'name' });
    if (!(OJ_SCHEMAS as readonly string[]).includes(row.schema)) {
      throw malformed(`unknown schema '${row.schema}' (expected one of ${OJ_SCHEMAS.join(', ')})`, { file, line, field: 'schema' });
    }
    yield { row, line };
  }
}

function trimmed(record: OjRow): OjRow {
  const out = {} as OjRow;
  for (const c of OJ_COLUMNS) out[c] = (record[c] ?? '').trim();
  return out;
}
