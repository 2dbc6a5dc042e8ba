/**
 * Streams the records of OFAC's legacy CSV files (sdn.csv / cons_prim.csv, add.csv, alt.csv and
 * sdn_comments.csv): no header, `-0-` for null, a Ctrl-Z (0x1A) byte at the end. Rows are checked
 * for their column count, a numeric ent_num and their required values; nothing is mapped here.
 */
import { readCsv } from '../common/csv.js';
import { malformed } from '../../errors.js';

/** A parsed row: OFAC's column names -> value, `null` where OFAC printed `-0-`. */
export type OfacRow<C extends string> = Record<C, string | null>;

export interface OfacLine<C extends string> {
  record: OfacRow<C>;
  /** 1-based line of the row in its file. */
  line: number;
}

interface FileSpec<C extends string> {
  columns: readonly C[];
  /** Columns that must hold a value. */
  required: readonly C[];
  /** Columns that must hold an unsigned integer. */
  numeric: readonly C[];
  /** Columns restricted to a set of values (lower case; null stays allowed unless required). */
  allowed?: Partial<Record<C, readonly string[]>>;
}

export const PRIMARY_COLUMNS = [
  'ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign',
  'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks',
] as const;
export const ADDRESS_COLUMNS = ['ent_num', 'Add_num', 'Address', 'City/State/Province/Postal Code', 'Country', 'Add_remarks'] as const;
export const ALIAS_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
export const COMMENT_COLUMNS = ['ent_num', 'Remarks_Extended'] as const;

export type PrimaryRow = OfacRow<(typeof PRIMARY_COLUMNS)[number]>;
export type AddressRow = OfacRow<(typeof ADDRESS_COLUMNS)[number]>;
export type AliasRow = OfacRow<(typeof ALIAS_COLUMNS)[number]>;
export type CommentRow = OfacRow<(typeof COMMENT_COLUMNS)[number]>;

const PRIMARY: FileSpec<(typeof PRIMARY_COLUMNS)[number]> = {
  columns: PRIMARY_COLUMNS,
  required: ['ent_num', 'SDN_Name'],
  numeric: ['ent_num'],
  allowed: { SDN_Type: ['individual', 'vessel', 'aircraft'] },
};
const ADDRESS: FileSpec<(typeof ADDRESS_COLUMNS)[number]> = {
  columns: ADDRESS_COLUMNS, required: ['ent_num', 'Add_num'], numeric: ['ent_num', 'Add_num'],
};
const ALIAS: FileSpec<(typeof ALIAS_COLUMNS)[number]> = {
  columns: ALIAS_COLUMNS,
  required: ['ent_num', 'alt_num', 'alt_type', 'alt_name'],
  numeric: ['ent_num', 'alt_num'],
  allowed: { alt_type: ['aka', 'fka', 'nka'] },
};
const COMMENT: FileSpec<(typeof COMMENT_COLUMNS)[number]> = {
  columns: COMMENT_COLUMNS, required: ['ent_num'], numeric: ['ent_num'],
};

export const readPrimary = (path: string, name?: string) => readOfacCsv(path, PRIMARY, name);
export const readAddresses = (path: string, name?: string) => readOfacCsv(path, ADDRESS, name);
export const readAliases = (path: string, name?: string) => readOfacCsv(path, ALIAS, name);
export const readComments = (path: string, name?: string) => readOfacCsv(path, COMMENT, name);

const NUMERIC = /^\d+$/;
const END_OF_FILE = /\x1a/g;

/** OFAC's null marker `-0-` (printed with a trailing space) and blanks become null. */
export function ofacValue(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const v = raw.trim();
  return v === '' || v === '-0-' ? null : v;
}

async function* readOfacCsv<C extends string>(path: string, spec: FileSpec<C>, displayName = path): AsyncGenerator<OfacLine<C>> {
  const file = displayName;
  for await (const { record, line } of readCsv<string[]>(path, { relax_column_count: true, displayName })) {
    if (record.join('').replace(END_OF_FILE, '').trim() === '') continue;
    if (record.length !== spec.columns.length) {
      throw malformed(`wrong column count: expected ${spec.columns.length} (${spec.columns.join(',')}), found ${record.length}`, { file, line });
    }
    const row = {} as OfacRow<C>;
    spec.columns.forEach((col, i) => {
      row[col] = ofacValue(record[i]);
    });
    for (const col of spec.required) {
      if (row[col] === null) throw malformed(`missing required value for ${col}`, { file, line, field: col });
    }
    for (const col of spec.numeric) {
      const v = row[col];
      if (v !== null && !NUMERIC.test(v)) throw malformed(`${col} must be a number, found '${v}'`, { file, line, field: col });
    }
    for (const [col, values] of Object.entries(spec.allowed ?? {}) as [C, readonly string[]][]) {
      const v = row[col];
      if (v !== null && !values.includes(v.toLowerCase())) {
        throw malformed(`unknown ${col} '${v}' (expected ${values.join(', ')} or -0-)`, { file, line, field: col });
      }
    }
    yield { record: row, line };
  }
}
