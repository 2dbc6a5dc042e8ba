/** API keys in SQLite: looked up by the SHA-256 of the presented key. */
import type Database from 'better-sqlite3';
import type { ApiKeyRecord, KeyStore } from '../ports.js';

interface KeyRow {
  id: string;
  name: string;
  role: ApiKeyRecord['role'];
  rate_per_minute: number;
  created_at: string;
  revoked_at: string | null;
}

function toRecord(r: KeyRow): ApiKeyRecord {
  return {
    id: r.id, name: r.name, role: r.role, ratePerMinute: r.rate_per_minute, createdAt: r.created_at,
    ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
  };
}

export class SqliteKeyStore implements KeyStore {
  /** Prepared once: every authenticated request looks its key up. */
  private readonly byHashStmt;

  constructor(private readonly db: Database.Database) {
    this.byHashStmt = db.prepare('SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL');
  }

  create(k: Omit<ApiKeyRecord, 'revokedAt'>, keyHash: string): void {
    this.db.prepare('INSERT INTO api_keys (id, name, role, key_hash, rate_per_minute, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(k.id, k.name, k.role, keyHash, k.ratePerMinute, k.createdAt);
  }

  byHash(keyHash: string): ApiKeyRecord | undefined {
    const row = this.byHashStmt.get(keyHash) as KeyRow | undefined;
    return row && toRecord(row);
  }

  list(): ApiKeyRecord[] {
    return (this.db.prepare('SELECT * FROM api_keys ORDER BY created_at, id').all() as KeyRow[]).map(toRecord);
  }

  revoke(id: string, at: string): boolean {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM api_keys WHERE revoked_at IS NULL').get() as { n: number }).n;
  }
}
