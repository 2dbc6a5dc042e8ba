/**
 * An Importer for a list in OFAC's legacy CSV layout (the SDN list and the non-SDN consolidated list
 * share it). read() loads the small side files (aliases, addresses, comments) into maps keyed by
 * ent_num, scans the primary file once for repeated ent_nums and primary names (to merge repeats and
 * resolve "Linked To" targets), then streams the primary file and yields one entity per ent_num.
 */
import type { Entity, Program } from '../../model/entity.js';
import { malformed } from '../../errors.js';
import type { DatasetRef, Importer, ReadContext, RemoteFile } from '../types.js';
import { discoverOfac, type OfacFileNames } from './discover.js';
import { mapOfacRecord, type MapOptions } from './map.js';
import { readAddresses, readAliases, readComments, readPrimary, type PrimaryRow } from './parse.js';

export interface OfacListConfig {
  source: string;
  title: string;
  publisher: string;
  /** Role of the primary file in DatasetRef.files (`sdn`, `prim`). */
  primaryRole: string;
  fileNames: OfacFileNames;
  remote: readonly RemoteFile[];
  lists(programs: readonly Program[]): string[];
  /** Whether "Listing Date (...)" remarks give listedOn. */
  listingDates: boolean;
}

export function createOfacImporter(config: OfacListConfig): Importer {
  return {
    source: config.source,
    title: config.title,
    publisher: config.publisher,
    remote: config.remote,
    discover: (files) => discoverOfac(files, config.source, config.primaryRole, config.fileNames),
    read: (ref, ctx) => readOfac(ref, ctx, config),
  };
}

/** Rows of a side file grouped by ent_num; an absent optional file gives an empty map. */
async function groupBy<R extends { ent_num: string | null }>(
  path: string | undefined,
  read: (path: string) => AsyncIterable<{ record: R }>,
): Promise<Map<string, R[]>> {
  const map = new Map<string, R[]>();
  if (!path) return map;
  for await (const { record } of read(path)) {
    const key = record.ent_num as string;
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  }
  return map;
}

/** First pass: how often each ent_num occurs (only repeats kept) and each primary name's ent_num. */
async function scanPrimary(path: string): Promise<{ repeats: Map<string, number>; names: Map<string, string | null> }> {
  const seen = new Set<string>();
  const repeats = new Map<string, number>();
  const names = new Map<string, string | null>();
  for await (const { record } of readPrimary(path)) {
    const id = record.ent_num as string;
    if (seen.has(id)) repeats.set(id, (repeats.get(id) ?? 1) + 1);
    seen.add(id);
    const key = (record.SDN_Name as string).toLowerCase();
    const known = names.get(key);
    names.set(key, known === undefined || known === id ? id : null); // null: the name is ambiguous
  }
  return { repeats, names };
}

async function* readOfac(ref: DatasetRef, ctx: ReadContext, config: OfacListConfig): AsyncGenerator<Entity> {
  const primaryPath = ref.files[config.primaryRole];
  if (!primaryPath) throw malformed(`dataset has no '${config.primaryRole}' file (${config.fileNames.primary})`, { file: ref.label });
  const { add, alt, comments } = ref.files;
  const addresses = await groupBy(add, readAddresses);
  const aliases = await groupBy(alt, readAliases);
  const notes = await groupBy(comments, readComments);
  const { repeats, names } = await scanPrimary(primaryPath);

  const options: MapOptions = {
    source: config.source,
    lists: config.lists,
    listingDates: config.listingDates,
    resolveLink(name) {
      const id = names.get(name.toLowerCase());
      return id ? { name, id: `${config.source}:${id}` } : undefined;
    },
  };
  const pending = new Map<string, PrimaryRow[]>();
  for await (const { record } of readPrimary(primaryPath)) {
    const id = record.ent_num as string;
    let rows = [record];
    const expected = repeats.get(id);
    if (expected) {
      rows = [...(pending.get(id) ?? []), record];
      if (rows.length < expected) {
        pending.set(id, rows);
        continue;
      }
      pending.delete(id);
    }
    yield mapOfacRecord({
      primary: rows,
      addresses: addresses.get(id) ?? [],
      aliases: aliases.get(id) ?? [],
      comments: (notes.get(id) ?? []).map((c) => c.Remarks_Extended ?? ''),
    }, options);
  }
}
