import { describe, expect, it } from 'vitest';
import { ChokepointError } from '../../errors.js';
import { candidateWindow, runMatch } from './match.js';
import { MatchParams, type MatchBody } from './params.js';
import { scripted } from './testdata/gateway.js';

const params = (qs: Record<string, unknown> = {}) => MatchParams.parse(qs);
const ivan = (names: string[], schema = 'Person'): MatchBody => ({ queries: { q: { schema, properties: { name: names } } } });

describe('runMatch', () => {
  it('screens each name and keeps each entity\'s best score, ranked, with yente\'s envelope', () => {
    const { ctx, calls } = scripted({ 'Ivan Ivanov': [['us-ofac-sdn:1', 0.8], ['un-sc:3', 0.95]], 'Ivanov I.': [['us-ofac-sdn:1', 0.9]] });
    const res = runMatch(ctx, 'default', ivan(['Ivan Ivanov', 'Ivanov I.']), params());
    expect(calls.map((c) => [c.query.name, c.channel])).toEqual([['Ivan Ivanov', 'yente/match'], ['Ivanov I.', 'yente/match']]);
    const q = res.responses.q;
    expect(q.results.map((r) => [r.id, r.score])).toEqual([['un-sc-3', 0.95], ['us-ofac-sdn-1', 0.9]]);
    expect(q.results[1]).toMatchObject({ match: true, features: { name_match: 0.9 }, explanations: { name_match: { score: 0.9, detail: "name 'Ivanov I.'" } }, last_seen: '2026-01-01T00:00:00' });
    expect(q.total).toEqual({ value: 2, relation: 'eq' });
    expect(res.limit).toBe(5);
    expect(res.matcher.name_match).toEqual({ description: null, coefficient: 1, url: '' });
  });

  it('keeps results to the query\'s type and yente\'s filters, asking for more candidates when it filters', () => {
    const { ctx, calls } = scripted({ 'Ivan Ivanov': [['us-ofac-sdn:1', 0.9], ['us-ofac-sdn:2', 0.85], ['ftm:old', 0.8]] });
    expect(runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params()).responses.q.results.map((r) => r.id)).toEqual(['us-ofac-sdn-1', 'ftm-old']);
    expect(calls[0].options.limit).toBe(candidateWindow(5, true));
    expect(runMatch(ctx, 'default', ivan(['Ivan Ivanov'], 'LegalEntity'), params({ exclude_schema: 'Person' })).responses.q.results.map((r) => r.id)).toEqual(['us-ofac-sdn-2']);
    expect(runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params({ changed_since: '2024-01-01' })).responses.q.results.map((r) => r.id)).toEqual(['us-ofac-sdn-1']);
    expect(runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params({ exclude_entity_ids: ['us-ofac-sdn:1'] })).responses.q.results.map((r) => r.id)).toEqual(['ftm-old']);
    expect(runMatch(ctx, 'sanctions', ivan(['Ivan Ivanov']), params()).responses.q.results.map((r) => r.id)).toEqual(['us-ofac-sdn-1']);
  });

  it('counts matches in total, cuts results to the limit and says when more may exist', () => {
    const { ctx } = scripted({ 'Ivan Ivanov': [['us-ofac-sdn:1', 0.9], ['un-sc:3', 0.8], ['ftm:old', 0.77]] });
    const q = runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params({ limit: '1' })).responses.q;
    expect(q.results).toHaveLength(1);
    expect(q.total).toEqual({ value: 3, relation: 'eq' });
    // Unfiltered, exactly `limit` candidates are asked for: a full page may hide more matches.
    const thing = runMatch(ctx, 'default', ivan(['Ivan Ivanov'], 'Thing'), params({ limit: '2' })).responses.q;
    expect(thing.results).toHaveLength(2);
    expect(thing.total).toEqual({ value: 2, relation: 'gte' });
  });

  it('keeps near misses above a lower cutoff, flagged match: false by the threshold', () => {
    const { ctx, calls } = scripted({ 'Ivan Ivanov': [['us-ofac-sdn:1', 0.9], ['un-sc:3', 0.6], ['ftm:old', 0.4]] });
    const q = runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params({ cutoff: '0.5' })).responses.q;
    expect(calls[0].options.includeBelowThreshold).toBe(true);
    expect(q.results.map((r) => [r.id, r.match])).toEqual([['us-ofac-sdn-1', true], ['un-sc-3', false]]);
    expect(q.total.value).toBe(1);
    const t = runMatch(ctx, 'default', ivan(['Ivan Ivanov']), params({ threshold: '0.5' })).responses.q;
    expect(t.results.map((r) => [r.id, r.match])).toEqual([['us-ofac-sdn-1', true], ['un-sc-3', true]]);
  });

  it('passes the weights of known features on, and refuses algorithm settings it lacks', () => {
    const { ctx, calls } = scripted({});
    runMatch(ctx, 'default', { ...ivan(['Ivan Ivanov']), weights: { dob_match: 0.1, name_literal: 0.8 } }, params());
    expect(calls[0].options.weights).toEqual({ dob_match: 0.1 });
    expect(() => runMatch(ctx, 'default', { ...ivan(['X']), config: { nm_number_mismatch: 0.4 } }, params())).toThrow(/Invalid configuration parameter: nm_number_mismatch/);
  });

  it('reads every query before screening any: a bad one leaves nothing half done', () => {
    const { ctx, calls } = scripted({});
    const body: MatchBody = { queries: { a: { schema: 'Person', properties: { name: ['A'] } }, b: { schema: 'Banana', properties: { name: ['B'] } } } };
    expect(() => runMatch(ctx, 'default', body, params())).toThrow(/^queries\.b\.schema: /);
    expect(calls).toHaveLength(0);
  });

  it('skips null queries and names with nothing to screen; an unknown dataset is 404', () => {
    const { ctx, calls } = scripted({});
    const res = runMatch(ctx, 'default', { queries: { a: null, b: { schema: 'Person', properties: { name: ['???', 'Ivan'] } } } }, params());
    expect(Object.keys(res.responses)).toEqual(['b']);
    expect(calls.map((c) => c.query.name)).toEqual(['Ivan']);
    expect(() => runMatch(ctx, 'peps', ivan(['Ivan']), params())).toThrow(expect.objectContaining({ status: 404, detail: 'No such dataset.' }));
  });

  it('turns an engine input error into a 400 that names the query field', () => {
    const { ctx } = scripted({});
    ctx.gateway.screen = () => {
      throw new ChokepointError('INVALID_INPUT', 'the name is 1200 characters long; at most 1000 are screened', { field: 'name' });
    };
    expect(() => runMatch(ctx, 'default', ivan(['x'.repeat(1200)]), params())).toThrow(/^queries\.q\.properties\.name: the name is 1200 characters long/);
  });
});
