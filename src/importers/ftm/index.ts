/**
 * FollowTheMoney JSON lines importer. All FtM files of one folder form one dataset (label = the
 * folder name), since producers split one export over several files and link entities across them.
 * Two passes: the first files every non-thing record under the things it points at; the second
 * streams the things and maps them with what was folded.
 */
import { basename, dirname } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { head } from '../common/sniff.js';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import { collect } from './collect.js';
import { remote } from './fetch.js';
import { FTM_SOURCE, mapFtmThing } from './map.js';
import { mergeFtm } from './merge.js';
import { readFtmLines, type FtmObject } from './parse.js';
import { isThing } from './schemas.js';

const FILE_NAME = /\.ftm\.jsonl?$/i;
const FIRST_KEYS = /^\s*\{[^\n]*"id"\s*:\s*"[^"]+"[^\n]*"schema"\s*:\s*"[A-Z][A-Za-z]+"/;

/** An FtM file: named *.ftm.json / *.ftm.jsonl, with a first line holding an id and a schema. */
export function isFtmFile(path: string): boolean {
  if (!FILE_NAME.test(basename(path))) return false;
  try {
    const first = head(path, 65_536);
    return FIRST_KEYS.test(first) || /^\s*\{[^\n]*"schema"\s*:\s*"[A-Z][A-Za-z]+"[^\n]*"id"\s*:\s*"/.test(first);
  } catch {
    return false;
  }
}

function discover(files: readonly string[]): DatasetRef[] {
  const byFolder = new Map<string, string[]>();
  for (const f of files.filter(isFtmFile)) {
    const dir = dirname(f);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f]);
  }
  return [...byFolder].map(([dir, paths]) => folderDataset(FTM_SOURCE, dir, Object.fromEntries(paths.sort().map((p) => [basename(p), p]))));
}

async function* read(ref: DatasetRef, ctx: ReadContext): AsyncGenerator<Entity> {
  const paths = Object.values(ref.files);
  const index = await collect(paths);
  if (!ref.publishedAt && index.lastSeen) ctx.setPublishedAt(index.lastSeen);
  const pending = new Map<string, { obj: FtmObject; left: number }>();
  for (const file of paths) {
    for await (const { obj, line } of readFtmLines(file)) {
      if (!isThing(obj.schema)) continue;
      const total = index.thingCounts.get(obj.id) ?? 1;
      let merged = obj;
      if (total > 1) {
        const prev = pending.get(obj.id);
        const state = prev ? { obj: mergeFtm(prev.obj, obj), left: prev.left - 1 } : { obj, left: total - 1 };
        if (state.left > 0) {
          pending.set(obj.id, state);
          continue;
        }
        pending.delete(obj.id);
        merged = state.obj;
      }
      yield mapFtmThing(merged, index, { file, line });
    }
  }
}

export const ftmImporter: Importer = {
  source: FTM_SOURCE,
  title: 'FollowTheMoney entities (JSON lines)',
  publisher: 'any FtM producer (e.g. OpenSanctions)',
  discover,
  read,
  remote,
};
