/**
 * The shapes the console exchanges with the Chokepoint API (/v1). Matching, entity and list-version
 * types come from the server's own core modules (type-only imports, erased at build), so the console
 * and the server cannot drift apart silently.
 */
import type { ScreeningMatch, ScreeningQuery } from '../../src/matching/types.js';
import type { Entity, Schema } from '../../src/model/entity.js';
import type { DatasetVersion } from '../../src/storage/ports.js';

export type {
  FeatureExplanation, NameMatch, ScreeningMatch, ScreeningQuery, TokenAlignment,
} from '../../src/matching/types.js';
export type {
  Address, CraftInfo, Entity, Identifier, Link, Name, PartialDate, Schema,
} from '../../src/model/entity.js';
export type { DatasetVersion } from '../../src/storage/ports.js';

export type Role = 'screener' | 'analyst' | 'admin';

/** GET /v1/me: who the API key belongs to. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

/** POST /v1/screen body. */
export interface ScreenRequest extends ScreeningQuery {
  threshold?: number;
  limit?: number;
  sources?: string[];
}

export interface ListVersionRef {
  source: string;
  versionId: number;
  label: string;
}

/** POST /v1/screen response. */
export interface ScreenResponse {
  screeningId: string;
  listVersions: ListVersionRef[];
  tookMs: number;
  query: ScreeningQuery;
  threshold: number;
  algorithm: string;
  candidates: number;
  matches: ScreeningMatch[];
}

/** GET /v1/entities/:id response. */
export interface EntityResponse {
  entity: Entity;
  version: DatasetVersion;
}

/** GET /v1/lists response. */
export interface ListsResponse {
  current: DatasetVersion[];
  /** Every version of every source, newest first. */
  versions: DatasetVersion[];
}

export interface EntityDelta {
  id: string;
  caption: string;
  schema: Schema;
}

export interface ChangedEntity extends EntityDelta {
  /** Top-level entity fields that differ between the two versions. */
  fields: string[];
}

export type DiffCategory = 'added' | 'removed' | 'changed';

export interface DiffParams {
  from?: number;
  to?: number;
  limit?: number;
  offset?: number;
}

/** GET /v1/lists/:source/diff response: counts of the whole diff, arrays of one page of each. */
export interface DiffResponse {
  source: string;
  from: DatasetVersion;
  to: DatasetVersion;
  counts: Record<DiffCategory | 'unchanged', number>;
  added: EntityDelta[];
  removed: EntityDelta[];
  changed: ChangedEntity[];
  changedFieldCounts: Record<string, number>;
  warnings: string[];
  limit: number;
  offset: number;
}

/** The error body of every non-2xx response. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** An alert on a payment or shipment decision (GET /v1/alerts/:id): the server's own types. */
import type { Alert as StoredAlert, Review } from '../../src/cases/alert.js';
import type { Evidence, FiredRule } from '../../src/transactions/decide.js';

export type AlertEvidence = Evidence;
export type AlertRule = FiredRule;
export type AlertReview = Review;
export type Alert = Omit<StoredAlert, 'detail'> & { detail: { rules: FiredRule[]; policy: { name: string; version: string } } };

export interface AlertsResponse {
  total: number;
  alerts: Alert[];
  limit: number;
  offset: number;
}

/** POST /v1/payments/screen: one result per message, a decision or the error that stopped it. */
export type PaymentResult =
  | { messageId: string; decision: 'pass' | 'review' | 'hold' | 'block'; rules: FiredRule[]; alertId?: string; policy: { name: string; version: string } }
  | { error: { code: string; message: string; file?: string; line?: number; field?: string } };
