/** The `--workers <n>` option of the commands that can use several threads or processes. */
import { ChokepointError } from '../errors.js';

/** `value` as a whole number from 1 to `max`, or `fallback` when the option is absent. */
export function parseWorkers(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new ChokepointError('INVALID_INPUT', `--workers must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, { field: 'workers' });
  return n;
}
