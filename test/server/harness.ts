/** A store with real lists, and the server built over it in-process, for API tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { openServices, type OpenedServices } from '../../src/server/start.js';
import { createApiKey } from '../../src/service/keys.js';
import { cli, LISTS, SHARED } from '../helpers.js';

export interface Harness {
  db: string;
  app: FastifyInstance;
  services: OpenedServices;
  keys: { screener: string; analyst: string; admin: string };
  close(): Promise<void>;
}

/** Import the given list folders (relative to ../shared/data/lists) into a fresh store, in order. */
export function storeWith(folders: string[]): string {
  const db = join(mkdtempSync(join(tmpdir(), 'chokepoint-api-')), 'api.db');
  for (const f of folders) {
    const r = cli(['lists', 'import', resolve(LISTS, f), '--skip-unknown', '--db', db]);
    if (r.code !== 0) throw new Error(`import of ${f} failed: ${r.stderr}`);
  }
  return db;
}

export async function harness(db: string, opts: { consoleDir?: string } = {}): Promise<Harness> {
  const services = await openServices(db, () => {}, opts.consoleDir ?? '/nonexistent', SHARED);
  const app = await buildServer(services.deps);
  const keys = services.deps.keys;
  const k = (role: string) => createApiKey(keys, { role, name: `test ${role}`, ratePerMinute: 1_000_000 }).key;
  return {
    db,
    app,
    services,
    keys: { screener: k('screener'), analyst: k('analyst'), admin: k('admin') },
    async close() {
      await services.deps.jobs.stop();
      await app.close();
      services.close();
    },
  };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
