/**
 * The lists as the store would hold them: every dataset under ../shared/data/lists, the newest dated
 * one per source kept (discoverDatasets sorts undated first, then by date; the last per source wins),
 * each read in process into one array of entities.
 */
import { resolve } from 'node:path';
import '../../src/importers/all.js';
import { discoverDatasets, importerFor } from '../../src/importers/registry.js';
import type { DatasetRef } from '../../src/importers/types.js';
import type { Entity } from '../../src/model/entity.js';

/** ../shared/data from the repository root, or CHOKEPOINT_SHARED_DATA. */
export function sharedDataDir(): string {
  return resolve(process.env.CHOKEPOINT_SHARED_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));
}

/** The last dataset of each source in discovery order: the version an import makes current. */
export function currentDatasets(refs: readonly DatasetRef[]): DatasetRef[] {
  const last = new Map<string, DatasetRef>();
  for (const ref of refs) last.set(ref.source, ref);
  return [...last.values()];
}

export interface LoadedLists {
  entities: Entity[];
  datasets: { source: string; label: string; entities: number }[];
}

export async function loadCurrentEntities(listsDir: string): Promise<LoadedLists> {
  const refs = currentDatasets(discoverDatasets(listsDir, undefined, { skipUnknown: true }));
  const entities: Entity[] = [];
  const datasets: LoadedLists['datasets'] = [];
  for (const ref of refs) {
    const before = entities.length;
    for await (const e of importerFor(ref.source).read(ref, { setPublishedAt: () => {} })) entities.push(e);
    datasets.push({ source: ref.source, label: ref.label, entities: entities.length - before });
  }
  return { entities, datasets };
}
