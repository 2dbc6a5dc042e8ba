/** A second connection to the store for the audit trail and jobs, whose lock waits withWriteRetry makes. */
import Database from 'better-sqlite3';

export function openAuditConnection(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 0');
  return db;
}
