/** The load test's server: a real `chokepoint serve` process (or several sharing the port) on a store. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/chokepoint.js');

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`chokepoint ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export function importLists(db: string, dir: string): void {
  cli(['lists', 'import', dir, '--skip-unknown', '--db', db]);
}

/** A screener key without a practical rate limit (the load test measures the server, not the limiter). */
export function createKey(db: string): string {
  return JSON.parse(cli(['keys', 'create', '--role', 'screener', '--name', 'load test', '--rate-limit', '100000000', '--json', '--db', db])).key;
}

export interface ServerHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(db: string, workers: number): Promise<ServerHandle> {
  const args = [BIN, 'serve', '--port', '0', '--db', db, ...(workers > 1 ? ['--workers', String(workers)] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s: ${err}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  child.stdout!.resume();
  return {
    url,
    stop: () => new Promise((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}
