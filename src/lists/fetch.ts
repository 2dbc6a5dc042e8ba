/**
 * Fetch lists from their publishers: download every file of a list into a fresh folder, then import
 * that list in its own transaction. A failed download or a malformed file leaves the list's previous
 * version served; the other lists still update.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { importers } from '../importers/registry.js';
import type { Importer } from '../importers/types.js';
import type { ListStore } from '../storage/ports.js';
import { ChokepointError, isChokepointError } from '../errors.js';
import { download, type DownloadOptions } from './download.js';
import { importDatasets, type ImportOutcome } from './import.js';

/** Per list, per file role: the URL to use instead of the publisher's (e.g. a mirror), and its checksum. */
export const UrlConfigSchema = z.record(
  z.string(),
  z.record(z.string(), z.union([z.string().url(), z.object({ url: z.string().url(), sha256: z.string().regex(/^[0-9a-fA-F]{64}$/).optional() })])),
);
export type UrlConfig = z.infer<typeof UrlConfigSchema>;

export interface FetchResult {
  source: string;
  status: 'imported' | 'unchanged' | 'failed' | 'skipped';
  reason?: string;
  outcome?: ImportOutcome;
  files?: { role: string; url: string; bytes: number; sha256: string; attempts: number }[];
}

export interface FetchOptions extends DownloadOptions {
  only?: string[];
  urls?: UrlConfig;
  downloadDir: string;
  now?: () => Date;
  onEvent?(message: string): void;
}

export async function fetchLists(store: ListStore, opts: FetchOptions): Promise<FetchResult[]> {
  const now = opts.now ?? (() => new Date());
  const stamp = now().toISOString().replace(/[:.]/g, '-');
  const results: FetchResult[] = [];
  for (const importer of importers()) {
    if (opts.only && !opts.only.includes(importer.source)) continue;
    const files = remoteFiles(importer, opts.urls);
    if (!files.some((f) => f.required)) {
      results.push({ source: importer.source, status: 'skipped', reason: 'no bulk download from the publisher in a layout this importer reads' });
      continue;
    }
    results.push(await fetchOne(store, importer, files, join(opts.downloadDir, importer.source, `fetch-${stamp}`), opts));
  }
  return results;
}

function remoteFiles(importer: Importer, urls?: UrlConfig) {
  const overrides = urls?.[importer.source];
  if (!overrides) return importer.remote.map((f) => ({ ...f, sha256: undefined as string | undefined }));
  return importer.remote
    .filter((f) => overrides[f.role] !== undefined || f.required)
    .map((f) => {
      const o = overrides[f.role];
      if (o === undefined) return { ...f, sha256: undefined };
      return typeof o === 'string' ? { ...f, url: o, sha256: undefined } : { ...f, url: o.url, sha256: o.sha256 };
    });
}

async function fetchOne(
  store: ListStore, importer: Importer, files: ReturnType<typeof remoteFiles>, dir: string, opts: FetchOptions,
): Promise<FetchResult> {
  const got: NonNullable<FetchResult['files']> = [];
  try {
    for (const f of files) {
      opts.onEvent?.(`${importer.source}: downloading ${f.url}`);
      try {
        const d = await download(f.url, join(dir, f.filename), { ...opts, sha256: f.sha256 });
        got.push({ role: f.role, url: f.url, bytes: d.bytes, sha256: d.sha256, attempts: d.attempts });
      } catch (e) {
        if (f.required) throw e;
        opts.onEvent?.(`${importer.source}: optional file ${f.role} not fetched: ${(e as Error).message}`);
      }
    }
    const refs = importer.discover(got.map((g) => join(dir, files.find((f) => f.role === g.role)!.filename)));
    if (refs.length === 0) throw new ChokepointError('MALFORMED_FILE', 'downloaded files were not recognised as this list', { file: dir });
    const outcomes = await importDatasets(store, refs, { now: opts.now });
    const outcome = outcomes[outcomes.length - 1];
    return { source: importer.source, status: outcome.status, outcome, files: got };
  } catch (e) {
    const reason = isChokepointError(e) ? e.message : (e as Error).message;
    opts.onEvent?.(`${importer.source}: failed, previous version stays served: ${reason}`);
    return { source: importer.source, status: 'failed', reason, files: got };
  }
}
