/**
 * `chokepoint compare --file pairs.csv [--out file]`: one JSON line per row of a CSV with the columns
 * name1, name2 and optionally schema (or type). A row missing a name gives an error line naming its
 * line and the run goes on; the exit code is 0 when every row was compared, 3 when some were invalid.
 */
import type { ScreeningEngine, ScreeningOptions } from '../../matching/types.js';
import { ChokepointError, isChokepointError } from '../../errors.js';
import { fileProgress } from './file-progress.js';
import { check, nameField, schemaField } from './query-fields.js';
import { inputFormatOf, openRows, type InputRow } from './row-reader.js';
import { jsonlWriter, openSink } from './row-writer.js';

type PairColumn = 'name1' | 'name2' | 'schema';

const key = (k: string): string => k.toLowerCase().replace(/[^a-z0-9]/g, '');

function columnOf(k: string): PairColumn | undefined {
  const n = key(k);
  if (n === 'name1' || n === 'name2') return n;
  if (n === 'schema' || n === 'type') return 'schema';
  return undefined;
}

function fields(record: Record<string, unknown>): Partial<Record<PairColumn, { key: string; value: string }>> {
  const out: Partial<Record<PairColumn, { key: string; value: string }>> = {};
  for (const [k, v] of Object.entries(record)) {
    const column = columnOf(k);
    if (column && !out[column] && (typeof v === 'string' || typeof v === 'number')) out[column] = { key: k, value: String(v) };
  }
  return out;
}

/** One row -> a JSON line: the comparison, or an error naming the line and field. */
export function compareRow(engine: ScreeningEngine, input: InputRow, options: ScreeningOptions): { out: Record<string, unknown>; invalid: boolean; internal?: boolean } {
  const f = input.record ? fields(input.record) : {};
  const head = { line: input.line, name1: f.name1?.value ?? null, name2: f.name2?.value ?? null };
  try {
    if (input.error || !input.record) throw new ChokepointError('MALFORMED_FILE', input.error ?? 'unreadable row', { line: input.line });
    for (const column of ['name1', 'name2'] as const) {
      if (!f[column]?.value.trim()) throw new ChokepointError('INVALID_INPUT', `no ${column}`, { line: input.line, field: column });
    }
    const name1 = check(nameField, f.name1!.value, f.name1!.key, input.line);
    const name2 = check(nameField, f.name2!.value, f.name2!.key, input.line);
    const schema = f.schema?.value.trim() ? check(schemaField, f.schema.value, f.schema.key, input.line) : undefined;
    const c = engine.compare(name1, name2, schema, options);
    return { out: { line: input.line, ...c, schema: c.schema ?? null }, invalid: false };
  } catch (e) {
    if (!isChokepointError(e)) {
      return { out: { ...head, error: { code: 'INTERNAL', message: `line ${input.line}: internal error: ${(e as Error).message}` } }, invalid: true, internal: true };
    }
    return { out: { ...head, error: { code: e.code, message: e.message, ...(e.location.field ? { field: e.location.field } : {}) } }, invalid: true };
  }
}

export async function compareFile(engine: ScreeningEngine, file: string, out: string | undefined, options: ScreeningOptions): Promise<number> {
  const source = await openRows(file, inputFormatOf(file));
  const rows = source.rows[Symbol.asyncIterator]();
  const first = await rows.next();
  const header = source.header();
  for (const column of ['name1', 'name2']) {
    if (header.length && !header.some((h) => columnOf(h) === column)) {
      throw new ChokepointError('MALFORMED_FILE', `no ${column} column in the header (found: ${header.slice(0, 12).join(', ')})`, { file, line: 1, field: column });
    }
  }
  const writer = jsonlWriter(await openSink(out));
  const progress = fileProgress('compared', source.totalBytes);
  let done = 0;
  let invalid = 0;
  let internal = 0;
  for (let next = first; !next.done; next = await rows.next()) {
    const r = compareRow(engine, next.value, options);
    if (r.internal) internal++;
    else if (r.invalid) invalid++;
    await writer.write(r.out);
    progress.tick(++done, invalid + internal, source.bytesRead());
  }
  await writer.close();
  progress.done(done, invalid + internal);
  if (internal) {
    process.stderr.write(`${internal} row(s) failed with an internal error: please report them\n`);
    return 1;
  }
  return invalid ? 3 : 0;
}
