/**
 * The embedded list store on one SQLite file (better-sqlite3, WAL). An import runs in one transaction:
 * a crash or an error before commit leaves the previous versions exactly as they were.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entity, Schema } from '../../model/entity.js';
import { caption } from '../../model/entity.js';
import { ChokepointError } from '../../errors.js';
import type {
  DatasetVersion, ImportSession, ListStore, NewVersion, StoredEntity, VersionDiff,
} from '../ports.js';
import { migrate } from './schema.js';
import { diffVersions } from './diff.js';

interface VersionRow {
  id: number;
  source: string;
  label: string;
  published_at: string | null;
  checksum: string;
  imported_at: string;
  files: string;
  counts: string;
  total: number;
  source_records: number;
}

export function toVersion(r: VersionRow): DatasetVersion {
  const v: DatasetVersion = {
    id: r.id,
    source: r.source,
    label: r.label,
    checksum: r.checksum,
    importedAt: r.imported_at,
    files: JSON.parse(r.files),
    countsBySchema: JSON.parse(r.counts),
    total: r.total,
    sourceRecords: r.source_records,
  };
  if (r.published_at) v.publishedAt = r.published_at;
  return v;
}

export function hashEntity(json: string): string {
  return createHash('sha256').update(json).digest('base64url').slice(0, 32);
}

export class SqliteListStore implements ListStore {
  readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new ChokepointError('STORE_FAILED', `cannot open store: ${(e as Error).message}`, { file: path });
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  beginImport(): ImportSession {
    return new SqliteImportSession(this.db, (id) => this.version(id));
  }

  versions(source?: string): DatasetVersion[] {
    const rows = source
      ? this.db.prepare('SELECT * FROM versions WHERE complete = 1 AND source = ? ORDER BY id DESC').all(source)
      : this.db.prepare('SELECT * FROM versions WHERE complete = 1 ORDER BY id DESC').all();
    return (rows as VersionRow[]).map(toVersion);
  }

  currentVersions(): DatasetVersion[] {
    const rows = this.db
      .prepare('SELECT v.* FROM current_versions c JOIN versions v ON v.id = c.version_id ORDER BY v.source')
      .all() as VersionRow[];
    return rows.map(toVersion);
  }

  version(id: number): DatasetVersion | undefined {
    const row = this.db.prepare('SELECT * FROM versions WHERE id = ? AND complete = 1').get(id) as VersionRow | undefined;
    return row ? toVersion(row) : undefined;
  }

  entity(id: string, versionId?: number): StoredEntity | undefined {
    const row = (
      versionId === undefined
        ? this.db
            .prepare(
              `SELECT ve.version_id, ve.hash, b.data FROM version_entities ve
               JOIN current_versions c ON c.version_id = ve.version_id
               JOIN entity_blobs b ON b.hash = ve.hash WHERE ve.entity_id = ?`,
            )
            .get(id)
        : this.db
            .prepare(
              `SELECT ve.version_id, ve.hash, b.data FROM version_entities ve
               JOIN entity_blobs b ON b.hash = ve.hash WHERE ve.entity_id = ? AND ve.version_id = ?`,
            )
            .get(id, versionId)
    ) as { version_id: number; hash: string; data: string } | undefined;
    return row ? { entity: JSON.parse(row.data), hash: row.hash, versionId: row.version_id } : undefined;
  }

  *entities(versionIds?: number[]): IterableIterator<Entity> {
    const ids = versionIds ?? this.currentVersions().map((v) => v.id);
    const stmt = this.db.prepare(
      'SELECT b.data FROM version_entities ve JOIN entity_blobs b ON b.hash = ve.hash WHERE ve.version_id = ?',
    );
    for (const vid of ids) {
      for (const row of stmt.iterate(vid) as IterableIterator<{ data: string }>) yield JSON.parse(row.data);
    }
  }

  diff(fromVersionId: number, toVersionId: number): VersionDiff {
    const from = this.version(fromVersionId);
    const to = this.version(toVersionId);
    if (!from) throw new ChokepointError('NOT_FOUND', `no list version ${fromVersionId}`);
    if (!to) throw new ChokepointError('NOT_FOUND', `no list version ${toVersionId}`);
    if (from.source !== to.source) {
      throw new ChokepointError('INVALID_INPUT', `versions ${from.id} (${from.source}) and ${to.id} (${to.source}) are of different lists`);
    }
    return diffVersions(this.db, from, to);
  }

  close(): void {
    this.db.close();
  }
}

class SqliteImportSession implements ImportSession {
  private readonly insertBlob;
  private readonly insertMember;
  private readonly counts = new Map<number, Partial<Record<Schema, number>>>();
  private open = true;

  constructor(
    private readonly db: Database.Database,
    private readonly readVersion: (id: number) => DatasetVersion | undefined,
  ) {
    this.insertBlob = db.prepare('INSERT OR IGNORE INTO entity_blobs (hash, data) VALUES (?, ?)');
    this.insertMember = db.prepare(
      'INSERT INTO version_entities (version_id, entity_id, schema, caption, hash) VALUES (?, ?, ?, ?, ?)',
    );
    db.exec('BEGIN IMMEDIATE');
  }

  startVersion(meta: NewVersion): number {
    const info = this.db
      .prepare(
        'INSERT INTO versions (source, label, published_at, checksum, imported_at, files) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(meta.source, meta.label, meta.publishedAt ?? null, meta.checksum, meta.importedAt, JSON.stringify(meta.files));
    const id = Number(info.lastInsertRowid);
    this.counts.set(id, {});
    return id;
  }

  putEntity(versionId: number, entity: Entity): void {
    const json = JSON.stringify(entity);
    const hash = hashEntity(json);
    this.insertBlob.run(hash, json);
    try {
      this.insertMember.run(versionId, entity.id, entity.schema, caption(entity), hash);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new ChokepointError('MALFORMED_FILE', `duplicate entity id '${entity.id}' in one list version`, { field: 'id' });
      }
      throw e;
    }
    const c = this.counts.get(versionId)!;
    c[entity.schema] = (c[entity.schema] ?? 0) + 1;
  }

  setPublishedAt(versionId: number, date: string | undefined): void {
    this.db.prepare('UPDATE versions SET published_at = ? WHERE id = ?').run(date ?? null, versionId);
  }

  finishVersion(versionId: number, sourceRecords: number): DatasetVersion {
    const counts = this.counts.get(versionId) ?? {};
    const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
    this.db.prepare('UPDATE versions SET counts = ?, total = ?, source_records = ?, complete = 1 WHERE id = ?').run(JSON.stringify(counts), total, sourceRecords, versionId);
    const source = (this.db.prepare('SELECT source FROM versions WHERE id = ?').get(versionId) as { source: string }).source;
    this.db
      .prepare('INSERT INTO current_versions (source, version_id) VALUES (?, ?) ON CONFLICT(source) DO UPDATE SET version_id = excluded.version_id')
      .run(source, versionId);
    return this.readVersion(versionId)!;
  }

  commit(): void {
    if (!this.open) return;
    this.db.exec('COMMIT');
    this.open = false;
  }

  rollback(): void {
    if (!this.open) return;
    this.db.exec('ROLLBACK');
    this.open = false;
  }
}
