/**
 * `chokepoint screen --file rows.csv|rows.jsonl [--out results.csv|results.jsonl] [--format csv|jsonl]`:
 * screen every row of a file in one pass and in constant memory (rows are read, screened and written
 * one at a time, waiting for the output to drain). An invalid row gives an error row and the run goes
 * on; the exit code is 0 when every row was screened, 3 when some were invalid.
 */
import type { ScreeningEngine, ScreeningMatch, ScreeningOptions } from '../../matching/types.js';
import { isChokepointError } from '../../errors.js';
import { loadEngine } from '../../screening/load-engine.js';
import type { CliContext } from '../context.js';
import { fileProgress } from './file-progress.js';
import { checkSources, parseTuning, type RawQueryOptions } from './query-options.js';
import { inputFormatOf, openRows, type InputRow } from './row-reader.js';
import { openSink, outputFormatOf, rowWriter } from './row-writer.js';
import { checkHeader, rowName, rowQuery } from './screen-row.js';

export const CSV_COLUMNS = [
  'row', 'line', 'ref', 'name', 'hits', 'best_score', 'best_entity_id', 'best_caption', 'best_programs', 'hit_ids', 'error',
] as const;

export interface ScreenFileOptions extends RawQueryOptions {
  out?: string;
  format?: string;
}

interface RowError {
  code: string;
  message: string;
  field?: string;
}

/** What one input row became: matches, or an error (invalid: bad input; internal: a bug). */
export interface RowOutcome {
  row: number;
  line: number;
  ref?: string;
  name: string;
  matches?: ScreeningMatch[];
  candidates?: number;
  query?: unknown;
  error?: RowError;
  internal?: boolean;
}

export function screenRow(engine: ScreeningEngine, input: InputRow, options: ScreeningOptions): RowOutcome {
  const base = { row: input.row, line: input.line, name: rowName(input.record) };
  if (input.error || !input.record) {
    return { ...base, error: { code: 'MALFORMED_FILE', message: `line ${input.line}: ${input.error ?? 'unreadable row'}` } };
  }
  try {
    const { query, ref } = rowQuery(input.record, input.line);
    const result = engine.screen(query, options);
    const matches = result.matches.filter((m) => m.match);
    return { ...base, ...(ref !== undefined ? { ref } : {}), query, matches, candidates: result.candidates };
  } catch (e) {
    if (isChokepointError(e)) {
      const field = e.location.field;
      return { ...base, error: { code: e.code, message: e.location.line ? e.message : `line ${input.line}: ${e.message}`, ...(field ? { field } : {}) } };
    }
    return { ...base, internal: true, error: { code: 'INTERNAL', message: `line ${input.line}: internal error: ${(e as Error).message}` } };
  }
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export function csvRow(o: RowOutcome): Record<string, unknown> {
  const best = o.matches?.[0];
  return {
    row: o.row, line: o.line, ref: o.ref, name: o.name,
    hits: o.matches?.length ?? '',
    best_score: best ? round(best.score) : '',
    best_entity_id: best?.entityId, best_caption: best?.caption, best_programs: best?.programs.join(';'),
    hit_ids: o.matches?.map((m) => m.entityId).join(';'),
    error: o.error?.message,
  };
}

export function jsonRow(o: RowOutcome): Record<string, unknown> {
  const head = { row: o.row, line: o.line, ...(o.ref !== undefined ? { ref: o.ref } : {}), name: o.name };
  if (o.error) return { ...head, error: o.error };
  return { ...head, query: o.query, hits: o.matches!.length, candidates: o.candidates, matches: o.matches };
}

export async function screenFile(ctx: CliContext, file: string, opts: ScreenFileOptions): Promise<number> {
  const options = parseTuning(opts);
  const format = outputFormatOf(opts.format, opts.out);
  const inputFormat = inputFormatOf(file);
  const source = await openRows(file, inputFormat);
  // Read the first row before building the engine or creating the output: a wrong header fails at once.
  const rows = source.rows[Symbol.asyncIterator]();
  const first = await rows.next();
  if (inputFormat === 'csv') checkHeader(source.header(), file);

  const store = ctx.lists();
  checkSources(options.sources, store.currentVersions().map((v) => v.source));
  const { engine, versions, buildMs } = loadEngine(store);
  process.stderr.write(`screening against ${versions.map((v) => `${v.source} ${v.label} (version ${v.id})`).join(', ')}; `
    + `engine of ${engine.size.entities} entities built in ${buildMs} ms\n`);

  const writer = rowWriter(format, await openSink(opts.out), CSV_COLUMNS);
  const progress = fileProgress('screened', source.totalBytes);
  let done = 0;
  let invalid = 0;
  let internal = 0;
  let withHits = 0;
  for (let next = first; !next.done; next = await rows.next()) {
    const outcome = screenRow(engine, next.value, options);
    if (outcome.internal) internal++;
    else if (outcome.error) invalid++;
    else if (outcome.matches!.length) withHits++;
    await writer.write(format === 'csv' ? csvRow(outcome) : jsonRow(outcome));
    progress.tick(++done, invalid + internal, source.bytesRead());
  }
  await writer.close();
  progress.done(done, invalid + internal, `${withHits} with hits`);
  if (internal) {
    process.stderr.write(`${internal} row(s) failed with an internal error: please report them\n`);
    return 1;
  }
  return invalid ? 3 : 0;
}
