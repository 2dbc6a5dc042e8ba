/**
 * UK Sanctions List (FCDO), from the derived table set (see fetch.ts for why the official CSV is
 * listed but not read). One entity per unique_id, e.g. `uk-fcdo:RUS0001`, the FCDO's stable id.
 */
import { basename, dirname, join } from 'node:path';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef, Importer, ReadContext } from '../types.js';
import type { Entity } from '../../model/entity.js';
import { head } from '../common/sniff.js';
import { malformed } from '../../errors.js';
import { remote } from './fetch.js';
import { FCDO_SOURCE, mapFcdoSubject, type FcdoFiles } from './map.js';
import { loadSideTable, readSubjects, SIDE_TABLES, subjectIds, type SideRole, type SideRow } from './parse.js';

const SUBJECTS_HEADER = /^(?:ï»¿)?unique_id,subject_type,/;
const ROLES = Object.keys(SIDE_TABLES) as SideRole[];

function discover(files: readonly string[]): DatasetRef[] {
  const present = new Set(files);
  const refs: DatasetRef[] = [];
  for (const file of files) {
    if (basename(file) !== 'subjects.csv' || !SUBJECTS_HEADER.test(head(file, 256))) continue;
    const dir = dirname(file);
    const ref = folderDataset(FCDO_SOURCE, dir, { subjects: file });
    for (const role of ROLES) {
      const side = join(dir, SIDE_TABLES[role].file);
      if (present.has(side)) ref.files[role] = side;
    }
    refs.push(ref);
  }
  return refs;
}

async function* read(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity> {
  const subjectsFile = ref.files.subjects;
  if (!ref.files.names) throw malformed(`the set has no ${SIDE_TABLES.names.file} beside it`, { file: subjectsFile });
  const ids = await subjectIds(subjectsFile);
  const tables = {} as Record<SideRole, Map<string, SideRow[]>>;
  for (const role of ROLES) tables[role] = ref.files[role] ? await loadSideTable(ref.files[role], role, ids) : new Map();
  const files = { subjects: subjectsFile, ...Object.fromEntries(ROLES.map((r) => [r, ref.files[r] ?? SIDE_TABLES[r].file])) } as FcdoFiles;
  for await (const row of readSubjects(subjectsFile)) {
    const side = Object.fromEntries(ROLES.map((r) => [r, tables[r].get(row.uniqueId) ?? []])) as Record<SideRole, SideRow[]>;
    for (const role of ROLES) tables[role].delete(row.uniqueId);
    yield mapFcdoSubject({ ...row, side }, files);
  }
}

export const ukFcdoImporter: Importer = {
  source: FCDO_SOURCE,
  title: 'UK Sanctions List (FCDO)',
  publisher: 'UK Foreign, Commonwealth & Development Office',
  discover,
  read,
  remote,
};
