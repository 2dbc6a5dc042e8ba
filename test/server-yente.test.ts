/**
 * The yente-compatible endpoints over a real engine (OFAC SDN 2024-05-03 and the UN consolidated list),
 * replaying yente's own documented examples:
 * - the POST /match docstring example (opensanctions/yente yente/routers/match.py),
 * - examples/match_api.py (Rotenberg in two scripts, Stroygazmontazh by jurisdiction),
 * - tests/unit/test_match.py (Putin with `country: "Russia"`, Ermakov's 20 spellings, errors, filters),
 * - tests/unit/test_search.py (search, schema and country filters, paging bounds),
 * - tests/unit/test_reconcile.py (manifest, form-posted queries, suggest services),
 * and checking the shapes a yente client reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import '../src/importers/all.js';
import { discoverDatasets, importerFor } from '../src/importers/registry.js';
import { buildEngine } from '../src/matching/engine.js';
import type { ScreeningEngine, ScreeningOptions, ScreeningQuery } from '../src/matching/types.js';
import type { Entity } from '../src/model/entity.js';
import type { Caller, ScreeningGateway, ScreenOutcome, ServedList } from '../src/server/types.js';
import { registerYenteRoutes } from '../src/server/yente/routes.js';
import { installAuth } from '../src/server/auth.js';
import { createApiKey } from '../src/service/keys.js';
import { RateLimiter } from '../src/service/rate-limit.js';
import type { ApiKeyRecord, KeyStore } from '../src/storage/ports.js';
import { LISTS } from './helpers.js';

const CALLER: Caller = { keyId: 'key-1', name: 'yente client', role: 'screener' };

/** The gateway the server would give: the engine, plus a record of every screening asked for. */
class EngineGateway implements ScreeningGateway {
  readonly calls: { query: ScreeningQuery; options: ScreeningOptions; caller: Caller; channel: string }[] = [];
  failWith?: Error;
  constructor(private readonly engine: ScreeningEngine, private readonly byId: Map<string, Entity>, private readonly served: ServedList[]) {}
  screen(query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string): ScreenOutcome {
    if (this.failWith) throw this.failWith;
    this.calls.push({ query, options, caller, channel });
    return { ...this.engine.screen(query, options), screeningId: `s-${this.calls.length}`, listVersions: [], tookMs: 0 };
  }
  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }
  lists(): ServedList[] {
    return this.served;
  }
}

let gateway: EngineGateway;
let app: FastifyInstance;

beforeAll(async () => {
  const refs = [resolve(LISTS, 'us-ofac-sdn/2024-05-03'), resolve(LISTS, 'un-sc-consolidated')].flatMap((p) => discoverDatasets(p, undefined, { skipUnknown: true }));
  const entities: Entity[] = [];
  const served: ServedList[] = [];
  for (const [i, ref] of refs.entries()) {
    const before = entities.length;
    for await (const e of importerFor(ref.source).read(ref, { setPublishedAt: () => {} })) entities.push(e);
    served.push({ source: ref.source, label: ref.label, versionId: i + 1, importedAt: '2026-01-02T03:04:05Z', total: entities.length - before });
  }
  gateway = new EngineGateway(buildEngine(entities), new Map(entities.map((e) => [e.id, e])), served);
  app = Fastify();
  // The server's authentication hook sets the caller; here every request is the same client.
  app.addHook('onRequest', async (request) => {
    request.caller = CALLER;
  });
  app.setErrorHandler((err, _request, reply) => reply.code(500).send({ error: { code: 'INTERNAL', message: 'logged' } }));
  registerYenteRoutes(app, gateway);
  await app.ready();
});

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
const get = (url: string) => app.inject({ method: 'GET', url });
const PUTIN = { schema: 'Person', properties: { name: ['Vladimir Putin'], birthDate: ['1952'], country: 'Russia' } };

