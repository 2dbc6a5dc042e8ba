/**
 * EU Consolidated Financial Sanctions List (FSF), CSV v1.0 (`Date_file;...`, e.g. the 2018
 * `EUSanctionsShort.csv`) and v1.1 (`fileGenerationDate;...`, today's `csvFullSanctionsList_1_1`).
 */
import { basename, dirname } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import { head } from '../common/sniff.js';
import { toIsoDay } from '../../common/dates.js';
import { remote } from './fetch.js';
import { looksLikeFsfHeader } from './layout.js';
import { mapFsfGroup, SOURCE } from './map.js';
import { readFsfGroups } from './parse.js';

/** FSF file names: `EUSanctions*.csv`, `csvFullSanctionsList_1_1.csv`, `eu_csl.csv`, `*fsf*.csv`. */
const NAME = /^(?=.*(?:sanction|fsf|eu[_-]?csl)).*\.csv$/i;

export function discoverFsf(files: readonly string[]): DatasetRef[] {
  const found = files.filter((p) => NAME.test(basename(p)) && looksLikeFsfHeader(head(p, 1024).split(/\r?\n/, 1)[0]));
  const perDir = new Map<string, number>();
  for (const p of found) perDir.set(dirname(p), (perDir.get(dirname(p)) ?? 0) + 1);
  return found.map((path) => {
    const dir = basename(dirname(path));
    const label = (perDir.get(dirname(path)) ?? 0) > 1 ? `${dir}/${basename(path)}` : dir;
    return folderDataset(SOURCE, dirname(path), { main: path }, label);
  });
}

export async function* readFsf(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  let dated = false;
  for await (const group of readFsfGroups(ref.files.main)) {
    if (!dated) {
      const date = toIsoDay(group.rows[0].fileDate);
      if (date) ctx.setPublishedAt(date);
      dated = true;
    }
    ctx.countRecords?.(group.rows.length);
    yield mapFsfGroup(group);
  }
}

export const euFsfImporter: Importer = {
  source: SOURCE,
  title: 'EU Consolidated Financial Sanctions List',
  publisher: 'European Commission (FSF)',
  discover: discoverFsf,
  read: readFsf,
  remote,
};
