/**
 * Screening payments on several cores: worker threads, each with its own engine, take batches in turn;
 * answers are handed back in the order the batches were sent, so the output keeps the input's order.
 */
import { Worker } from 'node:worker_threads';
import type { Payment } from '../model.js';
import type { WorkerSetup } from './protocol.js';

/** A worker on worker.ts under tsx (registered in the thread: workers do not inherit --import), or on worker.js. */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const entry = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: setup });
}

type Lines = { decision: string; line: string }[];

export class PaymentPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (lines: Lines) => void>();
  private nextBatch = 0;
  private inFlight: Promise<Lines>[] = [];

  private constructor(workers: Worker[]) {
    this.workers = workers;
    for (const w of workers) {
      w.on('message', (m: { batch?: number; lines?: Lines }) => {
        if (m.batch !== undefined && m.lines) {
          this.pending.get(m.batch)?.(m.lines);
          this.pending.delete(m.batch);
        }
      });
    }
  }

  /** Start `n` workers and wait until each has built its engine. */
  static async start(n: number, setup: WorkerSetup): Promise<PaymentPool> {
    const workers = Array.from({ length: n }, () => startWorker(setup));
    await Promise.all(workers.map((w) => new Promise<void>((ok, fail) => {
      const onMessage = (m: { ready?: boolean }) => {
        if (m.ready) {
          w.off('message', onMessage);
          ok();
        }
      };
      w.on('message', onMessage);
      w.once('error', fail);
    })));
    return new PaymentPool(workers);
  }

  /**
   * Send a batch; resolves to the batches that are complete in order (possibly none yet). At most two
   * batches per worker are in flight, so memory stays bounded however long the input.
   */
  async submit(payments: Payment[]): Promise<Lines[]> {
    const batch = this.nextBatch++;
    const w = this.workers[batch % this.workers.length];
    this.inFlight.push(new Promise<Lines>((ok) => this.pending.set(batch, ok)));
    w.postMessage({ batch, payments });
    const done: Lines[] = [];
    while (this.inFlight.length >= 2 * this.workers.length) done.push(await this.inFlight.shift()!);
    return done;
  }

  /** The remaining batches, in order. */
  async drain(): Promise<Lines[]> {
    const rest = await Promise.all(this.inFlight);
    this.inFlight = [];
    return rest;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
