import { describe, expect, it } from 'vitest';
import { growth, monthlyIndex } from './growth.js';
import { hubFlows } from './hub-flows.js';
import { MemoryTradePort } from './memory-port.js';
import { mirrorGap } from './mirror.js';
import { substitution } from './substitution.js';
import { annualSurges, monthlySurges } from './surges.js';
import type { Dataset, TradeFlowRow } from './types.js';
import { watchlist } from './watchlist.js';

function row(dataset: Dataset, o: Partial<TradeFlowRow> & { period: string; value: number }): TradeFlowRow {
  const [y, m] = o.period.split('-').map(Number);
  return {
    dataset,
    reporter: 'DE',
    partner: 'RU',
    partnerLabel: o.partner ?? 'RU',
    flow: 'export',
    productCode: 'TOTAL',
    productLevel: 0,
    hs6: null,
    chplTier: null,
    year: y,
    month: m ?? null,
    currency: 'EUR',
    quantity: null,
    quantityUnit: null,
    ...o,
  };
}
const cn8 = (partner: string, hs6: string, tier: string | null, period: string, value: number) =>
  row('comext_cn8', { partner, hs6, chplTier: tier, productCode: `${hs6}00`, productLevel: 8, period, value });

/** CN8 data to 2022-11: RU falls, KG rises; a December 2021 row must be left out of Jan–Nov. */
const CN8: TradeFlowRow[] = [
  cn8('RU', '854231', '1', '2021-03', 1000),
  cn8('RU', '854231', '1', '2021-12', 5000),
  cn8('RU', '854231', '1', '2022-03', 200),
  cn8('RU', '848220', '3.B', '2021-05', 400),
  cn8('RU', '848220', '3.B', '2022-05', 300),
  cn8('KG', '854231', '1', '2021-03', 10),
  cn8('KG', '854231', '1', '2022-03', 90),
  cn8('KG', '848220', '3.B', '2022-11', 50),
  cn8('KG', '840212', null, '2021-03', 70),
  cn8('KG', '840212', null, '2022-03', 700),
];

