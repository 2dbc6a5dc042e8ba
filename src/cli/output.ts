/** How the CLI talks: results to stdout (JSON or text), progress and errors to stderr, coded exit. */
import { ERROR_CODES, isChokepointError } from '../errors.js';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printLine(text = ''): void {
  process.stdout.write(text + '\n');
}

export function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
  else process.stderr.write(text + '\n');
}

export function progressDone(): void {
  if (process.stderr.isTTY) process.stderr.write('\n');
}

/** Fixed-width text table. */
export function printTable(rows: (string | number)[][], header: string[]): void {
  const all = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  for (const r of all) printLine(r.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd());
}

/** Report an error on stderr (and as JSON on stdout with --json); return the exit code. */
export function reportError(e: unknown, json: boolean): number {
  if (isChokepointError(e)) {
    if (json) printJson({ error: e.toJSON() });
    process.stderr.write(`error: ${e.message}\n`);
    return ERROR_CODES[e.code].exit;
  }
  const message = e instanceof Error ? e.stack ?? e.message : String(e);
  if (json) printJson({ error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } });
  process.stderr.write(`error: ${message}\n`);
  return ERROR_CODES.INTERNAL.exit;
}
