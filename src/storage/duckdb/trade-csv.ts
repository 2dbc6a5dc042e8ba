/**
 * Reading a trade CSV into DuckDB: the header is read here and handed to read_csv as explicit VARCHAR
 * columns (no dialect sniffing, so a ragged row fails with its line number); field checks become one
 * "first bad row" query each; DuckDB's CSV errors become MALFORMED_FILE errors with file and line.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { malformed, type ChokepointError } from '../../errors.js';
import type { FieldCheck } from '../../trade/layouts.js';
import { ident, quote } from './trade-mapping.js';

/** The header row of a CSV file (the first 64 KB hold any header). */
export function readHeader(file: string): string[] {
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(65536);
      text = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw malformed(`cannot read file (${(e as Error).message})`, { file });
  }
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  try {
    return ((parse(first, { relax_quotes: true }) as string[][])[0] ?? []).map((h) => h.trim());
  } catch {
    throw malformed('cannot read the header row', { file, line: 1 });
  }
}

/** Stage the file as temp table `stg`: every column VARCHAR, plus `__line`, its line in the file. */
export function stagingSql(file: string, header: readonly string[]): string {
  const columns = `{${header.map((h) => `${quote(h)}: 'VARCHAR'`).join(', ')}}`;
  return `CREATE OR REPLACE TEMP TABLE stg AS SELECT CAST(row_number() OVER () + 1 AS INTEGER) AS __line, *
    FROM read_csv(${quote(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns})`;
}

/** The first staged row failing a field check (line and value), if any. */
export function firstBadRowSql(c: FieldCheck): string {
  const col = ident(c.field);
  const present = `${col} IS NOT NULL AND ${col} <> 'NA' AND trim(${col}) <> ''`;
  const bad =
    c.rule === 'number'
      ? `${c.optional ? `(${present})` : 'TRUE'} AND TRY_CAST(${col} AS DOUBLE) IS NULL`
      : `${c.optional ? `(${present}) AND ` : ''}(${col} IS NULL OR NOT regexp_full_match(${col}, ${quote(c.pattern ?? '.*')}))`;
  return `SELECT __line, ${col} AS v FROM stg WHERE ${bad} ORDER BY __line LIMIT 1`;
}

/** A DuckDB CSV error as a MALFORMED_FILE error naming the file and line. */
export function csvError(message: string, file: string): ChokepointError {
  const line = /Line:\s*(\d+)/i.exec(message)?.[1];
  const counts = /Expected Number of Columns:\s*(\d+)\s*Found:\s*(\d+)/i.exec(message);
  const what = counts ? `expected ${counts[1]} fields, found ${Number(counts[2]) > Number(counts[1]) ? 'more' : 'fewer'}` : `not valid CSV (${message.split('\n')[0]})`;
  return malformed(what, { file, line: line ? Number(line) : undefined });
}
