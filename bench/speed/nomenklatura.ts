/**
 * nomenklatura (OpenSanctions' matcher, from PyPI) run beside ours: a venv in a cache folder outside
 * the repository, made once and reused, and our script scoring the same pairs. Every failure comes
 * back as a reason to print, never as a thrown error: the benchmark runs on without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Schema } from '../../src/model/entity.js';

export const NOMENKLATURA_ALGORITHMS = ['logic-v2', 'logic-v1'];
/** yente's default match threshold (SCORE_THRESHOLD), the one its users see. */
export const NOMENKLATURA_THRESHOLD = 0.7;

export interface PythonEnv {
  python: string;
  nomenklatura: string;
}

export function benchCacheDir(): string {
  return resolve(process.env.CHOKEPOINT_BENCH_CACHE ?? join(homedir(), '.cache', 'chokepoint-bench'));
}

function run(cmd: string, args: string[], timeoutMs: number) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const why = r.error ? r.error.message : r.status !== 0 ? `exit ${r.status}: ${lastLines(r.stderr || r.stdout)}` : undefined;
  return { ok: !why, why, stdout: r.stdout ?? '' };
}

function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}

/** The venv's Python with nomenklatura installed, installing it when missing; or why it cannot be had. */
export function ensureNomenklatura(log: (line: string) => void): PythonEnv | { error: string } {
  const venv = join(benchCacheDir(), 'venv');
  const python = join(venv, 'bin', 'python');
  const probe = () => run(python, ['-c', 'from importlib.metadata import version; import nomenklatura.matching; print(version("nomenklatura"))'], 120_000);
  let installed = existsSync(python) ? probe() : undefined;
  if (!installed?.ok) {
    mkdirSync(benchCacheDir(), { recursive: true });
    const base = process.env.PYTHON ?? 'python3';
    if (!existsSync(python)) {
      log(`creating a Python venv in ${venv}`);
      const made = run(base, ['-m', 'venv', venv], 300_000);
      if (!made.ok) return { error: `cannot create a venv with ${base}: ${made.why}` };
    }
    log('pip install nomenklatura (once; a few minutes)');
    const pip = run(python, ['-m', 'pip', 'install', '--quiet', 'nomenklatura'], 20 * 60_000);
    if (!pip.ok) return { error: `pip install nomenklatura failed: ${pip.why}` };
    installed = probe();
    if (!installed.ok) return { error: `nomenklatura does not import after install: ${installed.why}` };
  }
  return { python, nomenklatura: installed.stdout.trim() };
}

export interface NomenklaturaPair {
  query: string;
  candidate: string;
  /** Our schema, if known; mapped to FollowTheMoney's (LegalEntity when unknown). */
  schema?: Schema;
}

export interface NomenklaturaRun {
  nomenklatura: string;
  followthemoney: string;
  results: Record<string, { seconds: number; scores: number[] } | { error: string }>;
}

const FTM_SCHEMA: Record<Schema, string> = { Person: 'Person', Organization: 'Organization', Vessel: 'Vessel', Aircraft: 'Airplane' };

export function ftmSchema(schema: Schema | undefined): string {
  return schema ? FTM_SCHEMA[schema] : 'LegalEntity';
}

export function scoreWithNomenklatura(env: PythonEnv, pairs: readonly NomenklaturaPair[], algorithms = NOMENKLATURA_ALGORITHMS): NomenklaturaRun | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-nk-'));
  try {
    const job = join(dir, 'pairs.json');
    const payload = pairs.map((p) => ({ query: p.query, candidate: p.candidate, schema: ftmSchema(p.schema) }));
    writeFileSync(job, JSON.stringify({ algorithms, pairs: payload }));
    const script = resolve(import.meta.dirname, 'nomenklatura_pairs.py');
    const r = run(env.python, [script, job], 30 * 60_000);
    if (!r.ok) return { error: `nomenklatura scoring failed: ${r.why}` };
    return JSON.parse(r.stdout) as NomenklaturaRun;
  } catch (e) {
    return { error: `nomenklatura scoring failed: ${(e as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
