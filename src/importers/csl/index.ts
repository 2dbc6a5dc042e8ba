/**
 * The US Consolidated Screening List (trade.gov): the export-control and sanctions lists of Commerce,
 * State and Treasury in one CSV, one row per subject and list. fetch -> parse -> map.
 */
import { basename, dirname } from 'node:path';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import type { Entity } from '../../model/entity.js';
import { head } from '../common/sniff.js';
import { CSL_FILENAME, remote } from './fetch.js';
import { CSL_SOURCE, mapCslRows } from './map.js';
import { isCslHeader, readCslGroups } from './parse.js';

function discover(files: readonly string[]): DatasetRef[] {
  return files
    .filter((f) => basename(f).toLowerCase() === CSL_FILENAME && isCslHeader(head(f, 1024)))
    .map((f) => folderDataset(CSL_SOURCE, dirname(f), { main: f }));
}

async function* read(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  const file = ref.files.main;
  for await (const group of readCslGroups(file)) {
    ctx.countRecords?.(group.length);
    yield mapCslRows(group.map((g) => g.record));
  }
}

export const cslImporter: Importer = {
  source: CSL_SOURCE,
  title: 'Consolidated Screening List (US trade.gov)',
  publisher: 'US Department of Commerce, ITA',
  discover,
  read,
  remote,
};
