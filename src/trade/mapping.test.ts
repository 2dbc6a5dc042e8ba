import { describe, expect, it } from 'vitest';
import { detectLayout } from './layouts.js';
import { partnerCode } from './partners.js';
import { hs6Of, mapProducts, tierDisagreements } from './products.js';
import { parseFromTo, parseGrowthPct, parseMultiples } from './reference.js';
import { money, periodLabel, times } from './format.js';
import { likeForLikeMonths } from './periods.js';

const CHPL = [
  { hs6: '854231', tier: '1', description: '', source: '' },
  { hs6: '848210', tier: '3.B', description: '', source: '' },
] as const;

describe('CN8 -> HS6 -> CHPL tier', () => {
  it('takes the first six digits and the tier of the goods table', () => {
    expect(hs6Of('85423190')).toBe('854231');
    expect(hs6Of('8703')).toBeNull();
    expect(hs6Of('TOTAL')).toBeNull();
    expect(mapProducts(['85423190', '84821010', '84021200', '8482'], [...CHPL])).toEqual([
      { productCode: '85423190', hs6: '854231', chplTier: '1' },
      { productCode: '84821010', hs6: '848210', chplTier: '3.B' },
      { productCode: '84021200', hs6: '840212', chplTier: null },
      { productCode: '8482', hs6: null, chplTier: null },
    ]);
  });

  it('reports where a file states another tier than the goods table', () => {
    expect(tierDisagreements([{ hs6: '854231', tier: '1' }, { hs6: '848210', tier: '' }, { hs6: '840212', tier: '2' }], [...CHPL])).toEqual([
      { hs6: '840212', fileTier: '2', tableTier: null },
      { hs6: '848210', fileTier: '', tableTier: '3.B' },
    ]);
  });
});

describe('partner labels', () => {
  it.each([
    ['Kyrgyzstan', 'KG'],
    ['Kirghizistan', 'KG'],
    ['Arménie', 'AM'],
    ['Ouzbékistan', 'UZ'],
    ['Russie, Fédération de', 'RU'],
    ['Belgique (incl. Luxembourg \'LU\' -> 1998)', 'BE'],
    ['Corée, République de (Corée du Sud)', 'KR'],
    ['Russian Federation', 'RU'],
    ['RUS', 'RU'],
    ['European Union - 27 countries (from 2020)', 'EU27'],
    ['Congo, République démocratique du', 'CD'],
  ])('%s -> %s', (label, code) => expect(partnerCode(label)).toBe(code));

  it('leaves regions and aggregates unresolved', () => {
    expect(partnerCode('Europe')).toBeNull();
    expect(partnerCode('Extra-EU27 (from 2020)')).toBeNull();
    expect(partnerCode('Commonwealth of Independent States')).toBeNull();
  });
});

describe('layouts', () => {
  it('recognises each layout by its header', () => {
    expect(detectLayout(['reporter_iso2', 'partner_iso2', 'cn8', 'hs6', 'chpl_tier', 'period', 'value_eur'])?.id).toBe('comext_cn8');
    expect(detectLayout(['reporter_iso2', 'partner_iso2', 'flow', 'period', 'value_eur'])?.id).toBe('eu_total_monthly');
    expect(detectLayout(['year', 'RX', 'X', 'RX_pct'])?.id).toBe('armenia_reexports');
    expect(detectLayout(['foo'])).toBeUndefined();
  });
});

describe('published figures parsing', () => {
  it('reads multiples, from->to pairs and growth percentages', () => {
    expect(parseMultiples('KZ x2.2; KG x4.7; AM x3.0')).toEqual({ KZ: 2.2, KG: 4.7, AM: 3 });
    expect(parseFromTo('RU 1911->408; KG 2.9->13.7')).toEqual({ RU: { from: 1911, to: 408 }, KG: { from: 2.9, to: 13.7 } });
    expect(parseGrowthPct('KG +344.8%; AM +148.9%; KZ +88.6%; UZ +63.8% (z>1.96)')).toEqual({ KG: 344.8, AM: 148.9, KZ: 88.6, UZ: 63.8 });
  });
});

describe('formatting and periods', () => {
  it('writes amounts, multiples and periods as analysts read them', () => {
    expect(money(2.9e6)).toBe('€2.9 m');
    expect(money(1.911e9)).toBe('€1.91 bn');
    expect(money(640e3, 'USD')).toBe('$640 k');
    expect(times(4.72)).toBe('×4.7');
    expect(periodLabel(2021, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('Jan–Nov 2021');
    expect(periodLabel(2021, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('2021');
  });

  it('derives like-for-like months from the data coverage', () => {
    const cov = [{ dataset: 'comext_cn8' as const, rows: 1, firstPeriod: '2020-01', lastPeriod: '2022-11', currency: 'EUR' as const }];
    expect(likeForLikeMonths(cov, 'comext_cn8', 2022)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(likeForLikeMonths(cov, 'comext_cn8', 2021)).toHaveLength(12);
    expect(likeForLikeMonths(cov, 'comext_cn8', 2022, [3, 1])).toEqual([1, 3]);
  });
});
