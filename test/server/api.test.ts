/**
 * The v1 API on real lists (UN, and two OFAC SDN versions): keys and roles, validation errors that name
 * their field, screening with explanations and an audit record, batches and jobs, entities, lists and
 * diffs, metrics and the OpenAPI document; and the audit chain catching rows altered or deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { bearer, harness, storeWith, type Harness } from './harness.js';
import { cli } from '../helpers.js';

let h: Harness;

beforeAll(async () => {
  h = await harness(storeWith(['un-sc-consolidated', 'us-ofac-sdn/2023-12-28', 'us-ofac-sdn/2024-05-03']));
});
afterAll(async () => h?.close());

const screen = (body: unknown, key = h.keys.screener) =>
  h.app.inject({ method: 'POST', url: '/v1/screen', headers: { ...bearer(key), 'content-type': 'application/json' }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

describe('authentication and roles', () => {
  it('refuses a request without a key, or with a wrong or revoked key, with 401', async () => {
    expect((await h.app.inject({ method: 'POST', url: '/v1/screen', payload: { name: 'x' } })).statusCode).toBe(401);
    const wrong = await screen({ name: 'x' }, 'ck_notARealKeyAtAllXXXXXXXXXXXX');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('UNAUTHORIZED');
    const created = JSON.parse(cli(['keys', 'create', '--role', 'screener', '--name', 'short-lived', '--json', '--db', h.db]).stdout);
    expect((await screen({ name: 'Sovcomflot' }, created.key)).statusCode).toBe(200);
    expect(cli(['keys', 'revoke', created.id, '--db', h.db]).code).toBe(0);
    expect((await screen({ name: 'Sovcomflot' }, created.key)).statusCode).toBe(401);
    const listed = JSON.parse(cli(['keys', 'list', '--json', '--db', h.db]).stdout).keys;
    expect(listed.find((k: { id: string }) => k.id === created.id).revokedAt).toBeTruthy();
    expect(JSON.stringify(listed)).not.toContain(created.key);
  });

  it('gives 403 to a role the endpoint does not admit', async () => {
    const r = await h.app.inject({ method: 'GET', url: '/v1/audit', headers: bearer(h.keys.screener) });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toContain('analyst');
    expect((await h.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(h.keys.analyst) })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'GET', url: '/v1/keys', headers: bearer(h.keys.admin) })).statusCode).toBe(200);
  });

  it('limits each key to its rate and answers 429 with Retry-After', async () => {
    const slow = JSON.parse(cli(['keys', 'create', '--role', 'screener', '--rate-limit', '3', '--json', '--db', h.db]).stdout).key;
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await screen({ name: 'Sovcomflot' }, slow)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const r = await screen({ name: 'Sovcomflot' }, slow);
    expect(r.headers['retry-after']).toBeDefined();
    expect(r.json().error.code).toBe('RATE_LIMITED');
    // Another key is not affected.
    expect((await screen({ name: 'Sovcomflot' })).statusCode).toBe(200);
  });
});

describe('bad input gets a 400 naming the field', () => {
  it.each([
    ['an unknown field', { name: 'x', nmae: 'y' }, 'body.nmae'],
    ['a wrong type', { name: 42 }, 'body.name'],
    ['a bad date', { name: 'x', birthDate: '12/05/1960' }, 'body.birthDate'],
    ['a threshold out of range', { name: 'x', threshold: 2 }, 'body.threshold'],
    ['a missing name', { schema: 'Person' }, 'body.name'],
    ['a wrong schema', { name: 'x', schema: 'Ship' }, 'body.schema'],
  ])('%s', async (_label, body, field) => {
    const r = await screen(body);
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'INVALID_INPUT', field });
  });

  it('invalid JSON and oversized bodies', async () => {
    const bad = await screen('{"name": "x",');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body');
    const big = await screen({ name: 'x'.repeat(2 * 1024 * 1024) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('INVALID_INPUT');
  });

  it('a name with nothing to screen is refused, not answered with "no match"', async () => {
    const r = await screen({ name: '!!! ???' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe('body.name');
  });

  it('a mistyped list name is refused, not answered with "no match"', async () => {
    const r = await screen({ name: 'Sovcomflot', sources: ['us-ofac-sdnn'] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ field: 'body.sources', message: expect.stringContaining('us-ofac-sdnn') });
  });

  it('a batch whose options are wrong is refused once, before any query is screened', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/v1/screen/batch', headers: bearer(h.keys.screener), payload: { queries: [{ name: 'a b' }, { name: 'c d' }], weights: { nope: 1 } } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe('body.weights.nope');
  });

  it('a key in ?api_key= works on routes with strict query parameters', async () => {
    const r = await h.app.inject({ method: 'GET', url: `/v1/audit?limit=2&api_key=${h.keys.analyst}` });
    expect(r.statusCode).toBe(200);
    expect(r.json().records).toHaveLength(2);
  });
});

describe('screening', () => {
  it('finds a listed person with the explanation, the list versions and an audit record', async () => {
    const r = await screen({ name: 'Vladimir Vladimirovich PUTIN', schema: 'Person', birthDate: '1952-10-07' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    const top = body.matches[0];
    expect(top.caption).toMatch(/PUTIN/i);
    expect(top.match).toBe(true);
    expect(top.features.find((f: { feature: string }) => f.feature === 'dob_match').contribution).toBeGreaterThan(0);
    expect(top.explanation.length).toBeGreaterThan(20);
    expect(body.listVersions.map((v: { source: string }) => v.source).sort()).toEqual(['un-sc', 'us-ofac-sdn']);
    const audit = await h.app.inject({ method: 'GET', url: `/v1/audit/${body.screeningId}`, headers: bearer(h.keys.analyst) });
    expect(audit.statusCode).toBe(200);
    const rec = audit.json();
    expect(rec).toMatchObject({ id: body.screeningId, channel: 'v1/screen', role: 'screener', algorithm: body.algorithm });
    expect(rec.input.query.name).toBe('Vladimir Vladimirovich PUTIN');
    expect(rec.result.matches[0]).toEqual({ entityId: top.entityId, score: top.score, match: true });
    expect(rec.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a batch of up to 1,000 at once; a bad query fails alone', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/v1/screen/batch', headers: bearer(h.keys.screener), payload: { queries: [{ name: 'Sovcomflot' }, { name: '???' }, { name: 'Jane Q. Nobody-Unlisted' }] } });
    expect(r.statusCode).toBe(200);
    const [a, b, c] = r.json().results;
    expect(a.matches[0].caption).toMatch(/sovcomflot/i);
    expect(b.error).toMatchObject({ code: 'INVALID_INPUT', field: 'body.queries.1.name' });
    expect(c.matches.filter((m: { match: boolean }) => m.match)).toEqual([]);
  });

  it('runs a larger batch as a job with progress and a results download', async () => {
    const queries = Array.from({ length: 1205 }, (_, i) => ({ name: i % 2 ? 'Sovcomflot' : `Person Number ${i} Unlisted` }));
    const r = await h.app.inject({ method: 'POST', url: '/v1/screen/batch', headers: bearer(h.keys.screener), payload: { queries } });
    expect(r.statusCode).toBe(202);
    const job = r.json();
    expect(r.headers.location).toBe(`/v1/jobs/${job.id}`);
    expect(job.total).toBe(1205);
    await h.services.deps.jobs.settle(job.id);
    const status = (await h.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}`, headers: bearer(h.keys.screener) })).json();
    expect(status).toMatchObject({ status: 'done', done: 1205, total: 1205 });
    const dl = await h.app.inject({ method: 'GET', url: job.results, headers: bearer(h.keys.screener) });
    expect(dl.statusCode).toBe(200);
    const lines = dl.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.n)).toEqual(queries.map((_, i) => i));
    expect(lines[1].result.matches[0].caption).toMatch(/sovcomflot/i);
    // Another screener cannot see it.
    const other = JSON.parse(cli(['keys', 'create', '--role', 'screener', '--json', '--db', h.db]).stdout).key;
    expect((await h.app.inject({ method: 'GET', url: `/v1/jobs/${job.id}`, headers: bearer(other) })).statusCode).toBe(404);
  });
});

describe('entities, lists and diffs', () => {
  it('serves an entity with its version and raw record', async () => {
    const top = (await screen({ name: 'Sovcomflot' })).json().matches[0];
    const r = await h.app.inject({ method: 'GET', url: `/v1/entities/${encodeURIComponent(top.entityId)}`, headers: bearer(h.keys.screener) });
    expect(r.statusCode).toBe(200);
    expect(r.json().entity.id).toBe(top.entityId);
    expect(r.json().entity.raw).toBeTruthy();
    expect(r.json().version.source).toBe(top.source);
    expect((await h.app.inject({ method: 'GET', url: '/v1/entities/no-such:1', headers: bearer(h.keys.screener) })).statusCode).toBe(404);
  });

  it('lists versions and diffs the two SDN versions (Mugabe removed, Sovcomflot added)', async () => {
    const lists = (await h.app.inject({ method: 'GET', url: '/v1/lists', headers: bearer(h.keys.screener) })).json();
    expect(lists.current.map((v: { source: string }) => v.source).sort()).toEqual(['un-sc', 'us-ofac-sdn']);
    expect(lists.versions.filter((v: { source: string }) => v.source === 'us-ofac-sdn')).toHaveLength(2);
    const d = (await h.app.inject({ method: 'GET', url: '/v1/lists/us-ofac-sdn/diff?limit=5000', headers: bearer(h.keys.screener) })).json();
    expect(d.counts).toMatchObject({ added: 1256, removed: 112 });
    expect(d.removed.some((e: { caption: string }) => /MUGABE, Robert/i.test(e.caption))).toBe(true);
    expect(d.added.some((e: { caption: string }) => /SOVCOMFLOT/i.test(e.caption))).toBe(true);
    const page = (await h.app.inject({ method: 'GET', url: '/v1/lists/us-ofac-sdn/diff?limit=10&offset=10', headers: bearer(h.keys.screener) })).json();
    expect(page.added).toHaveLength(10);
    expect(page.added[0].id).toBe(d.added[10].id);
    // A removed entity is no longer served, but can be read as the older version listed it.
    const mugabe = d.removed.find((e: { caption: string }) => /MUGABE, Robert/i.test(e.caption));
    const url = `/v1/entities/${encodeURIComponent(mugabe.id)}`;
    expect((await h.app.inject({ method: 'GET', url, headers: bearer(h.keys.screener) })).statusCode).toBe(404);
    const old = await h.app.inject({ method: 'GET', url: `${url}?version=${d.from.id}`, headers: bearer(h.keys.screener) });
    expect(old.statusCode).toBe(200);
    expect(old.json().version.label).toBe('2023-12-28');
    const none = await h.app.inject({ method: 'GET', url: '/v1/lists/un-sc/diff', headers: bearer(h.keys.screener) });
    expect(none.statusCode).toBe(404);
  });
});

describe('operations', () => {
  it('health, readiness, metrics and the OpenAPI document', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await h.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().entities).toBeGreaterThan(10_000);
    expect((await h.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const metrics = await h.app.inject({ method: 'GET', url: '/metrics', headers: bearer(h.keys.analyst) });
    expect(metrics.body).toMatch(/chokepoint_http_requests_total\{route="\/v1\/screen",method="POST",status="200"\} \d+/);
    expect(metrics.body).toContain('chokepoint_list_entities');
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/screen', '/v1/screen/batch', '/v1/entities/{id}', '/v1/lists/{source}/diff', '/match/{dataset}', '/search/{dataset}']));
    expect(doc.paths['/v1/screen'].post.requestBody.content['application/json'].schema.required).toContain('name');
    expect((await h.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });
});

describe('the audit trail', () => {
  it('verifies intact, then finds a row altered and a row deleted behind the triggers', async () => {
    const ok = cli(['audit', 'verify', '--json', '--db', h.db]);
    expect(ok.code).toBe(0);
    const before = JSON.parse(ok.stdout);
    expect(before.ok).toBe(true);
    expect(before.rows).toBeGreaterThan(1200);
    const db = new Database(h.db);
    // The table refuses changes...
    expect(() => db.prepare('UPDATE audit_log SET result = ? WHERE seq = 2').run('{}')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
    // ...so a tamperer drops the triggers first.
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.prepare(`UPDATE audit_log SET result = '{"candidates":0,"matches":[]}' WHERE seq = 2`).run();
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    db.close();
    const bad = cli(['audit', 'verify', '--json', '--db', h.db]);
    expect(bad.code).toBe(12);
    const problems = JSON.parse(bad.stdout).problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ seq: 2, problem: expect.stringContaining('altered') }),
      expect.objectContaining({ seq: 6, problem: expect.stringContaining('missing') }),
    ]));
  });
});
