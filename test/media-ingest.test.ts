/**
 * Adverse media through the product's own command line, on the real OFAC SDN list and BIC directory:
 * scraped pages (HTML with furniture, a syndicated copy, raw text with boilerplate) are extracted,
 * clustered, read for entities and events, and filed; an entity's adverse media comes back with the
 * sentences as evidence. ICBC is a bank on no list and is said to be so; VTB Bank is listed.
 */
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, LISTS, REPO } from './helpers.js';

const PAGES = resolve(REPO, 'test/fixtures/media/pages');
let db: string;
let report: { pages: number; articles: number; copies: number; clusters: { sources: string[] }[]; events: Record<string, number>; items: { file: string; title: string }[] };

const json = (args: string[]) => {
  const r = cli([...args, '--db', db, '--json']);
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  db = join(mkdtempSync(join(tmpdir(), 'cp-media-')), 'media.db');
  expect(cli(['lists', 'import', join(LISTS, 'us-ofac-sdn/2024-05-03'), '--db', db]).code).toBe(0);
  report = json(['media', 'ingest', PAGES]);
});

describe('chokepoint media ingest', () => {
  it('extracts every page, with its headline, and keeps a syndicated copy with its source', () => {
    expect(report.pages).toBe(3);
    expect(report.articles).toBe(3);
    expect(report.copies).toBe(1);
    expect(report.clusters).toHaveLength(1);
    expect(report.clusters[0].sources.sort()).toEqual(['Central Asia Wire', 'Eastern Ledger']);
    expect(report.items.find((i) => i.file === 'bishkek-trade.txt')?.title).toBe('Kyrgyz traders expand imports of Chinese machine tools');
  });

  it('finds the sanctions events: payments rejected, sanctions threatened and imposed, dual-use supplies', () => {
    for (const type of ['PAYMENT_RESTRICTED', 'SANCTIONS_THREATENED', 'SANCTIONS_IMPOSED', 'DUAL_USE_SUPPLY']) expect(report.events[type]).toBeGreaterThan(0);
  });

  it('files ICBC under its BIC and says plainly that it is on no sanctions list, with the evidence sentences', () => {
    const icbc = json(['media', 'entity', 'bic:ICBKCNBJ']);
    expect(icbc.items).toHaveLength(1);
    const [item] = icbc.items;
    expect(item.link.verdict).toBe('not-listed');
    expect(item.link.statement).toMatch(/Industrial and Commercial Bank of China.*ICBKCNBJ.*on no sanctions list/);
    expect(item.link.match).toBeUndefined();
    expect(item.article.copies.map((c: { source: string }) => c.source)).toEqual(['Central Asia Wire']);
    const rejected = item.events.filter((e: { type: string }) => e.type === 'PAYMENT_RESTRICTED').map((e: { sentence: string }) => e.sentence);
    expect(rejected).toContainEqual(expect.stringMatching(/^ICBC stopped accepting payments from Russian companies/));
  });

  it("files VTB Bank's mention under its SDN entry, with the programmes and the sentence", () => {
    const vtb = json(['media', 'entity', 'us-ofac-sdn:17013']);
    expect(vtb.caption).toBe('VTB BANK PUBLIC JOINT STOCK COMPANY');
    expect(vtb.items).toHaveLength(1);
    expect(vtb.items[0].link.verdict).toBe('listed');
    expect(vtb.items[0].link.match.programs.length).toBeGreaterThan(0);
    expect(vtb.items[0].link.sentences.join(' ')).toMatch(/Payments routed through VTB Bank and Sberbank were returned/);
  });

  it('re-ingesting the same pages replaces them rather than filing them twice', () => {
    json(['media', 'ingest', PAGES]);
    expect(json(['media', 'entity', 'bic:ICBKCNBJ']).items).toHaveLength(1);
  });

  it('files the same with extraction on worker threads', () => {
    const other = join(mkdtempSync(join(tmpdir(), 'cp-media-w-')), 'media.db');
    expect(cli(['lists', 'import', join(LISTS, 'us-ofac-sdn/2024-05-03'), '--db', other]).code).toBe(0);
    const r = cli(['media', 'ingest', PAGES, '--workers', '2', '--db', other, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const threaded = JSON.parse(r.stdout);
    expect(threaded.items).toEqual(report.items);
    expect(threaded.events).toEqual(report.events);
  });

  it('joins a copy that arrives in a later batch to the story filed earlier, without reading it again', () => {
    const other = join(mkdtempSync(join(tmpdir(), 'cp-media-b-')), 'media.db');
    expect(cli(['lists', 'import', join(LISTS, 'us-ofac-sdn/2024-05-03'), '--db', other]).code).toBe(0);
    const batch = (name: string) => {
      const d = mkdtempSync(join(tmpdir(), 'cp-media-batch-'));
      writeFileSync(join(d, name), readFileSync(join(PAGES, name)));
      const r = cli(['media', 'ingest', d, '--db', other, '--json']);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect(batch('yuan-payments.html')).toMatchObject({ articles: 1, copies: 0, joinedEarlier: 0 });
    const second = batch('yuan-payments-syndicated.html');
    expect(second).toMatchObject({ articles: 1, copies: 1, joinedEarlier: 1 });
    expect(second.events).toEqual({});
    const r = cli(['media', 'entity', 'bic:ICBKCNBJ', '--db', other, '--json']);
    const icbc = JSON.parse(r.stdout);
    expect(icbc.items).toHaveLength(1);
    expect(icbc.items[0].article.copies.map((c: { source: string }) => c.source)).toEqual(['Central Asia Wire']);
  });

  it('names the folder when it holds no pages, and files nothing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cp-media-empty-'));
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'sub/notes.csv'), 'a,b\n');
    const r = cli(['media', 'ingest', empty, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no page files in .*cp-media-empty/);
  });
});
