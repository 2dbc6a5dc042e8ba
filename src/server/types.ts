/**
 * What the HTTP layer needs from the application: screening with an audit record, entities and list
 * versions. Routes depend on these interfaces only, so that they can be tested with fakes.
 */
import 'fastify';
import type { Entity } from '../model/entity.js';
import type { ScreeningOptions, ScreeningQuery, ScreeningResult } from '../matching/types.js';

export type Role = 'screener' | 'analyst' | 'admin';

/** Who is calling: the API key's id (never the key itself) and its role. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

export interface ListVersionRef {
  source: string;
  versionId: number;
  label: string;
}

/** A screening as the API returns it: the engine's result plus what makes it traceable. */
export interface ScreenOutcome extends ScreeningResult {
  /** Id of the audit record of this screening. */
  screeningId: string;
  /** The list versions screened against. */
  listVersions: ListVersionRef[];
  tookMs: number;
}

/** One list a deployment serves now. */
export interface ServedList {
  source: string;
  label: string;
  versionId: number;
  publishedAt?: string;
  importedAt: string;
  total: number;
}

export interface ScreeningGateway {
  /**
   * Screen one query and record it (input, result ids and scores, list versions, algorithm, caller)
   * in the audit trail. `channel` says which endpoint asked ('v1/screen', 'yente/match', ...).
   */
  screen(query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string): ScreenOutcome;
  /** An entity as served now, or undefined. */
  entity(id: string): Entity | undefined;
  /** The lists served now. */
  lists(): ServedList[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every route that needs a key. */
    caller?: Caller;
  }
}
