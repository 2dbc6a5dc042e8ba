/**
 * Stream the rows of an OFSI ConList.csv and gather them by Group ID: the file has one row per name
 * variant, date of birth or address of a target, and the rows of one target are not adjacent (the
 * file is sorted by name), so groups are emitted once the whole file has been read.
 */
import { readCsv } from '../common/csv.js';
import { head } from '../common/sniff.js';
import { clean } from '../common/build.js';
import { toIsoDay } from '../../common/dates.js';
import { malformed } from '../../errors.js';
import { detectEncoding } from './encoding.js';

export type OfsiRecord = Record<string, string>;

export interface OfsiRow {
  record: OfsiRecord;
  /** Line of the row in the file. */
  line: number;
}

/** Every row of one financial sanctions target. */
export interface OfsiGroup {
  groupId: string;
  rows: OfsiRow[];
}

/** Columns both the 2018 and the 2022 ConList layouts carry and the mapping cannot do without. */
export const OFSI_REQUIRED = ['Name 6', 'Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Group Type', 'Alias Type', 'Regime', 'Group ID'];

const HEADER = /^(?:\uFEFF|ï»¿)?"?Name 6"?,/;
const BANNER = /^(?:\uFEFF|ï»¿)?"?Last Updated"?,"?(\d{1,2}\/\d{1,2}\/\d{4})/;

export interface OfsiLayout {
  /** 1-based line of the column header (2 under the `Last Updated` banner). */
  headerLine: number;
  /** The banner's date as YYYY-MM-DD. */
  publishedAt?: string;
}

/** Find the header row and the `Last Updated` banner in the first lines, or undefined. */
export function sniffOfsi(path: string): OfsiLayout | undefined {
  const lines = head(path, 8192).split(/\r?\n/).slice(0, 5);
  const index = lines.findIndex((l) => HEADER.test(l) && /Group Type/.test(l) && /Alias Type/.test(l));
  if (index < 0) return undefined;
  const banner = lines.slice(0, index).map((l) => BANNER.exec(l)).find(Boolean);
  return { headerLine: index + 1, publishedAt: banner ? toIsoDay(banner[1]) : undefined };
}

/** Stream the rows of a ConList.csv, decoding Windows-1252 or UTF-8 as the bytes say. */
export async function* readOfsiRows(path: string, displayName = path): AsyncGenerator<OfsiRow> {
  const layout = sniffOfsi(path);
  if (!layout) throw malformed("wrong header: no 'Name 6,...,Group Type,Alias Type,...' row in the first lines", { file: displayName, line: 1 });
  const encoding = await detectEncoding(path, displayName);
  yield* readCsv<OfsiRecord>(path, {
    columns: true,
    from_line: layout.headerLine,
    requiredColumns: OFSI_REQUIRED,
    encoding,
    displayName,
  });
}

/** Gather the rows by Group ID, in order of first appearance. A row without a Group ID is malformed. */
export async function* readOfsiGroups(path: string, displayName = path): AsyncGenerator<OfsiGroup> {
  const groups = new Map<string, OfsiRow[]>();
  for await (const row of readOfsiRows(path, displayName)) {
    const groupId = clean(row.record['Group ID']);
    if (!groupId) {
      if (Object.values(row.record).every((v) => !clean(v))) continue;
      throw malformed('row has no Group ID', { file: displayName, line: row.line, field: 'Group ID' });
    }
    const rows = groups.get(groupId);
    if (rows) rows.push(row);
    else groups.set(groupId, [row]);
  }
  for (const [groupId, rows] of groups) yield { groupId, rows };
}
