/**
 * Every list in the shared lists folder, read in process: the newest dated dataset per source, the
 * same one the list store makes current (discoverDatasets sorts oldest first; the last per source wins).
 */
import { resolve } from 'node:path';
import '../../src/importers/all.js';
import { discoverDatasets, importerFor } from '../../src/importers/registry.js';
import type { DatasetRef } from '../../src/importers/types.js';
import type { Entity } from '../../src/model/entity.js';

/** The shared data folder: CHOKEPOINT_SHARED_DATA, else ../shared/data beside the repository. */
export function sharedDataDir(): string {
  return resolve(process.env.CHOKEPOINT_SHARED_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));
}

/** The last dataset of each source, in the order discoverDatasets gives them. */
export function newestPerSource(refs: readonly DatasetRef[]): DatasetRef[] {
  const bySource = new Map<string, DatasetRef>();
  for (const ref of refs) bySource.set(ref.source, ref);
  return [...bySource.values()];
}

export interface LoadedLists {
  datasets: { source: string; label: string; entities: number }[];
  entities: Entity[];
}

export async function loadLists(listsDir = resolve(sharedDataDir(), 'lists')): Promise<LoadedLists> {
  const refs = newestPerSource(discoverDatasets(listsDir, undefined, { skipUnknown: true }));
  const entities: Entity[] = [];
  const datasets: LoadedLists['datasets'] = [];
  for (const ref of refs) {
    const before = entities.length;
    for await (const entity of importerFor(ref.source).read(ref, { setPublishedAt: () => {} })) entities.push(entity);
    datasets.push({ source: ref.source, label: ref.label, entities: entities.length - before });
  }
  return { datasets, entities };
}
