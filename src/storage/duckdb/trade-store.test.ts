import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { ChplItem } from '../../goods/types.js';
import { isChokepointError } from '../../errors.js';
import { DuckDbTradeStore } from './trade-store.js';

const FIX = resolve(import.meta.dirname, '../../../test/fixtures/trade');
const CHPL: ChplItem[] = [
  { hs6: '854231', tier: '1', description: 'Processors and controllers', source: 'test' },
  { hs6: '848220', tier: '3.B', description: 'Tapered roller bearings', source: 'test' },
];

async function imported() {
  const store = await DuckDbTradeStore.open(':memory:');
  const report = await store.importDirectory(resolve(FIX, 'good'), CHPL, { now: () => new Date('2026-01-01T00:00:00Z') });
  return { store, report };
}

describe('DuckDbTradeStore import', () => {
  it('detects each layout and maps every row into the one schema', async () => {
    const { store, report } = await imported();
    const layouts = Object.fromEntries(report.files.map((f) => [f.file, f.layout]));
    expect(layouts).toEqual({
      'annual.csv': 'eu_partner_annual',
      'armstat.csv': 'armstat_monthly',
      'comext.csv': 'comext_cn8',
      'comtrade.csv': 'comtrade',
      'labels.csv': 'cn8_labels',
      'national.csv': 'national_imports',
      'reexports.csv': 'armenia_reexports',
      'totals.csv': 'eu_total_monthly',
    });
    expect(report.skipped).toEqual([{ file: 'published_figures.csv', reason: 'reference figures, not trade statistics' }]);
    // Armstat: three flows per record; re-exports: two per record.
    expect(report.files.find((f) => f.file === 'armstat.csv')?.rows).toBe(6);
    expect(report.files.find((f) => f.file === 'reexports.csv')?.rows).toBe(4);
    expect(report.importId).toBe(1);
    store.close();
  });

  it('maps CN8 to HS6 to the CHPL tier of the goods table and reports the file disagreeing', async () => {
    const { store, report } = await imported();
    const cells = await store.aggregate({ dataset: 'comext_cn8', flow: 'export', groupBy: ['hs6', 'chplTier'] });
    const tiers = Object.fromEntries(cells.map((c) => [c.hs6, c.chplTier]));
    expect(tiers).toEqual({ '854231': '1', '848220': '3.B', '840212': null });
    expect(report.tierDisagreements).toEqual([{ hs6: '848220', fileTier: '3.A', tableTier: '3.B' }]);
    // EL is Greece.
    const gr = await store.aggregate({ dataset: 'comext_cn8', flow: 'export', reporters: ['GR'], groupBy: ['reporter'] });
    expect(gr).toEqual([{ reporter: 'GR', value: 50000, rows: 1 }]);
    store.close();
  });

  it('resolves partner labels, including the French 2016 labels and the EU27 aggregate', async () => {
    const { store, report } = await imported();
    const kg = await store.aggregate({ dataset: 'eu_partner_annual', flow: 'export', partners: ['KG'], groupBy: ['year'] });
    expect(kg.map((c) => c.year).sort()).toEqual([2016, 2019, 2020, 2021, 2022]);
    expect(report.files.find((f) => f.file === 'annual.csv')?.unresolvedLabels).toEqual(['Extra-EU27 (from 2020)']);
    const eu = await store.aggregate({ dataset: 'national_imports', flow: 'import', partners: ['EU27'], groupBy: ['reporter', 'year'] });
    expect(eu.sort((a, b) => Number(a.year) - Number(b.year))).toEqual([
      { reporter: 'KG', year: 2021, value: 110, rows: 1 },
      { reporter: 'KG', year: 2022, value: 200, rows: 1 },
    ]);
    store.close();
  });

  it('keeps currencies and units: Armstat thousand USD becomes USD; Comtrade quantities are kept', async () => {
    const { store } = await imported();
    const am = await store.aggregate({ dataset: 'armstat_monthly', flow: 'export', partners: ['RU'], groupBy: ['partner'] });
    expect(am[0].value).toBe(10500);
    const cov = await store.coverage();
    expect(cov.find((c) => c.dataset === 'armstat_monthly')?.currency).toBe('USD');
    expect(cov.find((c) => c.dataset === 'comext_cn8')).toMatchObject({ currency: 'EUR', firstPeriod: '2021-01', lastPeriod: '2022-03' });
    store.close();
  });

  it('never double counts Comtrade HS-4 and HS-6 rows when a level is chosen', async () => {
    const { store } = await imported();
    const q = { dataset: 'comtrade', flow: 'export', reporters: ['AM'], partners: ['RU'], groupBy: [] } as const;
    expect((await store.aggregate({ ...q, productLevel: 4 }))[0].value).toBe(90000);
    expect((await store.aggregate({ ...q, productLevel: 6 }))[0].value).toBe(90000);
    expect((await store.aggregate(q))[0].value).toBe(180000); // both levels: the double count queries must avoid
    store.close();
  });

  it('fails on a bad field naming file, line and field, and leaves the previous import intact', async () => {
    const { store } = await imported();
    const before = await store.coverage();
    let err: unknown;
    try {
      await store.importDirectory(resolve(FIX, 'bad-value'), CHPL);
    } catch (e) {
      err = e;
    }
    expect(isChokepointError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'MALFORMED_FILE', location: { line: 3, field: 'period' } });
    expect(String((err as Error).message)).toMatch(/comext\.csv, line 3, field 'period': expected a period YYYY-MM, got '2021-13'/);
    expect(await store.coverage()).toEqual(before);
    expect((await store.imports()).map((i) => i.id)).toEqual([1]);
    store.close();
  });

  it('fails on a ragged row with its line number', async () => {
    const store = await DuckDbTradeStore.open(':memory:');
    await expect(store.importDirectory(resolve(FIX, 'bad-ragged'), CHPL)).rejects.toMatchObject({ code: 'MALFORMED_FILE', location: { line: 3 } });
    await expect(store.importDirectory(resolve(FIX, 'bad-ragged'), CHPL)).rejects.toThrow(/totals\.csv, line 3: expected 5 fields, found more/);
    store.close();
  });

  it('rejects a file whose header matches no layout', async () => {
    const store = await DuckDbTradeStore.open(':memory:');
    await expect(store.importDirectory(resolve(FIX, 'bad-layout'), CHPL)).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT' });
    expect(await store.coverage()).toEqual([]);
    store.close();
  });

  it('numbers each import', async () => {
    const { store } = await imported();
    const second = await store.importDirectory(resolve(FIX, 'good'), CHPL);
    expect(second.importId).toBe(2);
    expect((await store.imports()).map((i) => i.id)).toEqual([2, 1]);
    // The second import replaced the first: no duplicated rows.
    const ru = await store.aggregate({ dataset: 'comext_cn8', flow: 'export', partners: ['RU'], groupBy: [] });
    expect(ru[0].value).toBe(2100000);
    store.close();
  });
});
