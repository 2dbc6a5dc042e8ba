/** Shared helpers for integration tests: where the shared data is, and running the real CLI. */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');
export const SHARED = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(REPO, '../shared/data');
export const LISTS = resolve(SHARED, 'lists');
const BIN = resolve(REPO, 'bin/chokepoint.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the chokepoint CLI synchronously. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the chokepoint CLI as a child process (for kill tests). */
export function cliSpawn(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}
