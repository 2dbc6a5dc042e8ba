/**
 * The US Consolidated Screening List (trade.gov): the export-control and sanctions lists of Commerce,
 * State and Treasury in one CSV, one row per subject and list. fetch -> parse -> map.
 */
import { basename, dirname } from 'node:path';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import type { Entity } from '../../model/entity.js';
import { dateFromPath, head } from '../common/sniff.js';
import { CSL_FILENAME, remote } from './fetch.js';
import { CSL_SOURCE, mapCslRows } from './map.js';
import { isCslHeader, readCslGroups } from './parse.js';

function discover(files: readonly string[]): DatasetRef[] {
  return files
    .filter((f) => basename(f).toLowerCase() === CSL_FILENAME && isCslHeader(head(f, 1024)))
    .map((f) => {
      const ref: DatasetRef = { source: CSL_SOURCE, label: basename(dirname(f)), files: { main: f } };
      const published = dateFromPath(f);
      if (published) ref.publishedAt = published;
      return ref;
    });
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