describe('POST /match/{dataset}', () => {
  it('answers the docstring example of yente/routers/match.py in yente\'s shape', async () => {
    const res = await post('/match/default', {
      queries: {
        entity1: { schema: 'Person', properties: { name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] } },
        entity2: { schema: 'Company', properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] } },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['x-batch-size']).toBe('2');
    const data = res.json();
    expect(data.limit).toBe(5);
    expect(data.matcher.name_match).toMatchObject({ coefficient: 1 });
    for (const key of ['entity1', 'entity2']) {
      expect(data.responses[key]).toMatchObject({ status: 200, results: expect.any(Array), total: { value: expect.any(Number), relation: expect.stringMatching(/^(eq|gte)$/) } });
    }
    expect(data.responses.entity1.query).toEqual({ id: null, schema: 'Person', properties: { name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] } });
    expect(data.responses.entity2.query.properties).toEqual({ name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] });
  });

  it('finds Putin as tests/unit/test_match.py does, echoing `country: "Russia"` as ["ru"]', async () => {
    gateway.calls.length = 0;
    const res = await post('/match/default', { queries: { vv: PUTIN, xx: PUTIN, zz: PUTIN } });
    expect(res.statusCode, res.body).toBe(200);
    const vv = res.json().responses.vv;
    expect(vv.query.schema).toBe('Person');
    expect(vv.query.properties.country[0]).toBe('ru');
    expect(vv.total.value).toBeGreaterThan(0);
    const top = vv.results[0];
    expect(top).toMatchObject({
      id: 'us-ofac-sdn-35096', caption: 'PUTIN, Vladimir Vladimirovich', schema: 'Person', match: true, target: true,
      datasets: ['us_ofac_sdn'], referents: ['us-ofac-sdn:35096'], first_seen: null, last_seen: '2026-01-02T03:04:05', last_change: null,
    });
    expect(top.score).toBeGreaterThan(0.7);
    expect(top.properties).toMatchObject({
      name: ['PUTIN, Vladimir Vladimirovich'], birthDate: ['1952-10-07'], nationality: ['ru'], gender: ['male'],
      topics: ['sanction'], program: ['RUSSIA-EO14024'], firstName: ['Vladimir Vladimirovich'], lastName: ['PUTIN'],
    });
    expect(top.features.name_match).toBeGreaterThan(0.8);
    expect(top.explanations.name_match.detail).toContain("'PUTIN, Vladimir Vladimirovich'");
    expect(top.explanations.dob_match.contribution).toBeGreaterThan(0);
    expect(top.explanation).toEqual(expect.any(String));
    expect(gateway.calls.map((c) => c.channel)).toEqual(['yente/match', 'yente/match', 'yente/match']);
    expect(gateway.calls[0]).toMatchObject({ caller: CALLER, query: { name: 'Vladimir Putin', schema: 'Person', birthDate: '1952', countries: ['RU'] } });
  });

  it('replays examples/match_api.py against /match/sanctions: Rotenberg in two scripts, Stroygazmontazh by jurisdiction', async () => {
    const res = await post('/match/sanctions', {
      queries: {
        q1: { schema: 'Person', properties: { name: ['Arkadiii Romanovich Rotenberg', 'Ротенберг Аркадий'], birthDate: ['1951'] } },
        q2: { schema: 'Company', properties: { name: ['Stroygazmontazh'], jurisdiction: ['Russia'] } },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { q1, q2 } = res.json().responses;
    expect(q1.results[0]).toMatchObject({ id: 'us-ofac-sdn-16669', caption: 'ROTENBERG, Arkady Romanovich', match: true });
    expect(q2.query.properties.jurisdiction).toEqual(['ru']);
    expect(q2.results[0]).toMatchObject({ id: 'us-ofac-sdn-16828', caption: 'STROYGAZMONTAZH', match: true });
    expect(['Company', 'Organization']).toContain(q2.results[0].schema);
  });

  it('screens each of Ermakov\'s 20 spellings (test_match_ermakov) and passes the query id through', async () => {
    const names = [
      'ERMAKOV Valery Nikolaevich', 'Ermacov Valeryi Nycolaevych', 'Ermakov Valerij Nikolaevich', 'Ermakov Valerij Nikolaevič',
      'Ermakov Valerijj Nikolaevich', 'Ermakov Valeriy Nikolaevich', 'Ermakov Valery Nykolaevych', 'Ermakov Valeryi Nykolaevych',
      'Ermakov Valeryy Nikolaevich', 'Ermakov Valeryy Nykolaevych', 'Ermakov Valerȳĭ Nȳkolaevȳch', 'Iermakov Valerii Mykolaiovych',
      'Jermakov Valerij Mikolajovich', 'Jermakov Valerij Mikolajovič', 'Jermakov Valerij Mykolajovyč', 'Yermakov Valerii Mykolaiovych',
      'Yermakov Valerij Mykolajovych', 'Yermakov Valeriy Mykolayovych', 'Êrmakov Valerìj Mikolajovič', 'ЕРМАКОВ Валерий Николаевич',
    ];
    gateway.calls.length = 0;
    const res = await post('/match/default', { queries: { no1: { id: 'ermakov', schema: 'Person', properties: { name: names } } } });
    expect(res.statusCode, res.body).toBe(200);
    const no1 = res.json().responses.no1;
    expect(no1.query).toMatchObject({ id: 'ermakov', schema: 'Person' });
    expect(no1.results).toEqual(expect.any(Array));
    expect(gateway.calls.map((c) => c.query.name)).toEqual(names);
  });

  it('finds a vessel by IMO number alone', async () => {
    const res = await post('/match/default', { queries: { ship: { schema: 'Vessel', properties: { imoNumber: ['7406784'] } } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().responses.ship.results[0]).toMatchObject({ id: 'us-ofac-sdn-4243', schema: 'Vessel', match: true, properties: { imoNumber: ['7406784'] } });
  });

  it('filters by dataset and topic as test_match_include_dataset/exclude_dataset/filter_topic do', async () => {
    const hits = async (qs: string) => (await post(`/match/default?${qs}`, { queries: { vv: PUTIN } })).json().responses.vv.results;
    expect(await hits('include_dataset=un_sc_sanctions')).toHaveLength(0);
    expect((await hits('include_dataset=us_ofac_sdn&include_dataset=un_sc_sanctions')).length).toBeGreaterThan(0);
    expect(await hits('exclude_dataset=us_ofac_sdn')).toHaveLength(0);
    expect(await hits('topics=crime.cyber')).toHaveLength(0);
    expect((await hits('topics=sanction')).length).toBeGreaterThan(0);
    expect(await hits('exclude_schema=Person')).toHaveLength(0);
    expect(await hits('exclude_entity_ids=us-ofac-sdn-35096')).toHaveLength(0);
    expect((await hits('algorithm=name-based')).length).toBeGreaterThan(0);
  });

  it('keeps near misses under a lower cutoff, flagged match: false', async () => {
    const res = await post('/match/default?cutoff=0.3&limit=10', { queries: { p: { schema: 'Person', properties: { name: ['Vladimir Popov'] } } } });
    const results = res.json().responses.p.results;
    expect(results.some((r: { match: boolean }) => !r.match)).toBe(true);
    expect(results.every((r: { score: number }) => r.score > 0.3)).toBe(true);
  });

  it('refuses bad requests with 400 and yente\'s {"detail"}, naming the field', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['/match/default', { queries: { fail: { properties: { name: 'Banana' } } } }, /^queries\.fail\.schema: required/],
      ['/match/default', { queries: { fail: { schema: 'xxx', properties: { name: 'Banana' } } } }, /^queries\.fail\.schema: Cannot parse example entity/],
      ['/match/default', { queries: { q1: { schema: 'Person', properties: { name: 42 } } } }, /^queries\.q1\.properties\.name: expected a string or a list of strings/],
      ['/match/default', { queries: { q1: { schema: 'Person', properties: { name: [{ a: 1 }] } } } }, /^queries\.q1\.properties\.name/],
      ['/match/default', { queries: {} }, /^No queries provided\./],
      ['/match/default', { queries: { q1: { schema: 'Person', properties: { name: ['x'.repeat(1001)] } } } }, /^queries\.q1\.properties\.name: the name is 1001 characters long/],
      ['/match/default', { nothing: 1 }, /^queries: /],
      ['/match/default?algorithm=neural-net', { queries: { vv: PUTIN } }, /^Invalid algorithm: neural-net/],
      ['/match/default?limit=501', { queries: { vv: PUTIN } }, /^limit: /],
      ['/match/default?threshold=abc', { queries: { vv: PUTIN } }, /^threshold: /],
      ['/match/default?changed_since=yesterday', { queries: { vv: PUTIN } }, /^changed_since: /],
      ['/match/default', { queries: { vv: PUTIN }, config: { nm_number_mismatch: 0.4 } }, /^Invalid configuration parameter: nm_number_mismatch/],
      ['/match/default', { queries: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, PUTIN])) }, /^Too many queries in one batch \(limit: 100\)/],
    ];
    for (const [url, body, detail] of cases) {
      const res = await post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body).slice(0, 80)}: ${res.body}`).toBe(400);
      expect(res.json().detail).toMatch(detail);
    }
  });

  it('answers malformed JSON with 400, an unknown dataset with 404, and ignores unknown properties', async () => {
    const bad = await app.inject({ method: 'POST', url: '/match/default', headers: { 'content-type': 'application/json' }, payload: '{"queries": {' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ detail: expect.any(String) });
    const missing = await post('/match/no_such_list', { queries: { vv: PUTIN } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ detail: 'No such dataset.' });
    const extra = await post('/match/default', { queries: { vv: { ...PUTIN, properties: { ...PUTIN.properties, banana: ['x'], kppCode: ['770401001'], imoNumber: ['9187629'] } } } });
    expect(extra.statusCode).toBe(200);
    expect(Object.keys(extra.json().responses.vv.query.properties).sort()).toEqual(['birthDate', 'country', 'name']);
  });

  it('leaves a server failure to the server\'s error handler, never a crash', async () => {
    gateway.failWith = new Error('disk on fire');
    try {
      const res = await post('/match/default', { queries: { vv: PUTIN } });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: 'logged' } });
    } finally {
      gateway.failWith = undefined;
    }
  });
});

describe('GET /search/{dataset} (tests/unit/test_search.py)', () => {
  it('ranks Putin first for "vladimir putin", with facets and totals', async () => {
    const res = await get('/search/default?q=vladimir%20putin');
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data).toMatchObject({ limit: 10, offset: 0, total: { value: expect.any(Number), relation: expect.any(String) } });
    expect(data.results[0]).toMatchObject({ id: 'us-ofac-sdn-35096', caption: 'PUTIN, Vladimir Vladimirovich' });
    expect(data.results[0].score).toBeUndefined();
    expect(Object.keys(data.facets).sort()).toEqual(['countries', 'datasets', 'topics']);
    expect(data.facets.datasets.values[0]).toMatchObject({ name: 'us_ofac_sdn', label: 'OFAC Specially Designated Nationals (SDN) List' });
    expect(gateway.calls.at(-1)?.channel).toBe('yente/search');
  });

  it('filters by schema and country and pages within yente\'s bounds', async () => {
    const results = async (qs: string) => {
      const res = await get(`/search/default?${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await get('/search/default?q=angela%20merkel&schema=Banana')).statusCode).toBe(400);
    expect((await results('q=angela%20merkel&schema=Vessel')).results).toHaveLength(0);
    expect((await results('q=vladimir%20putin&schema=Person')).results.length).toBeGreaterThan(0);
    expect((await results('q=vladimir%20putin&countries=ke')).results).toHaveLength(0);
    const ru = await results('q=vladimir%20putin&countries=ru');
    const names = ru.facets.countries.values.map((v: { name: string }) => v.name);
    expect(names).toContain('ru');
    expect(names).not.toContain('ke');
    expect((await results('limit=0&q=vladimir%20putin')).results).toHaveLength(0);
    // Every "Vladimir" on the SDN list shares a name part with the query, as every one would match
    // yente's text query: past the last of them the page is empty.
    const all = await results('limit=500&q=vladimir%20putin');
    const far = await results(`offset=${all.total.value}&q=vladimir%20putin`);
    expect(far.results).toHaveLength(0);
    expect(far.offset).toBe(all.total.value);
    const second = await results('offset=1&limit=1&q=vladimir%20putin');
    expect(second.results[0].id).toBe(all.results[1].id);
    expect((await get('/search/default?limit=10000&q=putin')).statusCode).toBe(400);
    expect((await get('/search/default?offset=9999&q=putin')).statusCode).toBe(400);
    const long = await get(`/search/default?q=${'x'.repeat(1001)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toMatch(/^q: the name is 1001 characters long/);
    expect((await results('limit=500&q=putin')).limit).toBe(500);
    expect((await results('q=putin&target=false')).results).toHaveLength(0);
  });

  it('returns a well-formed empty page without a query (it does not browse the lists)', async () => {
    const data = (await get('/search/default')).json();
    expect(data).toMatchObject({ results: [], total: { value: 0, relation: 'eq' }, limit: 10, offset: 0 });
    expect(data.facets.topics).toEqual({ label: 'Topics', values: [] });
  });
});

describe('GET /entities/{id}, /catalog, /algorithms', () => {
  it('serves an entity nested with its designation; its native id redirects; an unknown id is 404', async () => {
    const res = await get('/entities/us-ofac-sdn-35096');
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e).toMatchObject({ id: 'us-ofac-sdn-35096', schema: 'Person', caption: 'PUTIN, Vladimir Vladimirovich' });
    expect(e.properties.sanctions[0]).toMatchObject({ schema: 'Sanction', properties: { authority: ['US Treasury, OFAC'], program: ['RUSSIA-EO14024'] } });
    expect((await get('/entities/us-ofac-sdn-35096?nested=false')).json().properties.sanctions).toBeUndefined();
    const redirect = await get('/entities/us-ofac-sdn:35096');
    expect(redirect.statusCode).toBe(308);
    expect(redirect.headers.location).toBe('/entities/us-ofac-sdn-35096');
    const missing = await get('/entities/Q7747');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ detail: 'No such entity!' });
  });

  it('lists the datasets and collections in the catalog', async () => {
    const data = (await get('/catalog')).json();
    const names = data.datasets.map((d: { name: string }) => d.name);
    expect(names).toEqual(['default', 'sanctions', 'us_ofac_sdn', 'un_sc_sanctions']);
    expect(data.datasets[0]).toMatchObject({ load: false, children: ['us_ofac_sdn', 'un_sc_sanctions'] });
    expect(data.datasets[2]).toMatchObject({ title: 'OFAC Specially Designated Nationals (SDN) List', load: true, version: '2024-05-03-1', index_current: true });
    expect(data).toMatchObject({ current: ['us_ofac_sdn', 'un_sc_sanctions'], outdated: [], index_stale: false });
  });

  it('describes the algorithm', async () => {
    const data = (await get('/algorithms')).json();
    expect(data).toMatchObject({ default: 'chokepoint-v1', best: 'chokepoint-v1' });
    expect(data.algorithms[0].features.dob_year_disjoint.coefficient).toBeLessThan(0);
  });
});

describe('OpenRefine reconciliation (tests/unit/test_reconcile.py)', () => {
  it('serves the manifest, passing the query string on to the suggest services', async () => {
    const res = await get('/reconcile/default?api_key=k');
    expect(res.statusCode).toBe(200);
    const data = res.json();
    expect(data).toMatchObject({ versions: ['0.2'], schemaSpace: 'https://www.opensanctions.org/reference/#schema' });
    expect(data.identifierSpace).toMatch(/^http:\/\/.+\/entities\/$/);
    expect(data.defaultTypes.length).toBeGreaterThan(3);
    expect(data.suggest.entity).toEqual({ service_url: expect.stringMatching(/\/reconcile\/default$/), service_path: '/suggest/entity?api_key=k' });
    expect((await get('/reconcile/nope')).statusCode).toBe(404);
  });

  it('answers a batch posted as the form field `queries`', async () => {
    gateway.calls.length = 0;
    const queries = { q0: { query: 'Vladimir Putin', type: 'Person' }, q1: { query: 'Stroygazmontazh', type: 'Organization', properties: [{ pid: 'Thing:country', v: 'ru' }] } };
    const res = await app.inject({
      method: 'POST', url: '/reconcile/default',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      payload: new URLSearchParams({ queries: JSON.stringify(queries) }).toString(),
    });
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.q0.result[0]).toEqual({
      id: 'us-ofac-sdn-35096', name: 'PUTIN, Vladimir Vladimirovich', description: 'Person', score: expect.any(Number), match: true,
      type: [{ id: 'Person', name: 'People', description: expect.any(String) }],
    });
    expect(data.q1.result[0]).toMatchObject({ id: 'us-ofac-sdn-16828', match: true });
    expect(gateway.calls.map((c) => c.channel)).toEqual(['yente/reconcile', 'yente/reconcile']);
    expect(gateway.calls[1].query.countries).toEqual(['RU']);
  });

  it('takes the batch as JSON too, and refuses an undecodable one', async () => {
    const json = await post('/reconcile/sanctions', { queries: { q0: { query: 'Yevgeny Popov' } } });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json().q0.result[0]).toMatchObject({ id: 'us-ofac-sdn-35707', match: true });
    const invalid = await app.inject({
      method: 'POST', url: '/reconcile/default', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ queries: JSON.stringify({ mutti: { query: 37473874 } }) }).toString(),
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().detail).toMatch(/^queries\.mutti\.query: /);
    const garbage = await app.inject({ method: 'POST', url: '/reconcile/default', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'queries=%7Bnope' });
    expect(garbage.json()).toEqual({ detail: 'Cannot decode query' });
  });

  it('suggests entities, types and properties for a prefix', async () => {
    expect((await get('/reconcile/default/suggest/entity')).json().result).toEqual([]);
    const putin = (await get('/reconcile/default/suggest/entity?prefix=vladimir%20put')).json().result;
    expect(putin[0]).toMatchObject({ id: 'us-ofac-sdn-35096', name: 'PUTIN, Vladimir Vladimirovich' });
    expect((await get('/reconcile/default/suggest/type')).json().result).toEqual([]);
    const types = (await get('/reconcile/default/suggest/type?prefix=organ')).json();
    expect(types).toMatchObject({ code: '/api/status/ok', status: '200 OK', prefix: 'organ' });
    expect(types.result.map((t: { id: string }) => t.id)).toEqual(['Organization']);
    const props = (await get('/reconcile/default/suggest/property?prefix=country')).json().result.map((p: { id: string }) => p.id);
    expect(props).toEqual(expect.arrayContaining(['LegalEntity:mainCountry', 'Thing:country']));
    expect((await get('/reconcile/default/suggest/property?prefix=banana')).json().result).toEqual([]);
  });
});

describe('behind the server\'s authentication', () => {
  it('needs a key, takes it as yente clients send it, and screens as that caller', async () => {
    const records = new Map<string, ApiKeyRecord>();
    const keys: KeyStore = {
      create: (record, hash) => void records.set(hash, record),
      byHash: (hash) => records.get(hash),
      list: () => [...records.values()],
      revoke: () => false,
      count: () => records.size,
    };
    const { record, key } = createApiKey(keys, { role: 'screener', name: 'openrefine' });
    const authed = Fastify();
    installAuth(authed, keys, new RateLimiter());
    registerYenteRoutes(authed, gateway);
    await authed.ready();
    const body = { queries: { vv: PUTIN } };
    expect((await authed.inject({ method: 'POST', url: '/match/default', payload: body })).statusCode).toBe(401);
    const ok = await authed.inject({ method: 'POST', url: '/match/default', payload: body, headers: { authorization: `ApiKey ${key}` } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(gateway.calls.at(-1)?.caller).toEqual({ keyId: record.id, name: 'openrefine', role: 'screener' });
    const manifest = await authed.inject({ method: 'GET', url: `/reconcile/default?api_key=${key}` });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.json().suggest.type.service_path).toBe(`/suggest/type?api_key=${key}`);
    const viaGet = await authed.inject({ method: 'GET', url: `/reconcile/default?api_key=${key}&queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Stroygazmontazh' } }))}` });
    expect(viaGet.json().q0.result[0]).toMatchObject({ id: 'us-ofac-sdn-16828' });
    for (const url of ['/catalog', '/algorithms', '/search/default?q=putin', '/entities/us-ofac-sdn-35096', '/reconcile/default/suggest/type?prefix=p']) {
      expect((await authed.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    await authed.close();
  });
});
