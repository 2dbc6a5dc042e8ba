/**
 * The two FSF CSV layouts and how a row of each reads as one `FsfRow`.
 *
 * v1.0 (2018 and before): `Date_file;Entity_logical_id;Subject_type;Leba_*;Programme;Entity_remark;
 * Naal_*;Addr_*;Birt_*;Iden_*;Citi_*;EU_ref_num`, where `Entity_logical_id` repeats in every block, so it
 * is read by position. v1.1 (`csvFullSanctionsList_1_1`): `fileGenerationDate;Entity_LogicalId;...`
 * with unique, prefixed names (NameAlias_*, Address_*, BirthDate_*, Identification_*, Citizenship_*),
 * read by name. Both are denormalised: a row holds the entity plus one name, address, birth date,
 * identification or citizenship.
 */
import { ChokepointError, malformed } from '../../errors.js';
import type { FsfRow } from './row.js';
import { rowV10, V10_COLUMNS } from './layout-v10.js';
import { rowV11, V11_REQUIRED } from './layout-v11.js';

export type Layout = { version: '1.0' | '1.1'; read(fields: string[], line: number): FsfRow };

/** Recognise the layout from the header fields, or fail naming the header. */
export function layoutOf(header: string[], file: string): Layout {
  const names = header.map((h) => h.trim());
  if (/^Date_file/i.test(names[0] ?? '')) {
    for (let i = 1; i < V10_COLUMNS.length; i++) {
      if ((names[i] ?? '').toLowerCase() !== V10_COLUMNS[i].toLowerCase()) {
        throw malformed(`wrong header: column ${i + 1} is '${names[i] ?? ''}', expected '${V10_COLUMNS[i]}' (FSF CSV v1.0)`, { file, line: 1, field: V10_COLUMNS[i] });
      }
    }
    return { version: '1.0', read: (fields, line) => rowV10(fields, line) };
  }
  if (names[0] === 'fileGenerationDate') {
    const missing = V11_REQUIRED.filter((c) => !names.includes(c));
    if (missing.length) {
      throw malformed(`wrong header: missing column(s) ${missing.map((m) => `'${m}'`).join(', ')} (FSF CSV v1.1)`, { file, line: 1, field: missing[0] });
    }
    const index = new Map(names.map((n, i) => [n, i]));
    return { version: '1.1', read: (fields, line) => rowV11(fields, index, line) };
  }
  throw new ChokepointError('UNKNOWN_FORMAT', `not an EU FSF CSV: header starts '${names.slice(0, 4).join(';')}' (expected 'Date_file;Entity_logical_id;...' or 'fileGenerationDate;Entity_LogicalId;...')`, { file, line: 1 });
}

/** Whether the first line of a file looks like either FSF header (Excel-wrapped or not). */
export function looksLikeFsfHeader(firstLine: string): boolean {
  const t = firstLine.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').replace(/^"/, '');
  return /^Date_file[^;]*;Entity_logical_id;Subject_type;/i.test(t) || t.startsWith('fileGenerationDate;Entity_LogicalId;');
}
