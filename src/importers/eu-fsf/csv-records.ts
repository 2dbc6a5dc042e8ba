/**
 * csv-parse over a stream of CSV text (after the Excel pre-pass), `;`-delimited, with errors that name
 * the file and the line where the record starts.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { malformed } from '../../errors.js';

export interface CsvFields {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** Records as string arrays, the header included. Every record must have the header's column count. */
export async function* csvRecords(text: AsyncIterable<string>, file: string, relaxQuotes: boolean): AsyncGenerator<CsvFields> {
  const source = Readable.from(text);
  const parser = parse({ delimiter: ';', info: true, relax_quotes: relaxQuotes, relax_column_count: false, skip_empty_lines: true });
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // csv-parse counts lines up to the end of the record; a quoted field may span several.
      let breaks = 0;
      for (const f of item.record) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) breaks++;
      yield { fields: item.record, line: item.info.lines - breaks };
    }
  } catch (e) {
    throw toMalformed(e, file);
  }
}

function toMalformed(e: unknown, file: string): unknown {
  const err = e as { code?: string; message?: string; lines?: number };
  if (err?.code === 'MALFORMED_FILE' || err?.code === 'UNKNOWN_FORMAT') return e;
  if (typeof err?.code === 'string' && err.code.startsWith('CSV_')) {
    const reason = (err.message ?? 'invalid CSV').replace(/^Invalid (Opening|Closing) Quote: /, 'broken quote: ');
    return malformed(reason, { file, line: err.lines });
  }
  return e;
}
