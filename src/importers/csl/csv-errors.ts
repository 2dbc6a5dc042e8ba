/**
 * Turn csv-parse errors into MALFORMED_FILE errors naming the file, line and field.
 *
 * The shared readCsv converts only error codes starting with "CSV_", but csv-parse 7 reports a quote
 * inside an unquoted value as plain "INVALID_OPENING_QUOTE", which would pass through as a bare
 * CsvError without the file name. Both importers of this folder wrap their row streams with this.
 */
import { isChokepointError, malformed } from '../../errors.js';

const REASONS: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'broken quote (a quote inside an unquoted value)',
  INVALID_CLOSING_QUOTE: 'broken quote (text after a closing quote)',
  QUOTE_NOT_CLOSED: 'broken quote (a quoted value is never closed)',
  RECORD_INCONSISTENT_FIELDS_LENGTH: 'wrong number of columns',
  RECORD_INCONSISTENT_COLUMNS: 'wrong number of columns',
};

export function asMalformed(e: unknown, file: string): unknown {
  if (isChokepointError(e)) return e;
  const err = e as { code?: unknown; lines?: unknown; column?: unknown; message?: string };
  if (!err || typeof err.code !== 'string' || typeof err.lines !== 'number') return e;
  const code = err.code.replace(/^CSV_/, '');
  const reason = REASONS[code] ?? `invalid CSV (${err.message ?? code})`;
  return malformed(reason, { file, line: err.lines, field: typeof err.column === 'string' ? err.column : undefined });
}

/** Re-throw the errors of a row stream as MALFORMED_FILE errors. */
export async function* withFileErrors<T>(rows: AsyncIterable<T>, file: string): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (e) {
    throw asMalformed(e, file);
  }
}
