/**
 * The audit trail in SQLite: rows are appended under an immediate (write) transaction, so that two
 * processes sharing the file still build one chain. Give it a connection of its own with
 * busy_timeout 0: waits for the write lock are made in short steps by withWriteRetry. Triggers refuse UPDATE and DELETE; verify() finds
 * rows altered or removed behind the triggers' back.
 */
import type Database from 'better-sqlite3';
import { chainHash, GENESIS } from '../../audit/chain.js';
import type { AuditEntry, AuditLog, AuditRecord, AuditVerification } from '../ports.js';
import { withWriteRetry } from './write-retry.js';

interface AuditRow {
  seq: number;
  id: string;
  at: string;
  key_id: string;
  key_name: string;
  role: string;
  channel: string;
  input: string;
  list_versions: string;
  algorithm: string;
  threshold: number;
  result: string;
  prev_hash: string;
  hash: string;
}

function toRecord(r: AuditRow): AuditRecord {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    keyId: r.key_id,
    keyName: r.key_name,
    role: r.role,
    channel: r.channel,
    input: JSON.parse(r.input),
    listVersions: JSON.parse(r.list_versions),
    algorithm: r.algorithm,
    threshold: r.threshold,
    result: JSON.parse(r.result),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export class SqliteAuditLog implements AuditLog {
  private readonly head;
  private readonly insert;
  private readonly appendTx;

  constructor(private readonly db: Database.Database) {
    this.head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(`INSERT INTO audit_log (seq, id, at, key_id, key_name, role, channel, input, list_versions, algorithm, threshold, result, prev_hash, hash)
      VALUES (@seq, @id, @at, @keyId, @keyName, @role, @channel, @input, @listVersions, @algorithm, @threshold, @result, @prevHash, @hash)`);
    this.appendTx = db.transaction((entries: AuditEntry[]) => this.appendRows(entries));
  }

  append(entries: AuditEntry[]): AuditRecord[] {
    if (entries.length === 0) return [];
    // Immediate: the head is read under the write lock, so no other process can chain to it meanwhile.
    return withWriteRetry(() => this.appendTx.immediate(entries));
  }

  /** Append inside a transaction the caller holds (a batch job's results and their audit rows together). */
  appendRows(entries: AuditEntry[]): AuditRecord[] {
    const last = this.head.get() as { seq: number; hash: string } | undefined;
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS;
    const out: AuditRecord[] = [];
    for (const e of entries) {
      seq++;
      const hash = chainHash(prevHash, seq, e);
      this.insert.run({
        seq, id: e.id, at: e.at, keyId: e.keyId, keyName: e.keyName, role: e.role, channel: e.channel,
        input: JSON.stringify(e.input), listVersions: JSON.stringify(e.listVersions), algorithm: e.algorithm,
        threshold: e.threshold, result: JSON.stringify(e.result), prevHash, hash,
      });
      out.push({ ...e, seq, prevHash, hash });
      prevHash = hash;
    }
    return out;
  }

  recent(limit: number, beforeSeq?: number): AuditRecord[] {
    const rows = beforeSeq === undefined
      ? this.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
      : this.db.prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(beforeSeq, limit);
    return (rows as AuditRow[]).map(toRecord);
  }

  get(id: string): AuditRecord | undefined {
    const row = this.db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as AuditRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  verify(): AuditVerification {
    const problems: AuditVerification['problems'] = [];
    let expectedSeq = 1;
    let prevHash = GENESIS;
    let rows = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
      rows++;
      if (row.seq !== expectedSeq) {
        problems.push({ seq: row.seq, problem: `rows ${expectedSeq}..${row.seq - 1} are missing (deleted)` });
      }
      if (row.prev_hash !== prevHash) {
        problems.push({ seq: row.seq, problem: 'does not chain to the row before it (a row before it was altered or deleted)' });
      }
      let record: AuditRecord | undefined;
      try {
        record = toRecord(row);
      } catch {
        problems.push({ seq: row.seq, problem: 'holds malformed JSON (altered)' });
      }
      if (record && chainHash(row.prev_hash, row.seq, record) !== row.hash) {
        problems.push({ seq: row.seq, problem: 'its content does not match its hash (altered)' });
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
    }
    return { ok: problems.length === 0, rows, head: prevHash, problems };
  }
}
