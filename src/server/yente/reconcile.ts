/**
 * The OpenRefine Reconciliation Service API as yente serves it under /reconcile/{dataset}: the service
 * manifest, and batches of queries ({"q0": {"query": "...", "type": "Person", "properties": [...]}})
 * answered with scored candidates ({"q0": {"result": [{id, name, score, match, type}]}}).
 */
import { caption, type Entity } from '../../model/entity.js';
import { scopeSources, datasetTitle } from './datasets.js';
import { badRequest, YenteError } from './errors.js';
import { keep } from './filters.js';
import { yenteId } from './ids.js';
import { MATCH_PAGE, MAX_BATCH, ReconcileBatch, type EntityExample, type ReconcileQuery } from './params.js';
import { propertyByQname } from './properties.js';
import { parseExample, type ParsedExample } from './query.js';
import { ftmSchema, ftmSchemaOf, matchableSchemata, type FtmSchema } from './schemata.js';
import { entityField, screenNames, type YenteContext } from './screen.js';
import { validate } from './validate.js';

export const RECONCILE_CHANNEL = 'yente/reconcile';

export interface FreebaseType {
  id: string;
  name: string;
  description: string;
}

export interface FreebaseScoredEntity {
  id: string;
  name: string;
  description: string;
  type: FreebaseType[];
  score: number;
  match: boolean;
}

export const freebaseType = (s: FtmSchema): FreebaseType => ({ id: s.name, name: s.plural, description: s.description || s.label });

/**
 * The service manifest. The query string is passed on to the suggest services and the view link, as
 * yente does, so that a key given as `?api_key=` in the service URL reaches them too.
 */
export function reconcileManifest(dataset: string, served: readonly string[], base: string, query: string) {
  if (!scopeSources(dataset, served, [], [])) throw new YenteError(404, 'No such dataset.');
  const service = `${base}/reconcile/${encodeURIComponent(dataset)}`;
  const qs = query ? `?${query}` : '';
  const suggest = (what: string) => ({ service_url: service, service_path: `/suggest/${what}${qs}` });
  return {
    versions: ['0.2'],
    name: `${datasetTitle(dataset, served)} (Chokepoint)`,
    identifierSpace: `${base}/entities/`,
    schemaSpace: 'https://www.opensanctions.org/reference/#schema',
    view: { url: `${base}/entities/{{id}}${qs}` },
    suggest: { entity: suggest('entity'), type: suggest('type'), property: suggest('property') },
    defaultTypes: matchableSchemata().map(freebaseType),
  };
}

/** The batch from a form field or JSON body: a JSON string, or the object itself. */
export function readBatch(queries: unknown): Record<string, ReconcileQuery> {
  let data = queries;
  if (typeof queries === 'string') {
    try {
      data = JSON.parse(queries);
    } catch {
      throw badRequest('Cannot decode query');
    }
  }
  return validate(ReconcileBatch, data, ['queries']);
}

/** A reconciliation query as the entity example yente builds from it. */
function exampleOf(q: ReconcileQuery): EntityExample {
  const schema = (Array.isArray(q.type) ? q.type[0] : q.type) ?? 'Thing';
  const properties: Record<string, string[]> = {};
  if (q.query !== undefined) properties.name = [q.query];
  for (const { pid, v } of q.properties) {
    const prop = propertyByQname(pid);
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string | number => typeof x === 'string' || typeof x === 'number');
    if (prop && values.length) (properties[prop.name] ??= []).push(...values.map(String));
  }
  return { schema, properties };
}

function reconcileOne(ctx: YenteContext, key: string, q: ReconcileQuery, query: ParsedExample, sources: string[]): { result: FreebaseScoredEntity[] } {
  const limit = q.limit ?? MATCH_PAGE;
  if (!query.schema.ours.length || limit === 0) return { result: [] };
  // OpenRefine shows candidates to choose from: near misses are kept, flagged match: false.
  const screened = screenNames(ctx, RECONCILE_CHANNEL, query.names, query.facts, { limit, sources, includeBelowThreshold: true }, entityField(`queries.${key}`));
  const threshold = screened.outcomes[0]?.threshold ?? 1;
  const found: { entity: Entity; score: number }[] = [];
  for (const m of screened.best.values()) {
    const entity = m.score > 0 ? ctx.gateway.entity(m.entityId) : undefined;
    if (entity && keep(entity, { schema: query.schema })) found.push({ entity, score: m.score });
  }
  found.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  const result = found.slice(0, limit).map(({ entity, score }) => {
    const schema = ftmSchema(ftmSchemaOf(entity))!;
    return { id: yenteId(entity.id), name: caption(entity), description: schema.label, type: [freebaseType(schema)], score, match: score >= threshold };
  });
  return { result };
}

export function runReconcile(ctx: YenteContext, dataset: string, batch: Record<string, ReconcileQuery>): Record<string, { result: FreebaseScoredEntity[] }> {
  const sources = scopeSources(dataset, ctx.served, [], []);
  if (!sources) throw new YenteError(404, 'No such dataset.');
  const entries = Object.entries(batch);
  if (entries.length > MAX_BATCH) throw badRequest(`Too many queries in one batch (limit: ${MAX_BATCH})`);
  // Every query is read before any is screened: a bad one fails the batch with nothing half done.
  const parsed = entries.map(([key, q]) => [key, q, parseExample(exampleOf(q), `queries.${key}`)] as const);
  const out: Record<string, { result: FreebaseScoredEntity[] }> = {};
  for (const [key, q, query] of parsed) out[key] = reconcileOne(ctx, key, q, query, sources);
  return out;
}
