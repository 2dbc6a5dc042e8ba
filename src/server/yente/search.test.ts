import { describe, expect, it } from 'vitest';
import { SearchParams } from './params.js';
import { runSearch } from './search.js';
import { scripted } from './testdata/gateway.js';

const params = (qs: Record<string, unknown> = {}) => SearchParams.parse(qs);
const SCORES: Record<string, [string, number][]> = {
  ivanov: [['us-ofac-sdn:1', 0.7], ['us-ofac-sdn:2', 0.6], ['un-sc:3', 0.5], ['ftm:old', 0.4]],
  nobody: [['us-ofac-sdn:1', 0]],
};

describe('runSearch', () => {
  it('ranks candidates under the threshold too, as a search does, with facets over them', () => {
    const { ctx, calls } = scripted(SCORES);
    const res = runSearch(ctx, 'default', params({ q: 'ivanov' }));
    expect(calls[0]).toMatchObject({ channel: 'yente/search', query: { name: 'ivanov' }, options: { includeBelowThreshold: true } });
    expect(res.results.map((r) => r.id)).toEqual(['us-ofac-sdn-1', 'us-ofac-sdn-2', 'un-sc-3', 'ftm-old']);
    expect(res).toMatchObject({ total: { value: 4, relation: 'eq' }, limit: 10, offset: 0 });
    expect(res.facets.countries.values).toEqual([
      { name: 'cy', label: 'Cyprus', count: 1 }, { name: 'kz', label: 'Kazakhstan', count: 1 }, { name: 'ru', label: 'Russia', count: 1 },
    ]);
    expect(res.facets.datasets.values[0]).toEqual({ name: 'us_ofac_sdn', label: 'OFAC Specially Designated Nationals (SDN) List', count: 2 });
    expect(res.facets.topics.values).toEqual([{ name: 'sanction', label: 'Sanctioned entity', count: 3 }]);
  });

  it('filters by schema, country, dataset, topic and target, and pages', () => {
    const { ctx } = scripted(SCORES);
    const ids = (qs: Record<string, unknown>) => runSearch(ctx, 'default', params({ q: 'ivanov', ...qs })).results.map((r) => r.id);
    expect(ids({ schema: 'Person' })).toEqual(['us-ofac-sdn-1', 'un-sc-3', 'ftm-old']);
    expect(ids({ schema: 'Company' })).toEqual(['us-ofac-sdn-2']);
    expect(ids({ schema: 'Vessel' })).toEqual([]);
    expect(ids({ countries: ['ru', 'kz'] })).toEqual(['us-ofac-sdn-1', 'un-sc-3']);
    expect(ids({ datasets: 'un_sc_sanctions' })).toEqual(['un-sc-3']);
    expect(ids({ target: 'false' })).toEqual(['ftm-old']);
    expect(ids({ exclude_schema: 'LegalEntity' })).toEqual([]);
    expect(ids({ offset: '1', limit: '2' })).toEqual(['us-ofac-sdn-2', 'un-sc-3']);
    expect(runSearch(ctx, 'default', params({ q: 'ivanov', facets: ['schema', 'genders'] })).facets).toEqual({
      schema: { label: 'Entity types', values: [{ name: 'Person', label: 'People', count: 3 }, { name: 'Company', label: 'Companies', count: 1 }] },
      genders: { label: 'Genders', values: [] },
    });
  });

  it('answers an empty page for no query or no hit, and refuses an unknown schema or dataset', () => {
    const { ctx, calls } = scripted(SCORES);
    expect(runSearch(ctx, 'default', params({})).results).toEqual([]);
    expect(calls).toHaveLength(0);
    expect(runSearch(ctx, 'default', params({ q: 'nobody' })).total).toEqual({ value: 0, relation: 'eq' });
    expect(() => runSearch(ctx, 'default', params({ q: 'x', schema: 'Banana' }))).toThrow(expect.objectContaining({ status: 400, detail: 'Invalid schema' }));
    expect(() => runSearch(ctx, 'peps', params({ q: 'x' }))).toThrow(expect.objectContaining({ status: 404 }));
  });
});
