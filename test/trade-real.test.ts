/**
 * Integration on the real Eurostat files in ../shared/data/trade (skipped when absent): the analysis must
 * reproduce the published pattern. Reference numbers are parsed from published_figures.csv:
 *  - C04 (computed from the Comext CN8 file, Jan–Nov 2021 vs Jan–Nov 2022): CHPL multiples for KG and AM
 *    within ±5% (the published multiples are rounded to one decimal: ×4.7, ×3.0), RU fell, KZ rose;
 *  - F25 (mary-lev z-score screen): 2022 growth of EU27 exports within ±0.1 percentage points, and flagged.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTrade, openTradeService, readPublishedFigures, type TradeService } from '../src/service/trade.js';
import { parseFromTo, parseGrowthPct, parseMultiples } from '../src/trade/reference.js';
import { SHARED } from './helpers.js';

const TRADE = resolve(SHARED, 'trade');
const TOLERANCE = 0.05;

describe.skipIf(!existsSync(resolve(TRADE, 'published_figures.csv')))('trade analytics on the real Eurostat data', () => {
  let tmp: string;
  let service: TradeService;
  const figures = () => readPublishedFigures(resolve(TRADE, 'published_figures.csv'));

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'chokepoint-trade-'));
    const store = join(tmp, 'trade.duckdb');
    const report = await importTrade({ storePath: store, dir: TRADE, goodsDir: resolve(SHARED, 'goods') });
    expect(report.files.find((f) => f.layout === 'comext_cn8')?.rows).toBe(258938);
    expect(report.tierDisagreements).toEqual([]);
    service = await openTradeService(store);
  });

  afterAll(() => {
    service?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('reproduces C04: CHPL exports to RU fell, to KZ, KG and AM rose; KG and AM multiples within ±5%', async () => {
    const c04 = figures().find((f) => f.id === 'C04');
    expect(c04).toBeDefined();
    const published = parseMultiples(c04!.changeReported);
    const levels = parseFromTo(c04!.value);
    expect(Object.keys(published).sort()).toEqual(['AM', 'KG', 'KZ']);
    const g = await service.growth({ partners: ['RU', 'KZ', 'KG', 'AM'], grouping: 'chpl' });
    expect(g.baselinePeriod).toBe('Jan–Nov 2021');
    const chpl = (p: string) => g.rows.find((r) => r.partner === p && r.groupId === 'chpl')!;
    for (const p of ['KG', 'AM']) {
      const m = chpl(p).multiple!;
      expect(Math.abs(m - published[p]) / published[p], `${p}: computed ×${m.toFixed(3)} vs published ×${published[p]}`).toBeLessThanOrEqual(TOLERANCE);
    }
    expect(chpl('KG').multiple!).toBeGreaterThan(4);
    expect(chpl('RU').comparison!).toBeLessThan(chpl('RU').baseline!);
    expect(chpl('RU').multiple!).toBeLessThan(0.3);
    expect(chpl('KZ').multiple!).toBeGreaterThan(2);
    for (const [p, { from, to }] of Object.entries(levels)) {
      expect(Math.abs(chpl(p).baseline! / 1e6 - from) / from).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(chpl(p).comparison! / 1e6 - to) / to).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('reproduces F25: growth of EU27 exports in 2022 and the z-score flags for KG, AM, KZ, UZ', async () => {
    const f25 = figures().find((f) => f.id === 'F25');
    const published = parseGrowthPct(f25!.changeReported);
    expect(Object.keys(published).sort()).toEqual(['AM', 'KG', 'KZ', 'UZ']);
    const s = await service.annualSurges();
    for (const [p, growthPct] of Object.entries(published)) {
      const r = s.rows.find((x) => x.partner === p)!;
      expect(Math.abs(r.growthPct! - growthPct), `${p} growth`).toBeLessThanOrEqual(0.1);
      expect(r.flagged, `${p} flagged`).toBe(true);
      expect(r.z!).toBeGreaterThan(1.96);
    }
    expect(s.rows.find((x) => x.partner === 'RU')?.flagged).toBe(false);
  });

  it('finds a substitution ratio for CHPL lines well below one, and a widening Kyrgyz mirror gap', async () => {
    const sub = await service.substitution({ grouping: 'chpl' });
    const r = sub.rows.find((x) => x.groupId === 'chpl')!;
    expect(r.directFall).toBeGreaterThan(1e9);
    expect(r.ratio!).toBeGreaterThan(0.02);
    expect(r.ratio!).toBeLessThan(0.5);
    const m = await service.mirrorGap({ countries: ['KG'] });
    expect(m.summary[0].medianLogRatioAfter!).toBeLessThan(m.summary[0].medianLogRatioBefore! - 0.5);
  });

  it('runs the whole report with every calibration row within tolerance', async () => {
    const { analyses, charts } = await service.analyses({}, figures());
    expect(analyses.calibration.length).toBeGreaterThanOrEqual(15);
    expect(analyses.calibration.filter((c) => !c.withinTolerance)).toEqual([]);
    expect(charts.map((c) => c.id)).toEqual(['growth-by-partner', 'monthly-index', 'substitution', 'mirror-gap', 'surge-z', 'watchlist', 'hub-flows']);
  });

  it('reproduces C05 from the Comtrade rows without double counting HS-4 and HS-6 (±1%)', async () => {
    const c05 = figures().find((f) => f.id === 'C05')!;
    const published = c05.value.split(';').map((x) => Number(x.trim())); // 2021; 2022; 2023 (to Oct), USD m
    expect(published).toHaveLength(3);
    const h = await service.hubFlows({ pairs: [{ hub: 'AM', product: '8703' }] });
    [2021, 2022, 2023].forEach((year, i) => {
      const computed = h.rows.find((r) => r.year === year)!.exportsTo.RU / 1e6;
      expect(Math.abs(computed - published[i]) / published[i], `AM -> RU ${year}`).toBeLessThanOrEqual(0.01);
    });
  });

  it('ranks CHPL Tier 1 lines to transit countries at the top of the watchlist', async () => {
    const w = await service.watchlist();
    expect(w.rows.length).toBeGreaterThan(10);
    expect(w.rows.slice(0, 5).filter((r) => r.chplTier === '1').length).toBeGreaterThanOrEqual(3);
    for (const row of w.rows) expect(row.reasons.length).toBeGreaterThanOrEqual(3);
  });
});
