/** Every importer Chokepoint knows, and discovery of datasets in a directory tree. */
import { readdirSync, statSync } from 'node:fs';
import { head } from './common/sniff.js';
import { join, resolve } from 'node:path';
import type { DatasetRef, Importer } from './types.js';
import { ChokepointError } from '../errors.js';

const IMPORTERS: Importer[] = [];

export function registerImporter(importer: Importer): void {
  if (!IMPORTERS.some((i) => i.source === importer.source)) IMPORTERS.push(importer);
}

export function importers(): readonly Importer[] {
  return IMPORTERS;
}

export function importerFor(source: string): Importer {
  const imp = IMPORTERS.find((i) => i.source === source);
  if (!imp) throw new ChokepointError('NOT_FOUND', `unknown list '${source}'; known: ${IMPORTERS.map((i) => i.source).join(', ')}`);
  return imp;
}

/** All regular files under a path (or the path itself), skipping hidden entries and Markdown. */
export function listFiles(path: string): string[] {
  const root = resolve(path);
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new ChokepointError('NOT_FOUND', `no such file or directory: ${path}`, { file: path });
  }
  if (st.isFile()) return [root];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && !/\.(md|txt\.md)$/i.test(entry.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

/**
 * Every dataset found under a path, oldest publication first within each source so that the newest
 * dated one becomes the current version when they are imported in order.
 */
export function discoverDatasets(path: string, only?: readonly string[], opts: { skipUnknown?: boolean } = {}): DatasetRef[] {
  const files = listFiles(path);
  const refs = IMPORTERS.filter((i) => !only || only.includes(i.source)).flatMap((i) => i.discover(files));
  if (!only && !opts.skipUnknown) {
    // A file the user pointed at that no importer takes would be lost silently: say so instead.
    const claimed = new Set(refs.flatMap((r) => Object.values(r.files)));
    const unknown = files.find((f) => !claimed.has(f));
    if (unknown) {
      throw new ChokepointError(
        'UNKNOWN_FORMAT',
        `not recognised as any supported list format (wrong file name or header; first line: ${JSON.stringify(firstLine(unknown))}); use --skip-unknown to import the rest`,
        { file: unknown, line: 1 },
      );
    }
  }
  // Within a source: undated datasets first, then by publication date, so a dated version ends current.
  const key = (r: DatasetRef) => (r.publishedAt ? `1${r.publishedAt}` : `0${r.label}`);
  return refs.sort((a, b) => a.source.localeCompare(b.source) || key(a).localeCompare(key(b)));
}

function firstLine(file: string): string {
  return head(file, 300).split(/\r?\n/)[0].replace(/^\uFEFF|^ï»¿/, '').slice(0, 160);
}
