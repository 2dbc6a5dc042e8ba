/**
 * Stream the rows of a CSV (with a header) or JSON-lines file, one at a time, in constant memory.
 * A row that cannot be read (wrong column count, broken quote, invalid JSON) comes out as a row with an
 * error and its line, and reading goes on.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { ChokepointError } from '../../errors.js';

export type InputFormat = 'csv' | 'jsonl';

export interface InputRow {
  /** 1-based data row number (the CSV header is not a row). */
  row: number;
  /** 1-based line of the file where the row starts (or where the problem was found). */
  line: number;
  /** The row's fields, keyed by CSV column name or JSON key; absent when `error` is set. */
  record?: Record<string, unknown>;
  /** Why the row could not be read. */
  error?: string;
}

export interface RowSource {
  rows: AsyncGenerator<InputRow>;
  /** The CSV header as written (empty for JSON lines until known). */
  header(): string[];
  bytesRead(): number;
  totalBytes: number;
}

/** The input format: by extension (.csv, .tsv is not supported; .jsonl, .ndjson, .json). */
export function inputFormatOf(path: string): InputFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl';
  throw new ChokepointError('INVALID_INPUT', `cannot tell the format of '${path}': name it .csv or .jsonl`, { field: '--file' });
}

/** Open a file of rows; fails with NOT_FOUND when it does not exist. */
export async function openRows(path: string, format: InputFormat = inputFormatOf(path)): Promise<RowSource> {
  let totalBytes: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    totalBytes = s.size;
  } catch (e) {
    const reason = (e as { code?: string }).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new ChokepointError('NOT_FOUND', `cannot read the input file: ${reason}`, { file: path, field: '--file' });
  }
  const stream = createReadStream(path);
  let header: string[] = [];
  const rows = format === 'csv' ? csvRows(stream, path, (h) => (header = h)) : jsonlRows(stream);
  return { rows, header: () => header, bytesRead: () => stream.bytesRead, totalBytes };
}

async function* csvRows(stream: ReadStream, file: string, onHeader: (h: string[]) => void): AsyncGenerator<InputRow> {
  // Records a bad record is skipped after, so that its error row comes out in file order.
  const skipped: { after: number; line: number; error: string }[] = [];
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      const e = err as { lines?: number; message?: string } | undefined;
      skipped.push({ after: parser.info.records, line: e?.lines ?? parser.info.lines, error: csvReason(e?.message) });
    },
  });
  stream.on('error', (e) => parser.destroy(e));
  stream.pipe(parser);
  let header: string[] | undefined;
  let row = 0;
  const flush = function* (before: number): Generator<InputRow> {
    while (skipped.length && skipped[0].after < before) {
      const s = skipped.shift()!;
      yield { row: ++row, line: s.line, error: s.error };
    }
  };
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
      yield* flush(item.info.records);
      if (!header) {
        header = item.record.map((h) => h.trim());
        onHeader(header);
        continue;
      }
      const line = item.info.lines - newlines(item.record);
      if (item.record.length !== header.length) {
        yield { row: ++row, line, error: `has ${item.record.length} fields where the header has ${header.length} (an unquoted comma?)` };
        continue;
      }
      const record: Record<string, string> = {};
      header.forEach((h, i) => (record[h] = item.record[i]));
      yield { row: ++row, line, record };
    }
  } catch (e) {
    throw new ChokepointError('MALFORMED_FILE', `cannot read CSV: ${(e as Error).message}`, { file });
  }
  yield* flush(Infinity);
}

function newlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

function csvReason(message: string | undefined): string {
  if (!message) return 'invalid CSV record';
  if (/quote not closed|QUOTE_NOT_CLOSED/i.test(message)) return 'a quote is never closed: the record runs to the end of the file';
  return message.replace(/^Invalid (Opening|Closing) Quote: /, 'broken quote: ').replace(/\s+at line \d+$/, '');
}

async function* jsonlRows(stream: ReadStream): AsyncGenerator<InputRow> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) {
      yield parseJsonRow(text.slice(1), ++row, line);
      continue;
    }
    yield parseJsonRow(text, ++row, line);
  }
}

function parseJsonRow(text: string, row: number, line: number): InputRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { row, line, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { row, line, error: 'is not a JSON object' };
  return { row, line, record: value as Record<string, unknown> };
}
