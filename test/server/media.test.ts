/** Adverse media over HTTP on the real SDN list and BIC directory: ingest pages, read an entity's media. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { bearer, harness, storeWith, type Harness } from './harness.js';

const DIR = resolve(REPO, 'test/fixtures/media/pages');
const pages = readdirSync(DIR).sort().map((name) => ({ name, content: readFileSync(resolve(DIR, name), 'utf8') }));
let h: Harness;

beforeAll(async () => {
  h = await harness(storeWith(['us-ofac-sdn/2024-05-03']));
});
afterAll(async () => h?.close());

const post = (body: unknown, key = h.keys.analyst) => h.app.inject({ method: 'POST', url: '/v1/media/ingest', headers: bearer(key), payload: body as object });
const get = (url: string) => h.app.inject({ method: 'GET', url, headers: bearer(h.keys.screener) });

describe('adverse media API', () => {
  it('ingests scraped pages and answers with what it filed', async () => {
    const res = await post({ pages });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ pages: 3, articles: 3, copies: 1 });
    expect(report.links.listed).toBeGreaterThan(0);
    expect(report.events.PAYMENT_RESTRICTED).toBeGreaterThan(0);
  });

  it("gives a bank's adverse media with a plain verdict and the evidence sentences", async () => {
    const body = (await get('/v1/media/entities/bic:ICBKCNBJ')).json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0].link.statement).toMatch(/on no sanctions list/);
    expect(body.items[0].events.map((e: { sentence: string }) => e.sentence).join(' ')).toMatch(/ICBC stopped accepting payments/);
  });

  it('lists the articles, one per cluster of copies, and opens one with its entities and events', async () => {
    const list = (await get('/v1/media/articles')).json();
    expect(list.total).toBe(2);
    const top = list.articles.find((a: { title: string }) => /yuan payments/.test(a.title));
    const article = (await get(`/v1/media/articles/${top.id}`)).json();
    expect(article.copies).toHaveLength(1);
    expect(article.events.length).toBeGreaterThan(3);
    expect(article.links.some((l: { verdict: string }) => l.verdict === 'listed')).toBe(true);
  });

  it('refuses malformed input with the field, screeners, and unknown ids', async () => {
    const bad = await post({ pages: [{ name: 'x.html' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/content/);
    expect((await post({ pages }, h.keys.screener)).statusCode).toBe(403);
    expect((await get('/v1/media/articles/nope')).statusCode).toBe(404);
    expect((await get('/v1/media/entities/us-ofac-sdn:0')).statusCode).toBe(404);
  });
});
