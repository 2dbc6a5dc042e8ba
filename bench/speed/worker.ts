/**
 * One screening worker of the multi-core run: loads every list, builds its own engine, warms up,
 * says it is ready, and on "go" screens its share of the queries in a plain loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEngine } from '../../src/matching/engine.js';
import { loadLists } from './load-lists.js';
import { measureThroughput, warmUp } from './measure.js';
import type { BenchQuery } from './query-mix.js';

export interface WorkerInput {
  queries: BenchQuery[];
  warmup: BenchQuery[];
  listsDir: string;
  algorithm?: string;
}

export type WorkerMessage =
  | { type: 'ready'; buildMs: number }
  | { type: 'done'; queries: number; seconds: number }
  | { type: 'failed'; message: string };

const input = workerData as WorkerInput;
const port = parentPort!;

try {
  let entities = (await loadLists(input.listsDir)).entities;
  const t0 = performance.now();
  const engine = buildEngine(entities, { algorithm: input.algorithm });
  const buildMs = performance.now() - t0;
  entities = [];
  warmUp(engine, input.warmup);
  port.once('message', () => {
    const run = measureThroughput(engine, input.queries);
    port.postMessage({ type: 'done', queries: run.queries, seconds: run.seconds } satisfies WorkerMessage);
  });
  port.postMessage({ type: 'ready', buildMs } satisfies WorkerMessage);
} catch (e) {
  port.postMessage({ type: 'failed', message: (e as Error).stack ?? String(e) } satisfies WorkerMessage);
}
