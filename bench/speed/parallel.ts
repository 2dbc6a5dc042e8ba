/**
 * Throughput on several cores: worker threads each build their own engine, wait together, then
 * screen an equal share of the queries; the wall time runs from "go" until the last one finishes.
 */
import { Worker } from 'node:worker_threads';
import type { BenchQuery } from './query-mix.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

export interface ParallelRun {
  workers: number;
  queries: number;
  wallSeconds: number;
  qps: number;
  qpsPerWorker: number;
  perWorker: { queries: number; seconds: number; qps: number; buildMs: number }[];
}

/** Round-robin shares, so each worker gets the same mix of kinds. */
export function split<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => out[i % n].push(item));
  return out;
}

/** A worker on worker.ts under tsx (which it registers itself: workers do not inherit --import), or on the compiled worker.js. */
function startWorker(workerData: WorkerInput): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const entry = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

export async function measureParallel(
  queries: readonly BenchQuery[], warmup: readonly BenchQuery[], workers: number, listsDir: string, algorithm?: string,
): Promise<ParallelRun> {
  const shares = split(queries, workers);
  const started = shares.map((share) => startWorker({ queries: share, warmup: [...warmup], listsDir, algorithm }));
  const next = (w: Worker) =>
    new Promise<WorkerMessage>((resolveMsg, reject) => {
      w.once('message', resolveMsg);
      w.once('error', reject);
    });
  try {
    const ready = await Promise.all(started.map(next));
    const failed = ready.find((m) => m.type === 'failed');
    if (failed?.type === 'failed') throw new Error(`worker failed: ${failed.message}`);
    const done = started.map(next);
    const t0 = process.hrtime.bigint();
    for (const w of started) w.postMessage('go');
    const results = await Promise.all(done);
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const perWorker = results.map((m, i) => {
      if (m.type !== 'done') throw new Error(`worker ${i} failed: ${m.type === 'failed' ? m.message : m.type}`);
      const buildMs = ready[i].type === 'ready' ? (ready[i] as { buildMs: number }).buildMs : NaN;
      return { queries: m.queries, seconds: m.seconds, qps: m.queries / m.seconds, buildMs };
    });
    const qps = queries.length / wallSeconds;
    return { workers, queries: queries.length, wallSeconds, qps, qpsPerWorker: qps / workers, perWorker };
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
}
