/**
 * GET /search/{dataset}: a name searched as one screening that keeps candidates under the match
 * threshold, ranked by score, filtered and paged as yente does, with facets over what was kept.
 */
import { scopeSources } from './datasets.js';
import { toYenteEntity, type YenteEntity } from './entity.js';
import { badRequest, YenteError } from './errors.js';
import { buildFacets, type SearchFacet } from './facets.js';
import { keep, narrows, type ResultFilter } from './filters.js';
import { MAX_MATCHES, type SearchParams } from './params.js';
import { ftmSchema, screeningSchema } from './schemata.js';
import { screenable, screenNames, type YenteContext } from './screen.js';

export interface SearchResponse {
  results: YenteEntity[];
  facets: Record<string, SearchFacet>;
  total: { value: number; relation: 'eq' | 'gte' };
  limit: number;
  offset: number;
}

export const SEARCH_CHANNEL = 'yente/search';

export function runSearch(ctx: YenteContext, dataset: string, params: SearchParams): SearchResponse {
  const sources = scopeSources(dataset, ctx.served, params.include_dataset, params.exclude_dataset);
  if (!sources) throw new YenteError(404, 'No such dataset.');
  const schema = ftmSchema(params.schema);
  if (!schema) throw badRequest('Invalid schema');
  const filter: ResultFilter = {
    schema, excludeSchema: params.exclude_schema, topics: params.topics, changedSince: params.changed_since,
    countries: params.countries, datasets: params.datasets, target: params.target,
  };
  const q = params.q.trim();
  // Without a name there is nothing to screen: Chokepoint does not browse its lists through this API.
  if (!screenable(q) || !schema.ours.length) {
    return { results: [], facets: buildFacets([], params.facets, ctx.served), total: { value: 0, relation: 'eq' }, limit: params.limit, offset: params.offset };
  }
  const wanted = params.offset + Math.max(params.limit, 1);
  const window = Math.min(MAX_MATCHES, narrows(filter) ? wanted * 2 + 20 : wanted);
  const ours = screeningSchema(schema);
  const screened = screenNames(ctx, SEARCH_CHANNEL, [q], ours ? { schema: ours } : {}, { limit: window, sources, includeBelowThreshold: true }, () => 'q');
  const kept: YenteEntity[] = [];
  // The outcome is ranked best first; a candidate that shares nothing with the query scores 0 and is not a hit.
  for (const m of screened.outcomes[0]?.matches ?? []) {
    const entity = m.score > 0 ? ctx.gateway.entity(m.entityId) : undefined;
    if (entity && keep(entity, filter)) kept.push(toYenteEntity(entity, ctx.lastSeen.get(entity.source) ?? null));
  }
  return {
    results: kept.slice(params.offset, params.offset + params.limit),
    facets: buildFacets(kept, params.facets, ctx.served),
    total: { value: kept.length, relation: screened.truncated ? 'gte' : 'eq' },
    limit: params.limit,
    offset: params.offset,
  };
}

