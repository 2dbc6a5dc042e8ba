/**
 * Import datasets into a list store: all of them in one transaction, so that a malformed file, an error
 * or a killed process leaves every list exactly as it was before.
 */
import type { DatasetRef } from '../importers/types.js';
import { importerFor } from '../importers/registry.js';
import type { DatasetVersion, ListStore } from '../storage/ports.js';
import { datasetChecksum, describeFiles } from './checksum.js';

export interface ImportOutcome {
  source: string;
  label: string;
  status: 'imported' | 'unchanged';
  version: DatasetVersion;
}

export interface ImportOptions {
  /** Import even when identical files were imported before. */
  force?: boolean;
  /** The clock, passed in. */
  now?: () => Date;
  onDataset?(ref: DatasetRef, index: number, total: number): void;
  onProgress?(ref: DatasetRef, records: number): void;
}

export async function importDatasets(store: ListStore, refs: DatasetRef[], opts: ImportOptions = {}): Promise<ImportOutcome[]> {
  const now = opts.now ?? (() => new Date());
  const session = store.beginImport();
  const outcomes: ImportOutcome[] = [];
  try {
    for (const [i, ref] of refs.entries()) {
      opts.onDataset?.(ref, i, refs.length);
      const importer = importerFor(ref.source);
      const files = await describeFiles(ref.files);
      const checksum = datasetChecksum(files);
      // Files already imported once are not imported again (nor made current again) unless forced.
      const same = store.versions(ref.source).find((v) => v.checksum === checksum);
      if (!opts.force && same) {
        outcomes.push({ source: ref.source, label: ref.label, status: 'unchanged', version: same });
        continue;
      }
      let publishedAt = ref.publishedAt;
      const versionId = session.startVersion({
        source: ref.source, label: ref.label, publishedAt, checksum, importedAt: now().toISOString(), files,
      });
      let n = 0;
      let lastReport = 0;
      let records = 0;
      let reported = false;
      const ctx = {
        setPublishedAt: (d: string) => {
          publishedAt = d;
        },
        countRecords: (k: number) => {
          records += k;
          reported = true;
        },
      };
      for await (const entity of importer.read(ref, ctx)) {
        session.putEntity(versionId, entity);
        // Report about once a second, whatever the list's size.
        if (++n % 500 === 0 && Date.now() - lastReport > 1000) {
          lastReport = Date.now();
          opts.onProgress?.(ref, n);
        }
      }
      opts.onProgress?.(ref, n);
      if (publishedAt !== ref.publishedAt) session.setPublishedAt(versionId, publishedAt);
      // Lists with one source record per entity need not count: their records are their entities.
      const version = session.finishVersion(versionId, reported ? records : n);
      outcomes.push({ source: ref.source, label: ref.label, status: 'imported', version });
    }
    session.commit();
    return outcomes;
  } catch (e) {
    session.rollback();
    throw e;
  }
}
