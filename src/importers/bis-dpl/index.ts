/**
 * The BIS Denied Persons List: persons and companies denied US export privileges. fetch -> parse -> map.
 * Rows are grouped by name (the list has no ids) in a Map: the file is small (under 1 MB).
 */
import { basename, dirname } from 'node:path';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import type { Entity } from '../../model/entity.js';
import { toIsoDay } from '../../common/dates.js';
import { head } from '../common/sniff.js';
import { DPL_FILENAME, remote } from './fetch.js';
import { DPL_SOURCE, dplId, mapDplRows } from './map.js';
import { isDplHeader, readDplRows, type DplRecord } from './parse.js';

function discover(files: readonly string[]): DatasetRef[] {
  return files
    .filter((f) => basename(f).toLowerCase() === DPL_FILENAME && isDplHeader(head(f, 1024)))
    .map((f) => folderDataset(DPL_SOURCE, dirname(f), { main: f }));
}

/** Every row grouped by name id, in the order names first appear; and the latest Last_Update. */
export async function readDplGroups(path: string): Promise<{ groups: DplRecord[][]; rows: number; lastUpdate?: string }> {
  const byId = new Map<string, DplRecord[]>();
  let rows = 0;
  let lastUpdate: string | undefined;
  for await (const { record } of readDplRows(path)) {
    rows++;
    const id = dplId(record.Name);
    const group = byId.get(id);
    if (group) group.push(record);
    else byId.set(id, [record]);
    const updated = toIsoDay(record.Last_Update);
    if (updated && (!lastUpdate || updated > lastUpdate)) lastUpdate = updated;
  }
  return { groups: [...byId.values()], rows, lastUpdate };
}

async function* read(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  const { groups, lastUpdate } = await readDplGroups(ref.files.main);
  if (lastUpdate) ctx.setPublishedAt(lastUpdate);
  for (const group of groups) {
    ctx.countRecords?.(group.length);
    yield mapDplRows(group);
  }
}

export const dplImporter: Importer = {
  source: DPL_SOURCE,
  title: 'Denied Persons List (BIS)',
  publisher: 'US Department of Commerce, BIS',
  discover,
  read,
  remote,
};
