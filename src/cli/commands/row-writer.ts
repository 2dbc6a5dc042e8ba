/**
 * Write result rows as CSV or JSON lines to a file or stdout, waiting for 'drain' when the stream's
 * buffer is full so that memory stays flat however many rows go through.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { ChokepointError } from '../../errors.js';

export type OutputFormat = 'csv' | 'jsonl';

export interface RowWriter {
  write(row: Record<string, unknown>): Promise<void>;
  /** Flush and, for a file, close it. */
  close(): Promise<void>;
}

/** The output format: the one asked for, else by the --out extension, else JSON lines. */
export function outputFormatOf(explicit: string | undefined, out: string | undefined): OutputFormat {
  if (explicit !== undefined) {
    if (explicit === 'csv' || explicit === 'jsonl') return explicit;
    throw new ChokepointError('INVALID_INPUT', `'${explicit}' is not an output format: use csv or jsonl`, { field: '--format' });
  }
  return out && /\.csv$/i.test(out) ? 'csv' : 'jsonl';
}

/** A stream that is written with backpressure and whose errors surface on the next write. */
export class Sink {
  private failure?: Error;

  constructor(private readonly stream: Writable, private readonly owned: boolean) {
    stream.on('error', (e) => (this.failure ??= writeFailure(e)));
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (e?: Error): void => {
        if (e) e = this.failure ?? writeFailure(e);
        this.stream.off('drain', onDrain);
        this.stream.off('error', done);
        this.stream.off('close', onClose);
        if (e) reject(e);
        else resolve();
      };
      const onDrain = (): void => done();
      const onClose = (): void => done(this.failure ?? new Error('output closed'));
      this.stream.on('drain', onDrain);
      this.stream.on('error', done);
      this.stream.on('close', onClose);
    });
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.owned) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

/** A failed write as a one-line error: the reader went away (EPIPE, e.g. `| head`), or the disk failed. */
function writeFailure(e: Error): Error {
  if (e instanceof ChokepointError) return e;
  const code = (e as { code?: string }).code;
  const message = code === 'EPIPE' ? 'the output was closed before the run finished' : `cannot write the output: ${e.message}`;
  return new ChokepointError('INTERNAL', message, {}, { cause: e });
}

/** Open the output: a file (created or truncated) or stdout. A file that cannot be opened is INVALID_INPUT. */
export async function openSink(out: string | undefined): Promise<Sink> {
  if (!out) return new Sink(process.stdout, false);
  const stream = createWriteStream(out);
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('ready', () => resolve());
      stream.once('error', reject);
    });
  } catch (e) {
    throw new ChokepointError('INVALID_INPUT', `cannot write the output file: ${(e as Error).message}`, { field: '--out' });
  }
  return new Sink(stream, true);
}

/** Cells that a spreadsheet would run as a formula are prefixed with a quote (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvWriter(sink: Sink, columns: readonly string[]): RowWriter {
  let started = false;
  return {
    async write(row) {
      const head = started ? '' : columns.map(csvCell).join(',') + '\n';
      started = true;
      await sink.write(head + columns.map((c) => csvCell(row[c])).join(',') + '\n');
    },
    async close() {
      if (!started) await sink.write(columns.map(csvCell).join(',') + '\n');
      await sink.close();
    },
  };
}

export function jsonlWriter(sink: Sink): RowWriter {
  return {
    write: (row) => sink.write(JSON.stringify(row) + '\n'),
    close: () => sink.close(),
  };
}

export function rowWriter(format: OutputFormat, sink: Sink, columns: readonly string[]): RowWriter {
  return format === 'csv' ? csvWriter(sink, columns) : jsonlWriter(sink);
}
