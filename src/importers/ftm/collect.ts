/**
 * First pass over a dataset's files: the records that are not things (sanctions, ownerships,
 * addresses, ...) filed under the things they point at, every record's caption for link names, and
 * how often each thing id occurs (an id seen twice is merged). References may point forwards or
 * backwards in the files, so the second pass maps things only once all of this is known.
 */
import { FOLDED, isThing } from './schemas.js';
import { prop, readFtmLines, type FtmObject } from './parse.js';

export interface FtmIndex {
  /** Caption (or first name) of every record, by FtM id. */
  captions: Map<string, string>;
  /** Folded records (Sanction, Ownership, Family, Passport, ...) by the thing id they point at. */
  related: Map<string, FtmObject[]>;
  /** Address records by id, for `addressEntity`. */
  addresses: Map<string, FtmObject>;
  /** How many times each thing id occurs across the files. */
  thingCounts: Map<string, number>;
  /** The latest `last_seen` day in the files, as a publication date. */
  lastSeen?: string;
}

export function emptyIndex(): FtmIndex {
  return { captions: new Map(), related: new Map(), addresses: new Map(), thingCounts: new Map() };
}

/** Add one record to the index. */
export function indexRecord(index: FtmIndex, obj: FtmObject): void {
  const caption = obj.caption?.trim() || prop(obj, 'name')[0];
  if (caption && !index.captions.has(obj.id)) index.captions.set(obj.id, caption);
  const seen = typeof obj.last_seen === 'string' ? obj.last_seen.slice(0, 10) : undefined;
  if (seen && /^\d{4}-\d{2}-\d{2}$/.test(seen) && (!index.lastSeen || seen > index.lastSeen)) index.lastSeen = seen;
  if (isThing(obj.schema)) {
    index.thingCounts.set(obj.id, (index.thingCounts.get(obj.id) ?? 0) + 1);
    return;
  }
  if (obj.schema === 'Address') {
    index.addresses.set(obj.id, obj);
    return;
  }
  const refs = FOLDED[obj.schema];
  if (!refs) return;
  const targets = new Set(refs.flatMap((p) => prop(obj, p)));
  for (const id of targets) {
    const list = index.related.get(id);
    if (list) list.push(obj);
    else index.related.set(id, [obj]);
  }
}

export async function collect(paths: readonly string[]): Promise<FtmIndex> {
  const index = emptyIndex();
  for (const path of paths) {
    for await (const { obj } of readFtmLines(path)) indexRecord(index, obj);
  }
  return index;
}
