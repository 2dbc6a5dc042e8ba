/**
 * Reconciliation suggest services: entities, types and properties for what a user has typed so far.
 * An entity prefix such as "vladimir put" ends in a word still being typed, so entities are also
 * screened by the words before it and ranked first when one of their names has a word it begins.
 */
import { caption, type Entity } from '../../model/entity.js';
import { scopeSources } from './datasets.js';
import { YenteError } from './errors.js';
import { yenteId } from './ids.js';
import { MATCH_PAGE } from './params.js';
import { qname, visibleProperties } from './properties.js';
import { freebaseType, RECONCILE_CHANNEL, type FreebaseType } from './reconcile.js';
import { ftmSchema, ftmSchemaOf, matchableSchemata } from './schemata.js';
import { screenable, screenNames, type YenteContext } from './screen.js';

const OK = { code: '/api/status/ok', status: '200 OK' } as const;

/** yente's match_prefix: a label begins with the prefix, ignoring case; an empty prefix matches nothing. */
export function matchPrefix(prefix: string, ...labels: (string | undefined)[]): boolean {
  const p = prefix.toLowerCase().trim();
  return p.length > 0 && labels.some((l) => l !== undefined && l.toLowerCase().trim().startsWith(p));
}

const words = (text: string): string[] =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether one of the entity's names has a word beginning with the last word typed. */
function completes(entity: Entity, last: string): boolean {
  return entity.names.some((n) => words(n.full).some((w) => w.startsWith(last)));
}

export function suggestEntities(ctx: YenteContext, dataset: string, prefix: string, limit: number) {
  const sources = scopeSources(dataset, ctx.served, [], []);
  if (!sources) throw new YenteError(404, 'No such dataset.');
  const typed = words(prefix);
  if (!screenable(prefix) || limit === 0) return { ...OK, prefix, result: [] };
  const names = [prefix.trim(), ...(typed.length > 1 ? [typed.slice(0, -1).join(' ')] : [])];
  const window = Math.min(100, limit * 5);
  const screened = screenNames(ctx, RECONCILE_CHANNEL, names, {}, { limit: window, sources, includeBelowThreshold: true }, () => 'prefix');
  const last = typed[typed.length - 1] ?? '';
  const ranked: { entity: Entity; score: number; completes: boolean }[] = [];
  for (const m of screened.best.values()) {
    const entity = m.score > 0 ? ctx.gateway.entity(m.entityId) : undefined;
    if (entity) ranked.push({ entity, score: m.score, completes: completes(entity, last) });
  }
  ranked.sort((a, b) => Number(b.completes) - Number(a.completes) || b.score - a.score || a.entity.id.localeCompare(b.entity.id));
  const result = ranked.slice(0, limit).map(({ entity }) => {
    const schema = ftmSchema(ftmSchemaOf(entity))!;
    return { id: yenteId(entity.id), name: caption(entity), description: schema.label, type: [freebaseType(schema)] };
  });
  return { ...OK, prefix, result };
}

export function suggestTypes(prefix: string): { code: string; status: string; prefix: string; result: FreebaseType[] } {
  const result = matchableSchemata().filter((s) => matchPrefix(prefix, s.name, s.label)).map(freebaseType);
  return { ...OK, prefix, result: result.slice(0, MATCH_PAGE) };
}

export function suggestProperties(prefix: string) {
  const schemata = matchableSchemata().map((s) => s.name);
  const result = visibleProperties(schemata)
    .filter((p) => matchPrefix(prefix, p.name, p.label))
    .map((p) => ({ id: qname(p), name: p.label, ...(p.description ? { description: p.description } : {}) }));
  return { ...OK, prefix, result: result.slice(0, MATCH_PAGE) };
}
