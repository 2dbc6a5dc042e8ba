/**
 * Storage ports: what the rest of Chokepoint needs from a store, independent of SQLite or PostgreSQL.
 * Adapters live in storage/<engine>/ and are chosen at the edge.
 */
import type { Entity, Schema } from '../model/entity.js';

export interface SourceFile {
  role: string;
  /** File name (not the full path: paths differ between machines). */
  name: string;
  bytes: number;
  sha256: string;
}

/** One imported version of one list. */
export interface DatasetVersion {
  id: number;
  source: string;
  label: string;
  publishedAt?: string;
  /** SHA-256 over the files' own checksums, by role. */
  checksum: string;
  importedAt: string;
  files: SourceFile[];
  countsBySchema: Partial<Record<Schema, number>>;
  /** Entities in the version. */
  total: number;
  /** Records (rows) read from the source files; above `total` where rows were merged per entity. */
  sourceRecords: number;
}

export type NewVersion = Omit<DatasetVersion, 'id' | 'countsBySchema' | 'total' | 'sourceRecords'>;

export interface StoredEntity {
  entity: Entity;
  /** Content hash of the entity as stored. */
  hash: string;
  versionId: number;
}

export interface EntityDelta {
  id: string;
  caption: string;
  schema: Schema;
  /** Top-level entity fields that differ (for changed entities). */
  fields?: string[];
}

export interface VersionDiff {
  source: string;
  from: DatasetVersion;
  to: DatasetVersion;
  added: EntityDelta[];
  removed: EntityDelta[];
  changed: EntityDelta[];
  unchangedCount: number;
  /** How many changed entities changed in each field. */
  changedFieldCounts: Record<string, number>;
  /** Caveats an analyst must know, e.g. that the two versions were built from different file sets. */
  warnings: string[];
}

/** A write session: everything written through it lands at commit, or nothing does. */
export interface ImportSession {
  startVersion(meta: NewVersion): number;
  putEntity(versionId: number, entity: Entity): void;
  /** The reader found the publication date inside the files. */
  setPublishedAt(versionId: number, date: string | undefined): void;
  /** Record counts and make the version the current one for its source. */
  finishVersion(versionId: number, sourceRecords: number): DatasetVersion;
  commit(): void;
  rollback(): void;
}

export interface ListStore {
  beginImport(): ImportSession;
  /** All versions, newest first, optionally of one source. */
  versions(source?: string): DatasetVersion[];
  /** The version each source serves now. */
  currentVersions(): DatasetVersion[];
  version(id: number): DatasetVersion | undefined;
  /** An entity as served now (current version of its source), or in a given version. */
  entity(id: string, versionId?: number): StoredEntity | undefined;
  /** Every entity of the current versions (or of the given versions), streamed. */
  entities(versionIds?: number[]): IterableIterator<Entity>;
  diff(fromVersionId: number, toVersionId: number): VersionDiff;
  close(): void;
}

/** An API key as stored: never the key itself, only its hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: 'screener' | 'analyst' | 'admin';
  ratePerMinute: number;
  createdAt: string;
  revokedAt?: string;
}

export interface KeyStore {
  create(record: Omit<ApiKeyRecord, 'revokedAt'>, keyHash: string): void;
  /** The live (not revoked) key with this hash. */
  byHash(keyHash: string): ApiKeyRecord | undefined;
  list(): ApiKeyRecord[];
  /** Returns false when there is no such live key. */
  revoke(id: string, at: string): boolean;
  count(): number;
}

/** What an audit row records of one screening. */
export interface AuditEntry {
  id: string;
  at: string;
  keyId: string;
  keyName: string;
  role: string;
  /** Which endpoint or job asked. */
  channel: string;
  input: unknown;
  listVersions: unknown;
  algorithm: string;
  threshold: number;
  /** The result: entity ids with their scores. */
  result: unknown;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  /** The hash of the last row: keep it elsewhere to detect a truncated tail later. */
  head: string;
  problems: { seq: number; problem: string }[];
}

export interface AuditLog {
  /** Append entries in one transaction, chained to the current head. */
  append(entries: AuditEntry[]): AuditRecord[];
  /** Newest first. */
  recent(limit: number, beforeSeq?: number): AuditRecord[];
  get(id: string): AuditRecord | undefined;
  verify(): AuditVerification;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobRecord {
  id: string;
  keyId: string;
  status: JobStatus;
  total: number;
  done: number;
  options: unknown;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  error?: string;
}

export interface JobStore {
  create(job: Omit<JobRecord, 'done' | 'status' | 'startedAt' | 'finishedAt' | 'error'>, queries: unknown[]): void;
  get(id: string): JobRecord | undefined;
  /** Jobs left queued or running (after a restart). */
  unfinished(): JobRecord[];
  /** The next `n` queries not yet screened, in order. */
  pending(id: string, n: number): { n: number; query: unknown }[];
  /**
   * Record results and their audit rows in one transaction: after a crash a query is either screened
   * and audited, or neither.
   */
  complete(id: string, results: { n: number; result: unknown }[], audit: AuditEntry[]): void;
  setStatus(id: string, status: JobStatus, at: string, error?: string): void;
  results(id: string): IterableIterator<{ n: number; query: unknown; result: unknown }>;
}

export interface AlertStore {
  insert(alert: import('../cases/alert.js').Alert): void;
  get(id: string): import('../cases/alert.js').Alert | undefined;
  /** Newest first; `status` filters. */
  list(opts: { status?: string[]; limit: number; offset: number }): { total: number; alerts: import('../cases/alert.js').Alert[] };
  /** Save a reviewed alert, and when it is cleared, the suppression keys of its matches, in one transaction. */
  update(alert: import('../cases/alert.js').Alert, suppress: string[], at: string): void;
  isSuppressed(key: string): boolean;
}
