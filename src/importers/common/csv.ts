/**
 * Streaming CSV reading on csv-parse, with errors that name the file, the line and the reason.
 */
import { createReadStream } from 'node:fs';
import { parse, type Options } from 'csv-parse';
import iconv from 'iconv-lite';
import { malformed } from '../../errors.js';

export interface CsvRow<T> {
  record: T;
  /** 1-based line where the record starts in the file (blank lines skipped before it may shift it). */
  line: number;
}

export interface CsvReadOptions extends Pick<Options, 'delimiter' | 'quote' | 'relax_quotes' | 'relax_column_count' | 'from_line' | 'skip_empty_lines' | 'ltrim' | 'rtrim' | 'escape'> {
  /** Source encoding; default utf8. */
  encoding?: 'utf8' | 'latin1' | 'win1252';
  /** Use the first row as column names (records become objects). */
  columns?: boolean;
  /** Columns that must be present in the header; a missing one fails with the file and line 1. */
  requiredColumns?: string[];
  /** A display name for errors; defaults to the path. */
  displayName?: string;
}

/**
 * Stream the records of a CSV file. With `columns: true` records are objects keyed by header,
 * otherwise string arrays. A broken quote, a wrong column count or a missing required column
 * throws MALFORMED_FILE with the line.
 */
export async function* readCsv<T = Record<string, string>>(path: string, opts: CsvReadOptions = {}): AsyncGenerator<CsvRow<T>> {
  const file = opts.displayName ?? path;
  const { encoding = 'utf8', columns = false, requiredColumns, displayName: _d, ...csvOpts } = opts;
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (encoding !== 'utf8') input = input.pipe(iconv.decodeStream(encoding === 'win1252' ? 'win1252' : 'latin1'));
  const parser = parse({
    bom: true,
    relax_column_count: false,
    skip_empty_lines: true,
    ...csvOpts,
    info: true,
    columns: columns
      ? (header: string[]) => {
          const names = header.map((h) => h.trim());
          const missing = (requiredColumns ?? []).filter((c) => !names.includes(c));
          if (missing.length) {
            throw malformed(`wrong header: missing column(s) ${missing.map((m) => `'${m}'`).join(', ')}; found ${names.slice(0, 12).join(',')}`, { file, line: Number(csvOpts.from_line ?? 1), field: missing[0] });
          }
          return names;
        }
      : false,
  });
  input.on('error', (e) => parser.destroy(e as Error));
  input.pipe(parser);
  // csv-parse reports the line where a record ends; a record starts on the line after the previous one.
  let lastEnd = Number(csvOpts.from_line ?? 1) - 1 + (columns ? 1 : 0);
  try {
    for await (const item of parser as AsyncIterable<{ record: T; info: { lines: number; records: number } }>) {
      const end = (item.info as unknown as { lines: number }).lines;
      yield { record: item.record, line: Math.min(lastEnd + 1, end) };
      lastEnd = end;
    }
  } catch (e) {
    throw toMalformed(e, file, lastEnd + 1);
  }
}

function toMalformed(e: unknown, file: string, recordStart: number): Error {
  if (e && typeof e === 'object' && 'code' in e && (e as { code: unknown }).code === 'MALFORMED_FILE') return e as unknown as Error;
  const err = e as { message?: string; lines?: number; code?: string; column?: string | number };
  // csv-parse errors (CsvError) carry a code such as CSV_QUOTE_NOT_CLOSED or INVALID_OPENING_QUOTE and the line.
  if (err && typeof err.code === 'string' && (err.code.startsWith('CSV_') || (e as Error).name === 'CsvError' || /QUOTE|RECORD|FIELD/.test(err.code))) {
    const reason = (err.message ?? 'invalid CSV').replace(/^Invalid (Opening|Closing) Quote: /, 'broken quote: ');
    const started = err.lines !== undefined && err.lines > recordStart ? ` (in the record that starts at line ${recordStart})` : '';
    return malformed(reason + started, { file, line: err.lines, field: typeof err.column === 'string' ? err.column : undefined });
  }
  if (err && (err as { code?: string }).code === 'ENOENT') return malformed('file not found', { file });
  return e instanceof Error ? e : new Error(String(e));
}
