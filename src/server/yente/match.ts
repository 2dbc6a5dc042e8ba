/**
 * POST /match/{dataset}: a batch of query entities, each screened by all its names, answered in
 * yente's EntityMatchResponse shape. Every query is validated before any is screened, so a bad
 * request leaves no half-done screenings in the audit trail.
 */
import type { Entity } from '../../model/entity.js';
import type { ScreeningOptions } from '../../matching/types.js';
import { featureDocs, knownWeights, resolveAlgorithm, type FeatureDoc } from './algorithms.js';
import { scopeSources } from './datasets.js';
import { badRequest, YenteError } from './errors.js';
import { keep, narrows, type ResultFilter } from './filters.js';
import { MAX_BATCH, MAX_MATCHES, type MatchBody, type MatchParams } from './params.js';
import { parseExample, type EchoedExample, type ParsedExample } from './query.js';
import { scoredEntity, type ScoredEntity } from './scored.js';
import { entityField, screenNames, type YenteContext } from './screen.js';

export interface EntityMatches {
  status: number;
  results: ScoredEntity[];
  total: { value: number; relation: 'eq' | 'gte' };
  query: EchoedExample;
}

export interface MatchResponse {
  responses: Record<string, EntityMatches>;
  matcher: Record<string, FeatureDoc>;
  limit: number;
}

export const MATCH_CHANNEL = 'yente/match';

/** How many candidates to ask for: more when filters may drop some of the best. */
export function candidateWindow(limit: number, filtered: boolean): number {
  const wanted = Math.max(1, limit);
  return Math.min(MAX_MATCHES, filtered ? wanted * 3 + 10 : wanted);
}

export function runMatch(ctx: YenteContext, dataset: string, body: MatchBody, params: MatchParams): MatchResponse {
  const sources = scopeSources(dataset, ctx.served, params.include_dataset, params.exclude_dataset);
  if (!sources) throw new YenteError(404, 'No such dataset.');
  const model = resolveAlgorithm(params.algorithm);
  const setting = Object.keys(body.config ?? {})[0];
  if (setting !== undefined) throw badRequest(`Invalid configuration parameter: ${setting} for algorithm ${model.name}`);
  const entries = Object.entries(body.queries);
  if (entries.length > MAX_BATCH) throw badRequest(`Too many queries in one batch (limit: ${MAX_BATCH})`);
  const parsed = entries.flatMap(([key, example]) => (example ? [[key, parseExample(example, `queries.${key}`)] as const] : []));
  if (!parsed.length) throw badRequest('No queries provided.');
  const weights = knownWeights(model, body.weights);
  const responses: Record<string, EntityMatches> = {};
  for (const [key, query] of parsed) responses[key] = matchOne(ctx, key, query, sources, params, weights);
  return { responses, matcher: featureDocs(model, weights), limit: params.limit };
}

function matchOne(ctx: YenteContext, key: string, query: ParsedExample, sources: string[], params: MatchParams, weights?: Record<string, number>): EntityMatches {
  const filter: ResultFilter = {
    schema: query.schema, excludeSchema: params.exclude_schema, topics: params.topics,
    changedSince: params.changed_since, excludeIds: params.exclude_entity_ids,
  };
  // A cutoff under the threshold (yente's deprecated parameter) keeps near misses, flagged match: false.
  const nearMisses = params.cutoff !== undefined && (params.threshold === undefined || params.cutoff < params.threshold);
  const options: ScreeningOptions = {
    limit: candidateWindow(params.limit, narrows(filter)),
    sources,
    ...(params.threshold !== undefined ? { threshold: params.threshold } : {}),
    ...(weights ? { weights } : {}),
    ...(nearMisses ? { includeBelowThreshold: true } : {}),
  };
  // A query with identifiers but no name (a vessel by IMO number) is screened under its first identifier:
  // the engine puts entities sharing an identifier first whatever their names. A type no list holds
  // (Security, CryptoWallet) finds nothing; it is not screened as something else.
  const names = !query.schema.ours.length ? [] : query.names.length ? query.names : (query.facts.identifiers ?? []).slice(0, 1);
  const screened = screenNames(ctx, MATCH_CHANNEL, names, query.facts, options, entityField(`queries.${key}`));
  const threshold = params.threshold ?? screened.outcomes[0]?.threshold ?? 1;
  const floor = nearMisses ? Math.min(params.cutoff!, threshold) : threshold;
  const kept: { id: string; score: number; result: () => ScoredEntity }[] = [];
  for (const m of screened.best.values()) {
    if (m.score < floor || (nearMisses && m.score <= floor)) continue;
    const entity: Entity | undefined = ctx.gateway.entity(m.entityId);
    if (!entity || !keep(entity, filter)) continue;
    kept.push({ id: m.entityId, score: m.score, result: () => scoredEntity(m, entity, ctx.lastSeen.get(entity.source) ?? null, threshold) });
  }
  kept.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return {
    status: 200,
    results: kept.slice(0, params.limit).map((k) => k.result()),
    total: { value: kept.filter((k) => k.score >= threshold).length, relation: screened.truncated ? 'gte' : 'eq' },
    query: query.echo,
  };
}
