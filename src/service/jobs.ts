/**
 * Batch jobs: the queries are stored first, then screened in chunks; each chunk's results and audit
 * rows are written in one transaction. After a crash, unfinished jobs resume from the first query
 * without a result: nothing is screened twice into the audit trail, nothing is lost.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ScreeningOptions, ScreeningQuery } from '../matching/types.js';
import type { AuditEntry, JobRecord, JobStore } from '../storage/ports.js';
import type { Caller } from '../server/types.js';
import type { ScreeningService } from './screening.js';

const CHUNK = 100;

interface JobOptions {
  options: ScreeningOptions;
  caller: Caller;
}

export class JobRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly jobs: JobStore,
    private readonly screening: ScreeningService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  submit(queries: ScreeningQuery[], options: ScreeningOptions, caller: Caller): JobRecord {
    this.screening.checkOptions(options);
    const id = `job_${randomUUID()}`;
    this.jobs.create({ id, keyId: caller.keyId, total: queries.length, options: { options, caller } satisfies JobOptions, createdAt: this.clock().toISOString() }, queries);
    this.start(id);
    return this.jobs.get(id)!;
  }

  /** Resume every job a previous process left queued or running. */
  resumeAll(): string[] {
    const ids = this.jobs.unfinished().map((j) => j.id);
    for (const id of ids) this.start(id);
    return ids;
  }

  get(id: string): JobRecord | undefined {
    return this.jobs.get(id);
  }

  /** Wait for a job's current run (tests and shutdown). */
  async settle(id?: string): Promise<void> {
    await Promise.all(id ? [this.running.get(id)] : [...this.running.values()]);
  }

  /** Stop taking new chunks; the chunk in progress finishes and is written. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.settle();
  }

  private start(id: string): void {
    if (this.running.has(id)) return;
    const p = this.run(id).finally(() => this.running.delete(id));
    this.running.set(id, p);
  }

  private async run(id: string): Promise<void> {
    const job = this.jobs.get(id);
    if (!job) return;
    const { options, caller } = job.options as JobOptions;
    try {
      this.jobs.setStatus(id, 'running', this.clock().toISOString());
      for (;;) {
        await yieldToEventLoop();
        if (this.stopping) return;
        const batch = this.jobs.pending(id, CHUNK);
        if (batch.length === 0) break;
        const audit: AuditEntry[] = [];
        const results = batch.map((b) => {
          const item = this.screening.evaluateItem(b.query as ScreeningQuery, options, caller, 'v1/screen/batch (job)', audit);
          return { n: b.n, result: item.ok ? item.outcome : { error: item.error } };
        });
        this.jobs.complete(id, results, audit);
      }
      this.jobs.setStatus(id, 'done', this.clock().toISOString());
    } catch (e) {
      this.jobs.setStatus(id, 'failed', this.clock().toISOString(), (e as Error).message);
    }
  }
}
