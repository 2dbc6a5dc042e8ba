/**
 * Screening payments on several cores: worker threads, each with its own engine, take batches in turn;
 * answers are handed back in the order the batches were sent, so the output keeps the input's order.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker, whenReady } from '../../runtime/workers.js';
import type { Payment } from '../model.js';
import type { WorkerSetup } from './protocol.js';

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
    const workers = Array.from({ length: n }, () => startWorker(import.meta.url, 'worker', setup));
    await whenReady(workers);
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