describe('growth', () => {
  const port = new MemoryTradePort([
    ...CN8,
    row('eu_total_monthly', { reporter: 'EU27', partner: 'KG', period: '2021-06', value: 100 }),
    row('eu_total_monthly', { reporter: 'EU27', partner: 'KG', period: '2022-06', value: 250 }),
    row('eu_total_monthly', { reporter: 'EU27', partner: 'KG', period: '2022-12', value: 999 }),
  ]);

  it('compares like-for-like months (Jan–Nov when the CN8 data ends in November) by CHPL tier', async () => {
    const g = await growth(port, { partners: ['RU', 'KG'] });
    expect(g.params.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(g.baselinePeriod).toBe('Jan–Nov 2021');
    const ruChpl = g.rows.find((r) => r.partner === 'RU' && r.groupId === 'chpl');
    expect(ruChpl).toMatchObject({ baseline: 1400, comparison: 500 }); // December 2021 left out
    expect(ruChpl?.multiple).toBeCloseTo(500 / 1400, 10);
    const kgT1 = g.rows.find((r) => r.partner === 'KG' && r.groupId === 'tier:1');
    expect(kgT1?.multiple).toBe(9);
    expect(kgT1?.explanation).toBe('EU27 exports of CHPL Tier 1 lines to Kyrgyzstan rose from €10 (Jan–Nov 2021) to €90 (Jan–Nov 2022), ×9.0.');
    const kgTotal = g.rows.find((r) => r.partner === 'KG' && r.groupId === 'total');
    expect(kgTotal).toMatchObject({ baseline: 100, comparison: 250, multiple: 2.5 }); // December 2022 left out
  });

  it('treats a line with no baseline row as absent, not as zero', async () => {
    const g = await growth(port, { partners: ['KG'] });
    const t3b = g.rows.find((r) => r.groupId === 'tier:3.B');
    expect(t3b).toMatchObject({ baseline: null, comparison: 50, multiple: null, growthPct: null });
    expect(t3b?.explanation).toMatch(/none recorded in Jan–Nov 2021 \(absent rows may be confidential, not zero\)/);
  });

  it('groups by HS6, optionally beyond the CHPL', async () => {
    const chplOnly = await growth(port, { partners: ['KG'], grouping: 'hs6', includeAllGoods: false });
    expect(chplOnly.rows.map((r) => r.groupId).sort()).toEqual(['hs6:848220', 'hs6:854231']);
    const all = await growth(port, { partners: ['KG'], grouping: 'hs6', chplOnly: false, includeAllGoods: false });
    expect(all.rows.find((r) => r.groupId === 'hs6:840212')?.multiple).toBe(10);
  });

  it('indexes monthly CHPL exports to the base-year mean month', async () => {
    const mi = await monthlyIndex(port, { partners: ['RU'] });
    const mar22 = mi.points.find((p) => p.period === '2022-03');
    expect(mar22?.index).toBeCloseTo((100 * 200) / (6400 / 12), 6);
  });
});

describe('substitution', () => {
  it('divides the rise of transit exports by the fall of direct exports, per group', async () => {
    const s = await substitution(new MemoryTradePort(CN8), { transit: ['KG'] });
    const all = s.rows.find((r) => r.groupId === 'chpl');
    // RU: 1400 -> 500 (fall 900); KG CHPL: 10 -> 140 (rise 130)
    expect(all).toMatchObject({ directFall: 900, transitIncrease: 130 });
    expect(all?.ratio).toBeCloseTo(130 / 900, 10);
    expect(all?.explanation).toMatch(/substitution ratio 14\.4%/);
    const t1 = s.rows.find((r) => r.groupId === 'tier:1');
    expect(t1?.ratio).toBeCloseTo(80 / 800, 10);
  });

  it('gives no ratio when direct exports did not fall', async () => {
    const rows = [cn8('RU', '854231', '1', '2021-03', 10), cn8('RU', '854231', '1', '2022-03', 20), cn8('KG', '854231', '1', '2022-03', 5)];
    const s = await substitution(new MemoryTradePort(rows), { transit: ['KG'], months: [3] });
    expect(s.rows.find((r) => r.groupId === 'chpl')?.ratio).toBeNull();
  });
});

describe('mirror gap', () => {
  it('sets EU-reported exports against partner-reported imports, with the log ratio', async () => {
    const port = new MemoryTradePort([
      row('eu_partner_annual', { reporter: 'EU27', partner: 'KG', period: '2021', month: null, value: 200 }),
      row('eu_partner_annual', { reporter: 'EU27', partner: 'KG', period: '2022', month: null, value: 1000 }),
      row('national_imports', { reporter: 'KG', partner: 'EU27', flow: 'import', period: '2021', month: null, value: 200 }),
      row('national_imports', { reporter: 'KG', partner: 'EU27', flow: 'import', period: '2022', month: null, value: 500 }),
    ]);
    const m = await mirrorGap(port, { countries: ['KG'] });
    expect(m.rows.map((r) => [r.year, r.gap])).toEqual([[2021, 0], [2022, 500]]);
    expect(m.rows[1].logRatio).toBeCloseTo(Math.log(0.5), 10);
    expect(m.summary[0].medianLogRatioAfter).toBeCloseTo(Math.log(0.5), 10);
    expect(m.summary[0].explanation).toMatch(/widening gap/);
  });
});

describe('annual surge screen', () => {
  const series = (partner: string, values: number[]) => values.map((v, i) => row('eu_partner_annual', { reporter: 'EU27', partner, period: String(2017 + i), month: null, value: v }));
  const port = new MemoryTradePort([
    ...series('KG', [100e6, 110e6, 99e6, 104e6, 110e6, 440e6]), // steady, then ×4
    ...series('FR', [100e6, 200e6, 100e6, 200e6, 100e6, 200e6]), // volatile: +100% is ordinary
    ...series('TV', [1e6, 1e6, 1.1e6, 1e6, 1e6, 5e6]), // too small
  ]);

  it('flags growth far outside the baseline with z, growth and value thresholds', async () => {
    const s = await annualSurges(port, { baselineFrom: 2017, baselineTo: 2021 });
    const kg = s.rows.find((r) => r.partner === 'KG');
    const base = [10, -10, 104 / 99 - 1, 110 / 104 - 1].map((x, i) => (i < 2 ? x : x * 100));
    const m = base.reduce((a, b) => a + b) / 4;
    const sd = Math.sqrt(base.reduce((a, b) => a + (b - m) ** 2, 0) / 3);
    expect(kg?.growthPct).toBeCloseTo(300, 10);
    expect(kg?.z).toBeCloseTo((300 - m) / sd, 8);
    expect(kg?.flagged).toBe(true);
    expect(s.rows.find((r) => r.partner === 'FR')?.flagged).toBe(false);
    const tv = s.rows.find((r) => r.partner === 'TV');
    expect(tv?.flagged).toBe(false);
    expect(tv?.explanation).toMatch(/value ≤ €100 m/);
    expect(s.rows[0].partner).toBe('KG');
  });
});

describe('monthly surge screen', () => {
  it('flags a month whose seasonal log change is far outside the baseline year', async () => {
    const rows: TradeFlowRow[] = [];
    for (let m = 1; m <= 12; m++) {
      rows.push(cn8('KZ', '854231', '1', `2020-${String(m).padStart(2, '0')}`, 1e6 * (1 + (m % 3) / 10)));
      rows.push(cn8('KZ', '854231', '1', `2021-${String(m).padStart(2, '0')}`, 1e6 * (1 + (m % 3) / 10) * (1 + ((m % 2) - 0.5) / 10)));
      rows.push(cn8('KZ', '854231', '1', `2022-${String(m).padStart(2, '0')}`, 1e6 * (1 + (m % 3) / 10) * (m === 7 ? 8 : 1)));
    }
    const s = await monthlySurges(new MemoryTradePort(rows), { partners: ['KZ'] });
    expect(s.series).toBe(1);
    expect(s.rows.map((r) => r.period)).toEqual(['2022-07']);
    expect(s.rows[0].z).toBeGreaterThan(10);
  });
});

describe('watchlist', () => {
  it('ranks pairs by growth, size, CHPL tier and a falling direct flow, with reasons', async () => {
    const rows = [
      cn8('RU', '854231', '1', '2021-03', 10e6),
      cn8('RU', '854231', '1', '2022-03', 1e6),
      cn8('KG', '854231', '1', '2021-03', 50e3),
      cn8('KG', '854231', '1', '2022-03', 1.65e6), // ×33, Tier 1, RU −90%
      cn8('KG', '840212', null, '2021-03', 1e6),
      cn8('KG', '840212', null, '2022-03', 8e6), // ×8, bigger, not listed
      cn8('AM', '848220', '3.B', '2022-03', 500e3), // new flow
      cn8('AM', '854231', '1', '2021-03', 1e6),
      cn8('AM', '854231', '1', '2022-03', 1.2e6), // ×1.2: below minMultiple
    ];
    const w = await watchlist(new MemoryTradePort(rows), { transit: ['KG', 'AM'] });
    expect(w.rows.map((r) => `${r.partner}:${r.hs6}`)).toEqual(['KG:854231', 'AM:848220', 'KG:840212']);
    const top = w.rows[0];
    expect(top.components.growth).toBeCloseTo(Math.log2(33), 10);
    expect(top.components.size).toBeCloseTo(Math.log10(1.6e6 / 1e5), 10);
    expect(top.components).toMatchObject({ tier: 3, direct: 1 });
    expect(top.reasons).toContain('CHPL Tier 1 line');
    expect(w.rows[1].reasons[0]).toMatch(/^new flow/);
    expect(w.rows[1].components.growth).toBe(3);
  });
});

describe('hub flows', () => {
  it('reads HS-4 products at level 4 only, so HS-4 and HS-6 rows of the same trade are not added', async () => {
    const ct = (flow: 'export' | 'import', partner: string, code: string, period: string, value: number) =>
      row('comtrade', { reporter: 'AM', partner, flow, productCode: code, productLevel: code.length as 4 | 6, hs6: code.length === 6 ? code : null, period, value, currency: 'USD' });
    const rows = [
      ct('export', 'RU', '8703', '2021-01', 10),
      ct('export', 'RU', '870323', '2021-01', 10),
      ct('export', 'RU', '8703', '2022-01', 500),
      ct('export', 'RU', '870323', '2022-01', 300),
      ct('export', 'RU', '870324', '2022-01', 200),
      ct('export', 'GE', '8703', '2022-01', 100),
      ct('import', 'CN', '8703', '2022-01', 450),
      ct('import', 'CN', '870323', '2022-01', 450),
      ct('export', 'RU', '851713', '2022-01', 7), // another product: not counted under 8703
    ];
    const h = await hubFlows(new MemoryTradePort(rows), { pairs: [{ hub: 'AM', product: '8703' }] });
    const y22 = h.rows.find((r) => r.year === 2022)!;
    expect(y22).toMatchObject({ imports: 450, exports: 600, exportsTo: { RU: 500, KZ: 0, KG: 0 }, multipleToDestination: 50 });
    expect(y22.reexportShare).toBeCloseTo(0.75, 10);
    expect(h.rows.find((r) => r.year === 2021)?.multipleToDestination).toBeNull();
  });
});
