/**
 * UK OFSI Consolidated List of Financial Sanctions Targets (ConList.csv), one entity per Group ID.
 * Entity ids are `uk-ofsi:<Group ID>`, OFSI's stable target id.
 */
import { basename, dirname } from 'node:path';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import type { Entity } from '../../model/entity.js';
import { remote } from './fetch.js';
import { mapOfsiGroup, OFSI_SOURCE } from './map.js';
import { readOfsiGroups, sniffOfsi } from './parse.js';

const FILE_NAME = /conlist[^/]*\.csv$/i;

function discover(files: readonly string[]): DatasetRef[] {
  const refs: DatasetRef[] = [];
  for (const file of files) {
    if (!FILE_NAME.test(basename(file)) || !sniffOfsi(file)) continue;
    refs.push(folderDataset(OFSI_SOURCE, dirname(file), { main: file }));
  }
  return refs;
}

async function* read(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  const file = ref.files.main;
  const publishedAt = sniffOfsi(file)?.publishedAt;
  if (publishedAt) ctx.setPublishedAt(publishedAt);
  for await (const group of readOfsiGroups(file)) {
    ctx.countRecords?.(group.rows.length);
    yield mapOfsiGroup(group, file);
  }
}

export const ukOfsiImporter: Importer = {
  source: OFSI_SOURCE,
  title: 'UK OFSI Consolidated List of Financial Sanctions Targets',
  publisher: 'HM Treasury, OFSI',
  discover,
  read,
  remote,
};
