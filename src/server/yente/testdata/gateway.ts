/**
 * Test fixtures: hand-written list entities and a gateway whose engine scores each name from a script,
 * recording every screening it is asked for.
 */
import type { Entity, Schema } from '../../../model/entity.js';
import type { ScreeningMatch, ScreeningOptions, ScreeningQuery } from '../../../matching/types.js';
import type { Caller, ScreeningGateway, ScreenOutcome } from '../../types.js';
import type { YenteContext } from '../screen.js';

export function entity(id: string, schema: Schema, name: string, over: Partial<Entity> = {}): Entity {
  const [source, sourceId] = id.split(':');
  return {
    id, source, sourceId, schema, names: [{ full: name, kind: 'primary', script: 'Latin' }], birthDates: [], birthPlaces: [], nationalities: [],
    countries: [], addresses: [], identifiers: [], programs: [], lists: [], titles: [], remarks: [], links: [], raw: {}, ...over,
  };
}

export const ENTITIES: readonly Entity[] = [
  entity('us-ofac-sdn:1', 'Person', 'IVANOV, Ivan', { nationalities: ['RU'] }),
  entity('us-ofac-sdn:2', 'Organization', 'IVANOV TRADING LLC', { countries: ['CY'], orgKind: 'company' }),
  entity('un-sc:3', 'Person', 'IVAN IVANOV', { nationalities: ['KZ'] }),
  entity('ftm:old', 'Person', 'Ivan Ivanov', { extra: { last_change: '2020-01-01T00:00:00', target: 'false' } }),
];

export interface Call {
  query: ScreeningQuery;
  options: ScreeningOptions;
  channel: string;
}

export function scripted(scores: Record<string, [string, number][]>, threshold = 0.75): { ctx: YenteContext; calls: Call[] } {
  const calls: Call[] = [];
  const byId = new Map(ENTITIES.map((e) => [e.id, e]));
  const gateway: ScreeningGateway = {
    screen(query, options, _caller, channel): ScreenOutcome {
      calls.push({ query, options, channel });
      const t = options.threshold ?? threshold;
      const matches: ScreeningMatch[] = (scores[query.name] ?? [])
        .filter(([id, s]) => (options.includeBelowThreshold || s >= t) && (!options.sources || options.sources.includes(byId.get(id)!.source)))
        .sort((a, b) => b[1] - a[1])
        .slice(0, options.limit ?? 10)
        .map(([id, score]) => {
          const e = byId.get(id)!;
          return {
            entityId: id, source: e.source, schema: e.schema, caption: e.names[0].full, score, match: score >= t, programs: [],
            name: { name: e.names[0].full, kind: 'primary', score, aligned: [], unmatchedQuery: [], unmatchedCandidate: [] },
            features: [{ feature: 'name_match', score, weight: 1, contribution: score, detail: `name '${query.name}'` }],
            explanation: `scored ${score}`,
          };
        });
      return { query, threshold: t, algorithm: 'chokepoint-v1', matches, candidates: matches.length, screeningId: `s${calls.length}`, listVersions: [], tookMs: 0 };
    },
    entity: (id) => byId.get(id),
    lists: () => [],
  };
  const caller: Caller = { keyId: 'k', name: 'n', role: 'screener' };
  const ctx: YenteContext = { gateway, caller, served: ['us-ofac-sdn', 'un-sc', 'ftm'], lastSeen: new Map([['us-ofac-sdn', '2026-01-01T00:00:00']]) };
  return { ctx, calls };
}
