/** Alerts, their reviews and the suppressions of cleared false positives, in SQLite. */
import type Database from 'better-sqlite3';
import type { Alert } from '../../cases/alert.js';
import type { AlertStore } from '../ports.js';

interface AlertRow {
  id: string;
  kind: string;
  ref: string;
  decision: Alert['decision'];
  status: Alert['status'];
  created_at: string;
  detail: string;
  matches: string;
  reviews: string;
}

const toAlert = (r: AlertRow): Alert => ({
  id: r.id, kind: r.kind, ref: r.ref, decision: r.decision, status: r.status, createdAt: r.created_at,
  detail: JSON.parse(r.detail), matches: JSON.parse(r.matches), reviews: JSON.parse(r.reviews),
});

export class SqliteAlertStore implements AlertStore {
  private readonly suppressed;
  private readonly updateTx;

  constructor(private readonly db: Database.Database) {
    this.suppressed = db.prepare('SELECT 1 FROM suppressions WHERE key = ?');
    const save = db.prepare('UPDATE alerts SET status = ?, reviews = ? WHERE id = ?');
    const addKey = db.prepare('INSERT OR IGNORE INTO suppressions (key, alert_id, created_at) VALUES (?, ?, ?)');
    this.updateTx = db.transaction((a: Alert, keys: string[], at: string) => {
      save.run(a.status, JSON.stringify(a.reviews), a.id);
      for (const k of keys) addKey.run(k, a.id, at);
    });
  }

  insert(a: Alert): void {
    this.db.prepare('INSERT INTO alerts (id, kind, ref, decision, status, created_at, detail, matches, reviews) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.id, a.kind, a.ref, a.decision, a.status, a.createdAt, JSON.stringify(a.detail), JSON.stringify(a.matches), JSON.stringify(a.reviews));
  }

  get(id: string): Alert | undefined {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    return row && toAlert(row);
  }

  list(opts: { status?: string[]; limit: number; offset: number }): { total: number; alerts: Alert[] } {
    const where = opts.status?.length ? `WHERE status IN (${opts.status.map(() => '?').join(', ')})` : '';
    const args = opts.status ?? [];
    const total = (this.db.prepare(`SELECT count(*) AS n FROM alerts ${where}`).get(...args) as { n: number }).n;
    const rows = this.db.prepare(`SELECT * FROM alerts ${where} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`).all(...args, opts.limit, opts.offset) as AlertRow[];
    return { total, alerts: rows.map(toAlert) };
  }

  update(a: Alert, suppress: string[], at: string): void {
    this.updateTx(a, suppress, at);
  }

  isSuppressed(key: string): boolean {
    return this.suppressed.get(key) !== undefined;
  }
}
