/**
 * The real stack for browser tests: the console built with vite, a temporary store with real lists
 * imported through the CLI, an API key, and `chokepoint serve` on a free port, stopped afterwards.
 */
import { spawnSync } from 'node:child_process';
import { startServe, stopProcess, type ServeProcess } from '../serve-process.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli, LISTS, REPO } from '../helpers.js';

/** Build web/ into web/dist, where `chokepoint serve` finds the console. */
export function buildConsole(): void {
  const vite = resolve(REPO, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  if (!existsSync(resolve(REPO, 'web/dist/index.html'))) throw new Error('vite build wrote no web/dist/index.html');
}

function ok(args: string[]): string {
  const r = cli(args);
  if (r.code !== 0) throw new Error(`chokepoint ${args.join(' ')} failed (exit ${r.code}):\n${r.stderr}`);
  return r.stdout;
}

export interface Store {
  dir: string;
  db: string;
  key: { id: string; key: string; role: string; name: string };
}

/** A temp store with SDN 2023-12-28 then 2024-05-03 (so that the SDN has a diff) and the UN list. */
export function createStore(): Store {
  const dir = mkdtempSync(join(tmpdir(), 'cp-e2e-'));
  const db = join(dir, 'e2e.db');
  for (const folder of ['us-ofac-sdn/2023-12-28', 'us-ofac-sdn/2024-05-03', 'un-sc-consolidated']) {
    ok(['lists', 'import', join(LISTS, folder), '--db', db]);
  }
  // Trade statistics beside the list store, where the server looks for them.
  ok(['trade', 'import', '--dir', join(LISTS, '../trade'), '--goods', join(LISTS, '../goods'), '--store', join(dir, 'trade.duckdb')]);
  // Adverse media: three scraped pages written for the tests, filed against the lists just imported.
  ok(['media', 'ingest', join(REPO, 'test/fixtures/media/pages'), '--db', db]);
  const key = JSON.parse(ok(['keys', 'create', '--role', 'analyst', '--name', 'e2e', '--json', '--db', db]));
  return { dir, db, key };
}

export type Server = ServeProcess;

/** The real server over the store, ready (see test/serve-process.ts). */
export function startServer(db: string, timeoutMs = 60_000): Promise<Server> {
  return startServe(db, { timeoutMs });
}

export { stopProcess };

export function removeStore(store: Store | undefined): void {
  if (store) rmSync(store.dir, { recursive: true, force: true });
}
