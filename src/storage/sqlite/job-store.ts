/** Batch jobs in SQLite: queries stored up front, results and their audit rows written together. */
import type Database from 'better-sqlite3';
import type { AuditEntry, JobRecord, JobStatus, JobStore } from '../ports.js';
import type { SqliteAuditLog } from './audit-log.js';
import { withWriteRetry } from './write-retry.js';

interface JobRow {
  id: string;
  key_id: string;
  status: JobStatus;
  total: number;
  done: number;
  options: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
}

function toRecord(r: JobRow): JobRecord {
  return {
    id: r.id, keyId: r.key_id, status: r.status, total: r.total, done: r.done, options: JSON.parse(r.options),
    createdAt: r.created_at,
    ...(r.started_at ? { startedAt: r.started_at } : {}),
    ...(r.finished_at ? { finishedAt: r.finished_at } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

export class SqliteJobStore implements JobStore {
  private readonly completeTx;

  constructor(private readonly db: Database.Database, private readonly audit: SqliteAuditLog) {
    const setResult = db.prepare('UPDATE job_items SET result = ? WHERE job_id = ? AND n = ? AND result IS NULL');
    const bump = db.prepare('UPDATE jobs SET done = done + ? WHERE id = ?');
    this.completeTx = db.transaction((id: string, results: { n: number; result: unknown }[], audit: AuditEntry[]) => {
      let changed = 0;
      for (const r of results) changed += setResult.run(JSON.stringify(r.result), id, r.n).changes;
      bump.run(changed, id);
      this.audit.appendRows(audit);
    });
  }

  create(job: Omit<JobRecord, 'done' | 'status' | 'startedAt' | 'finishedAt' | 'error'>, queries: unknown[]): void {
    const insertItem = this.db.prepare('INSERT INTO job_items (job_id, n, query) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO jobs (id, key_id, status, total, options, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(job.id, job.keyId, 'queued', job.total, JSON.stringify(job.options), job.createdAt);
      queries.forEach((q, n) => insertItem.run(job.id, n, JSON.stringify(q)));
    })();
  }

  get(id: string): JobRecord | undefined {
    const row = this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row && toRecord(row);
  }

  unfinished(): JobRecord[] {
    return (this.db.prepare("SELECT * FROM jobs WHERE status IN ('queued', 'running') ORDER BY created_at").all() as JobRow[]).map(toRecord);
  }

  pending(id: string, n: number): { n: number; query: unknown }[] {
    const rows = this.db.prepare('SELECT n, query FROM job_items WHERE job_id = ? AND result IS NULL ORDER BY n LIMIT ?').all(id, n) as { n: number; query: string }[];
    return rows.map((r) => ({ n: r.n, query: JSON.parse(r.query) }));
  }

  complete(id: string, results: { n: number; result: unknown }[], audit: AuditEntry[]): void {
    withWriteRetry(() => this.completeTx.immediate(id, results, audit));
  }

  setStatus(id: string, status: JobStatus, at: string, error?: string): void {
    if (status === 'running') this.db.prepare('UPDATE jobs SET status = ?, started_at = coalesce(started_at, ?) WHERE id = ?').run(status, at, id);
    else if (status === 'done' || status === 'failed') this.db.prepare('UPDATE jobs SET status = ?, finished_at = ?, error = ? WHERE id = ?').run(status, at, error ?? null, id);
    else this.db.prepare('UPDATE jobs SET status = ? WHERE id = ?').run(status, id);
  }

  *results(id: string): IterableIterator<{ n: number; query: unknown; result: unknown }> {
    for (const r of this.db.prepare('SELECT n, query, result FROM job_items WHERE job_id = ? ORDER BY n').iterate(id) as IterableIterator<{ n: number; query: string; result: string | null }>) {
      yield { n: r.n, query: JSON.parse(r.query), result: r.result === null ? null : JSON.parse(r.result) };
    }
  }
}
