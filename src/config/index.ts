/** Configuration read once at the edge from options and the environment, then passed in typed. */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

export interface Config {
  /** SQLite file of the embedded store. */
  dbPath: string;
  /** Folder holding the shared public data (lists, goods, ...), when present. */
  sharedDataDir?: string;
  /** Where downloaded list files are kept. */
  downloadDir: string;
}

export function loadConfig(opts: { db?: string } = {}, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dbPath = resolve(cwd, opts.db ?? env.CHOKEPOINT_DB ?? 'data/chokepoint.db');
  const candidates = [env.CHOKEPOINT_SHARED_DATA, resolve(cwd, '../shared/data')].filter(Boolean) as string[];
  const sharedDataDir = candidates.find((d) => existsSync(resolve(d, 'lists')));
  return { dbPath, sharedDataDir, downloadDir: resolve(dbPath, '..', 'downloads') };
}
