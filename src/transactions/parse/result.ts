/** Helpers for batch readers: per-message results that name the message index, and safe file opening. */
import { createReadStream, type ReadStream } from 'node:fs';
import { ChokepointError } from '../../errors.js';
import type { PaymentResult } from '../model.js';

/** Re-issue a ChokepointError with "message N:" in front of its text, keeping code and location. */
export function atMessage(e: ChokepointError, index: number): ChokepointError {
  const { file, line, field } = e.location;
  const prefix = [file, line !== undefined ? `line ${line}` : undefined, field ? `field '${field}'` : undefined].filter(Boolean).join(', ');
  const bare = prefix && e.message.startsWith(`${prefix}: `) ? e.message.slice(prefix.length + 2) : e.message;
  return new ChokepointError(e.code, `message ${index}: ${bare}`, e.location, { cause: e });
}

/** Run `fn`; a ChokepointError becomes a failed result for message `index`, anything else is rethrown. */
export function attempt(index: number, fn: () => PaymentResult): PaymentResult {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ChokepointError) return { ok: false, error: atMessage(e, index) };
    throw e;
  }
}

/** Open a file stream and wait until it is open, so ENOENT surfaces here instead of hanging a pipe. */
export async function openStream(path: string): Promise<ReadStream> {
  const input = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  return input;
}
