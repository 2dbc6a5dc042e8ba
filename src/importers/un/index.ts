/**
 * UN Security Council Consolidated List importer: discover the XML files, stream and map their
 * INDIVIDUAL and ENTITY records.
 */
import { basename, dirname } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { head } from '../common/sniff.js';
import { text } from '../common/xml.js';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import { remote } from './fetch.js';
import { mapUnRecord, UN_SOURCE, unSourceId } from './map.js';
import { readUnRecords } from './parse.js';

const FILE_NAME = /consolidated[^/\\]*\.xml$/i;

/** A UN list file: named like consolidated.xml and starting with a CONSOLIDATED_LIST root. */
export function isUnFile(path: string): boolean {
  if (!FILE_NAME.test(basename(path))) return false;
  try {
    return /<CONSOLIDATED_LIST[\s>]/.test(head(path));
  } catch {
    return false;
  }
}

function discover(files: readonly string[]): DatasetRef[] {
  return files.filter(isUnFile).map((path) => folderDataset(UN_SOURCE, dirname(path), { main: path }));
}

/**
 * Stream the entities. A REFERENCE_NUMBER seen twice in one file (not the case in published files)
 * would give two entities the same id: the later record then gets `<REFERENCE_NUMBER>~<DATAID>`.
 */
async function* read(ref: DatasetRef, ctx: ReadContext): AsyncGenerator<Entity> {
  const file = ref.files.main;
  const seen = new Set<string>();
  for await (const rec of readUnRecords(file, { onDateGenerated: (d) => ctx.setPublishedAt(d) })) {
    let sourceId = unSourceId(rec.node);
    if (sourceId && seen.has(sourceId)) sourceId = `${sourceId}~${text(rec.node, 'DATAID') ?? `line${rec.line}`}`;
    if (sourceId) seen.add(sourceId);
    yield mapUnRecord(rec, file, sourceId);
  }
}

export const unImporter: Importer = {
  source: UN_SOURCE,
  title: 'UN Security Council Consolidated List',
  publisher: 'United Nations Security Council',
  discover,
  read,
  remote,
};
