/**
 * Recognise OFAC legacy CSV datasets among files: the primary file (sdn.csv / cons_prim.csv) by name
 * and by its first line, and the optional side files (add, alt, comments) in the same folder.
 */
import { basename, dirname } from 'node:path';
import { head } from '../common/sniff.js';
import { folderDataset } from '../common/dataset.js';
import type { DatasetRef } from '../types.js';

/** File names of one OFAC list, lower case. */
export interface OfacFileNames {
  primary: string;
  add: string;
  alt: string;
  comments: string;
}

/** Role names in DatasetRef.files; the primary role is the list's own (`sdn`, `prim`). */
export const SIDE_ROLES = ['add', 'alt', 'comments'] as const;

const FIRST_LINE = {
  // 36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",...   or   35096,"PUTIN, Vladimir Vladimirovich","individual",...
  primary: /^\d+,(?:"[^"]*"|[^,"]+),(?:-0-\s*|"?(?:individual|vessel|aircraft)"?),/i,
  add: /^\d+,\d+,/,
  alt: /^\d+,\d+,"?(?:aka|fka|nka)"?,/i,
  comments: /^\d+,/,
};

function firstLine(path: string): string {
  return head(path, 1024).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').split(/\r?\n/, 1)[0];
}

function looksLike(path: string, kind: keyof typeof FIRST_LINE): boolean {
  try {
    const line = firstLine(path);
    // An empty side file is a valid (empty) file; an empty primary file is not a dataset.
    return line === '' || line === '\x1a' ? kind !== 'primary' : FIRST_LINE[kind].test(line);
  } catch {
    return false;
  }
}

export function discoverOfac(files: readonly string[], source: string, primaryRole: string, names: OfacFileNames): DatasetRef[] {
  const byDir = new Map<string, Map<string, string>>();
  for (const f of files) {
    const dir = dirname(f);
    if (!byDir.has(dir)) byDir.set(dir, new Map());
    byDir.get(dir)!.set(basename(f).toLowerCase(), f);
  }
  const refs: DatasetRef[] = [];
  for (const [dir, inDir] of byDir) {
    const primary = inDir.get(names.primary);
    if (!primary || !looksLike(primary, 'primary')) continue;
    const ref = folderDataset(source, dir, { [primaryRole]: primary });
    for (const role of SIDE_ROLES) {
      const path = inDir.get(names[role]);
      if (path && looksLike(path, role)) ref.files[role] = path;
    }
    refs.push(ref);
  }
  return refs;
}
