/**
 * Trade analytics over HTTP on the real Eurostat data: the report reproduces the published multiples,
 * parameters are validated with the field named, roles are enforced, and a server without trade
 * statistics says how to load them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importTrade, readPublishedFigures } from '../../src/service/trade.js';
import { tradeStorePath } from '../../src/server/start.js';
import { SHARED } from '../helpers.js';
import { bearer, harness, storeWith, type Harness } from './harness.js';

let h: Harness;
let bare: Harness;

beforeAll(async () => {
  const db = storeWith(['un-sc-consolidated']);
  await importTrade({ storePath: tradeStorePath(db), dir: join(SHARED, 'trade'), goodsDir: join(SHARED, 'goods') });
  h = await harness(db);
  bare = await harness(storeWith(['un-sc-consolidated']));
});
afterAll(async () => {
  await h?.close();
  await bare?.close();
});

const get = (hh: Harness, url: string, key = hh.keys.analyst) => hh.app.inject({ method: 'GET', url, headers: bearer(key) });

describe('trade API', () => {
  it('reports EU CHPL exports to Kyrgyzstan and Armenia rising several-fold while those to Russia fell (C04)', async () => {
    const res = await get(h, '/v1/trade/growth?partners=RU,KG,AM&grouping=chpl');
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as { partner: string; groupLabel: string; multiple: number; explanation: string }[];
    const c04 = readPublishedFigures(join(SHARED, 'trade/published_figures.csv')).find((f) => f.id === 'C04')!;
    // "KZ x2.2; KG x4.7; AM x3.0": the published multiples, rounded to one decimal.
    const published = Object.fromEntries([...c04.changeReported.matchAll(/([A-Z]{2}) x([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
    const chpl = (p: string) => rows.find((r) => r.partner === p && /CHPL/.test(r.groupLabel))!;
    for (const p of ['KG', 'AM']) expect(Math.abs(chpl(p).multiple - published[p]) / published[p]).toBeLessThan(0.05);
    expect(chpl('RU').multiple).toBeLessThan(0.5);
    expect(chpl('KG').explanation).toMatch(/Kyrgyzstan rose from/);
  });

  it('serves the whole report with Vega-Lite chart specs', async () => {
    const res = await get(h, '/v1/trade/report');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.charts.length).toBeGreaterThanOrEqual(6);
    for (const c of body.charts) expect(c.spec.$schema).toMatch(/vega-lite/);
    expect(body.analyses.calibration.length).toBeGreaterThan(0);
    expect(body.analyses.calibration.every((c: { withinTolerance: boolean }) => c.withinTolerance)).toBe(true);
  });

  it('flags the 2022 surges of KG, AM, KZ and UZ (F25) and ranks a watchlist with reasons', async () => {
    const surges = (await get(h, '/v1/trade/surges?kind=annual&year=2022')).json();
    const flagged = surges.rows.filter((r: { flagged: boolean }) => r.flagged).map((r: { partner: string }) => r.partner);
    expect(flagged).toEqual(expect.arrayContaining(['KG', 'AM', 'KZ', 'UZ']));
    const watch = (await get(h, '/v1/trade/watchlist?top=5')).json();
    expect(watch.rows).toHaveLength(5);
    expect(watch.rows[0].explanation.length).toBeGreaterThan(20);
  });

  it('names the bad parameter', async () => {
    const bad = await get(h, '/v1/trade/growth?partners=Kyrgyzstan');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/partners/);
    const order = await get(h, '/v1/trade/growth?baseline=2022&year=2021');
    expect(order.statusCode).toBe(400);
    expect(order.json().error.field).toBe('querystring.baseline');
  });

  it('is for analysts, and says how to load data when there is none', async () => {
    expect((await get(h, '/v1/trade/coverage', h.keys.screener)).statusCode).toBe(403);
    const none = await get(bare, '/v1/trade/coverage');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toMatch(/chokepoint trade import/);
  });
});
