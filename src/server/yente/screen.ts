/**
 * Screening a yente query through the gateway: every name of the query is one audited screening, and
 * an entity found under several names keeps its best score.
 */
import { isChokepointError } from '../../errors.js';
import type { ScreeningMatch, ScreeningOptions, ScreeningQuery } from '../../matching/types.js';
import type { Caller, ScreeningGateway, ScreenOutcome } from '../types.js';
import { badRequest } from './errors.js';

export interface YenteContext {
  gateway: ScreeningGateway;
  caller: Caller;
  /** Sources of the lists served now. */
  served: readonly string[];
  /** Per source, when its current version was imported (yente's `last_seen`). */
  lastSeen: ReadonlyMap<string, string | null>;
}

export interface NamesScreening {
  /** Best match per entity id, over all names. */
  best: Map<string, ScreeningMatch>;
  outcomes: ScreenOutcome[];
  /** A screening returned as many results as it was allowed: there may be more. */
  truncated: boolean;
}

/** Where an engine input error points in the request, given the field the engine names. */
export type FieldPath = (field: string | undefined) => string;

const ENTITY_FIELDS: Readonly<Record<string, string>> = {
  name: 'properties.name', birthDate: 'properties.birthDate', countries: 'properties.country', schema: 'schema',
};

/** Field paths inside a query entity (`queries.q1.properties.name`). */
export const entityField = (prefix: string): FieldPath => (field) => (field ? `${prefix}.${ENTITY_FIELDS[field] ?? field}` : prefix);

function inputError(e: { message: string; location: { field?: string } }, where: FieldPath): Error {
  const field = e.location.field;
  const message = e.message.replace(/^field '[^']*': /, '');
  // Request-wide settings are named as they are, wherever the query sits.
  if (field === 'threshold' || field?.startsWith('weights.')) return badRequest(`${field}: ${message}`);
  return badRequest(`${where(field)}: ${message}`);
}

/** Whether a name has anything to screen: yente finds nothing for a name of punctuation only. */
export const screenable = (name: string): boolean => /[\p{L}\p{N}]/u.test(name);

export function screenNames(
  ctx: YenteContext,
  channel: string,
  names: readonly string[],
  facts: Omit<ScreeningQuery, 'name'>,
  options: ScreeningOptions,
  where: FieldPath,
): NamesScreening {
  const best = new Map<string, ScreeningMatch>();
  const outcomes: ScreenOutcome[] = [];
  let truncated = false;
  for (const name of names.filter(screenable)) {
    let outcome: ScreenOutcome;
    try {
      outcome = ctx.gateway.screen({ ...facts, name }, options, ctx.caller, channel);
    } catch (e) {
      if (isChokepointError(e) && e.code === 'INVALID_INPUT') throw inputError(e, where);
      throw e;
    }
    outcomes.push(outcome);
    if (options.limit !== undefined && outcome.matches.length >= options.limit) truncated = true;
    for (const m of outcome.matches) {
      const seen = best.get(m.entityId);
      if (!seen || m.score > seen.score) best.set(m.entityId, m);
    }
  }
  return { best, outcomes, truncated };
}
