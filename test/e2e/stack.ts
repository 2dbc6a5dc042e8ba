/**
 * The real stack for browser tests: the console built with vite, a temporary store with real lists
 * imported through the CLI, an API key, and `chokepoint serve` on a free port, stopped afterwards.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli, cliSpawn, LISTS, REPO } from '../helpers.js';

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
  const key = JSON.parse(ok(['keys', 'create', '--role', 'analyst', '--name', 'e2e', '--json', '--db', db]));
  return { dir, db, key };
}

export interface Server {
  url: string;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Start `chokepoint serve --port 0`, read the address from its "listening on" line, wait for /readyz. */
export async function startServer(db: string, timeoutMs = 60_000): Promise<Server> {
  const child = cliSpawn(['serve', '--port', '0', '--db', db]);
  let log = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    child.stderr!.on('data', read);
    child.stdout!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve exited with ${code} before listening:\n${log}`));
    });
  });
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`chokepoint serve exited unexpectedly (${signal ?? code}):\n${log}\n`);
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${url}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`${url}/readyz did not answer 200 (last ${status}):\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    log: () => log,
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}

/** SIGTERM, then SIGKILL if it has not exited within 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export function removeStore(store: Store | undefined): void {
  if (store) rmSync(store.dir, { recursive: true, force: true });
}
