/**
 * EU Official Journal sanctions annexes, as transcribed per framework act (`<celex>.csv` in a
 * `consolidated/` folder). Every consolidated file of one folder forms one dataset of the list.
 */
import { basename, dirname } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import { head } from '../common/sniff.js';
import { remote } from './fetch.js';
import { mapOjRow, mergeOjRow, SOURCE } from './map.js';
import { ojSourceId } from './celex.js';
import { CELEX_FILE, isConsolidatedHeader, readOjFile } from './parse.js';

/** Consolidated files grouped by folder: one dataset per folder, files keyed by CELEX. */
export function discoverOj(files: readonly string[]): DatasetRef[] {
  const byDir = new Map<string, Record<string, string>>();
  for (const path of files) {
    const celex = CELEX_FILE.exec(basename(path))?.[1];
    if (!celex || !isConsolidatedHeader(head(path, 512))) continue;
    const dir = dirname(path);
    const group = byDir.get(dir) ?? {};
    group[celex] = path;
    byDir.set(dir, group);
  }
  return [...byDir].map(([dir, group]) => folderDataset(SOURCE, dir, sortKeys(group)));
}

/**
 * Entities file by file. A file is at most a few thousand rows, so its entities are held until the end
 * of the file to merge rows that share an id; the publication date is not in the files (the consolidated
 * version is pinned outside them), so it is left to the folder name.
 */
export async function* readOj(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  for (const path of Object.values(ref.files)) {
    const byId = new Map<string, Entity>();
    for await (const { row } of readOjFile(path)) {
      const id = ojSourceId(row);
      const existing = byId.get(id);
      if (existing && existing.raw !== undefined && schemaOf(existing) === row.schema) mergeOjRow(existing, row);
      else if (existing) {
        const other = mapOjRow(row);
        other.sourceId = `${id}-${row.schema.toLowerCase()}`;
        other.id = `${SOURCE}:${other.sourceId}`;
        byId.set(other.sourceId, other);
      } else byId.set(id, mapOjRow(row));
      ctx.countRecords?.(1);
    }
    yield* byId.values();
  }
}

function schemaOf(e: Entity): string | undefined {
  return e.extra?.schema;
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

export const euOjImporter: Importer = {
  source: SOURCE,
  title: 'EU Official Journal sanctions annexes',
  publisher: 'Council of the EU (transcribed by OpenSanctions)',
  discover: discoverOj,
  read: readOj,
  remote,
};
