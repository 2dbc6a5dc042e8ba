/**
 * Download one file over HTTP with a timeout, retries with backoff on network errors and 5xx/429,
 * a length check against Content-Length (a cut connection is an error, not a short file), and SHA-256.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChokepointError } from '../errors.js';

export interface DownloadOptions {
  timeoutMs?: number;
  retries?: number;
  /** Base delay between attempts; doubled each time. */
  backoffMs?: number;
  /** Expected SHA-256 (hex), when the publisher or the configuration gives one. */
  sha256?: string;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface Downloaded {
  path: string;
  bytes: number;
  sha256: string;
  attempts: number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function download(url: string, dest: string, opts: DownloadOptions = {}): Promise<Downloaded> {
  const { timeoutMs = 60_000, retries = 3, backoffMs = 500, fetchImpl = fetch, sleep = defaultSleep } = opts;
  let lastError: unknown;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    try {
      const result = await attemptDownload(url, dest, timeoutMs, fetchImpl);
      if (opts.sha256 && result.sha256 !== opts.sha256.toLowerCase()) {
        throw new ChokepointError('FETCH_FAILED', `checksum mismatch: expected ${opts.sha256}, got ${result.sha256}`, { file: url });
      }
      return { ...result, attempts: attempt };
    } catch (e) {
      lastError = e;
      if (!retryable(e) || attempt > retries) break;
      await sleep(backoffMs * 2 ** (attempt - 1));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw lastError instanceof ChokepointError
    ? lastError
    : new ChokepointError('FETCH_FAILED', `download failed: ${reason}`, { file: url }, { cause: lastError });
}

class HttpStatusError extends ChokepointError {
  constructor(readonly status: number, url: string) {
    super('FETCH_FAILED', `HTTP ${status}`, { file: url });
  }
}

function retryable(e: unknown): boolean {
  if (e instanceof HttpStatusError) return e.status >= 500 || e.status === 429;
  if (e instanceof ChokepointError) return e.message.includes('truncated');
  return true; // network errors, timeouts, resets
}

async function attemptDownload(url: string, dest: string, timeoutMs: number, fetchImpl: typeof fetch): Promise<Omit<Downloaded, 'attempts'>> {
  const res = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!res.ok || !res.body) throw new HttpStatusError(res.status, url);
  const expected = Number(res.headers.get('content-length') ?? NaN);
  await mkdir(dirname(dest), { recursive: true });
  const tmp = `${dest}.part`;
  const hash = createHash('sha256');
  let bytes = 0;
  const counted = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream).on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    hash.update(chunk);
  });
  try {
    await pipeline(counted, createWriteStream(tmp));
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  if (Number.isFinite(expected) && bytes !== expected) {
    await rm(tmp, { force: true });
    throw new ChokepointError('FETCH_FAILED', `truncated download: got ${bytes} of ${expected} bytes`, { file: url });
  }
  await rename(tmp, dest);
  return { path: dest, bytes, sha256: hash.digest('hex') };
}
