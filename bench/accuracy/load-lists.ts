/**
 * The lists as the store would hold them: every dataset under ../shared/data/lists, the newest dated
 * one per source kept, each read in process into one array of entities (shared with bench:speed).
 */
import type { Entity } from '../../src/model/entity.js';
import { loadLists } from '../speed/load-lists.js';

export { sharedDataDir, newestPerSource as currentDatasets } from '../speed/load-lists.js';

export interface LoadedLists {
  entities: Entity[];
  datasets: { source: string; label: string; entities: number }[];
}

export async function loadCurrentEntities(listsDir: string): Promise<LoadedLists> {
  return loadLists(listsDir);
}
