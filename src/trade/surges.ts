/**
 * Surge flags. Annual screen (mary-lev/eu-export-sanctions, "Detecting Anomalies"): year-on-year growth
 * of EU27 exports per partner; baseline mean and sample SD of the growth rates ending in the baseline
 * window; flag when z > threshold, growth > minimum and the year's value > minimum.
 * Monthly screen: HS-6 × partner seasonal log-differences (this month vs the same month a year earlier),
 * z against the same statistic over the baseline year(s); absent months are missing, never zero.
 */
import { money, pct } from './format.js';
import { DEFAULT_TRANSIT, partnerName } from './partners.js';
import { mean, sampleSd, zScore } from './stats.js';
import type { TradeQueryPort } from './types.js';

export interface AnnualSurgeParams {
  /** Year whose growth is screened (default 2022). */
  year?: number;
  /** Growth rates ending after baselineFrom and up to baselineTo form the baseline (default 2010, 2021). */
  baselineFrom?: number;
  baselineTo?: number;
  zThreshold?: number;
  /** Minimum growth in percent (default 50). */
  minGrowthPct?: number;
  /** Minimum value in the screened year, EUR (default 100 m). */
  minValue?: number;
  /** Restrict to these partners (default: every partner). */
  partners?: string[];
}

export interface AnnualSurgeRow {
  partner: string;
  partnerName: string;
  previous: number;
  value: number;
  growthPct: number | null;
  baselineMeanPct: number | null;
  baselineSdPct: number | null;
  baselineYears: number;
  z: number | null;
  flagged: boolean;
  explanation: string;
}

export interface AnnualSurgeResult {
  analysis: 'surges-annual';
  params: Required<Omit<AnnualSurgeParams, 'partners'>> & { partners: string[] | null };
  rows: AnnualSurgeRow[];
  notes: string[];
}

export async function annualSurges(port: TradeQueryPort, params: AnnualSurgeParams = {}): Promise<AnnualSurgeResult> {
  const p = {
    year: params.year ?? 2022,
    baselineFrom: params.baselineFrom ?? 2010,
    baselineTo: params.baselineTo ?? 2021,
    zThreshold: params.zThreshold ?? 1.96,
    minGrowthPct: params.minGrowthPct ?? 50,
    minValue: params.minValue ?? 100e6,
    partners: params.partners?.length ? params.partners : null,
  };
  const cells = await port.aggregate({ dataset: 'eu_partner_annual', flow: 'export', reporters: ['EU27'], partners: p.partners ?? undefined, groupBy: ['partner', 'year'] });
  const series = new Map<string, Map<number, number>>();
  for (const c of cells) {
    if (!c.partner || c.partner === 'EU27' || c.partner === 'WORLD') continue;
    const s = series.get(c.partner) ?? new Map<number, number>();
    s.set(Number(c.year), (s.get(Number(c.year)) ?? 0) + c.value);
    series.set(c.partner, s);
  }
  const g = (s: Map<number, number>, y: number): number | null => {
    const a = s.get(y - 1);
    const b = s.get(y);
    return a === undefined || b === undefined || a <= 0 ? null : (b / a - 1) * 100;
  };
  const rows: AnnualSurgeRow[] = [];
  for (const [partner, s] of series) {
    const value = s.get(p.year);
    const previous = s.get(p.year - 1);
    if (value === undefined || previous === undefined) continue;
    const growth = g(s, p.year);
    const base: number[] = [];
    for (let y = p.baselineFrom + 1; y <= p.baselineTo; y++) {
      const x = g(s, y);
      if (x !== null) base.push(x);
    }
    const m = mean(base);
    const sd = sampleSd(base);
    const z = growth === null ? null : zScore(growth, m, sd);
    const flagged = z !== null && growth !== null && z > p.zThreshold && growth > p.minGrowthPct && value > p.minValue;
    const name = partnerName(partner);
    const why = flagged
      ? `flagged: z > ${p.zThreshold}, growth > ${p.minGrowthPct}%, value > ${money(p.minValue)}`
      : `not flagged (${[z === null || z <= p.zThreshold ? `z ≤ ${p.zThreshold}` : '', growth === null || growth <= p.minGrowthPct ? `growth ≤ ${p.minGrowthPct}%` : '', value <= p.minValue ? `value ≤ ${money(p.minValue)}` : ''].filter(Boolean).join(', ')})`;
    rows.push({
      partner,
      partnerName: name,
      previous,
      value,
      growthPct: growth,
      baselineMeanPct: m,
      baselineSdPct: sd,
      baselineYears: base.length,
      z,
      flagged,
      explanation: `EU27 exports to ${name} grew ${pct(growth)} in ${p.year} (${money(previous)} → ${money(value)}); growth in ${p.baselineFrom + 1}–${p.baselineTo} averaged ${pct(m)} (SD ${sd?.toFixed(1) ?? 'n/a'} pts), so z = ${z?.toFixed(2) ?? 'n/a'} — ${why}.`,
    });
  }
  rows.sort((a, b) => Number(b.flagged) - Number(a.flagged) || (b.z ?? -Infinity) - (a.z ?? -Infinity));
  return {
    analysis: 'surges-annual',
    params: p,
    rows,
    notes: [
      'Method of mary-lev/eu-export-sanctions (published figures F25): growth in percent, baseline mean and sample SD over the growth rates ending in the baseline window, z = (growth − mean) ÷ SD.',
      'Partner labels are mapped to ISO codes, including the French labels of the 2016 rows, so 2016 is not lost from the baseline.',
    ],
  };
}

export interface MonthlySurgeParams {
  /** Partners (default RU and the transit countries). */
  partners?: string[];
  /** Year(s) whose seasonal log-differences form the baseline (default [2021]). */
  baselineYears?: number[];
  /** Year screened (default 2022). */
  year?: number;
  zThreshold?: number;
  /** Minimum growth vs the same month a year earlier, percent (default 50). */
  minGrowthPct?: number;
  /** Minimum monthly value, EUR (default 1 m). */
  minValue?: number;
  /** Minimum baseline observations per series (default 6). */
  minBaseline?: number;
  /** CHPL lines only (default true). */
  chplOnly?: boolean;
}

export interface MonthlySurgeRow {
  partner: string;
  hs6: string;
  chplTier: string | null;
  period: string;
  value: number;
  sameMonthLastYear: number;
  growthPct: number;
  z: number;
  explanation: string;
}

export interface MonthlySurgeResult {
  analysis: 'surges-monthly';
  params: Required<MonthlySurgeParams>;
  /** Series screened (partner × HS-6 with enough baseline). */
  series: number;
  rows: MonthlySurgeRow[];
  notes: string[];
}

export async function monthlySurges(port: TradeQueryPort, params: MonthlySurgeParams = {}): Promise<MonthlySurgeResult> {
  const p: Required<MonthlySurgeParams> = {
    partners: params.partners?.length ? params.partners : ['RU', ...DEFAULT_TRANSIT],
    baselineYears: params.baselineYears?.length ? params.baselineYears : [2021],
    year: params.year ?? 2022,
    zThreshold: params.zThreshold ?? 1.96,
    minGrowthPct: params.minGrowthPct ?? 50,
    minValue: params.minValue ?? 1e6,
    minBaseline: params.minBaseline ?? 6,
    chplOnly: params.chplOnly ?? true,
  };
  const cells = await port.aggregate({ dataset: 'comext_cn8', flow: 'export', partners: p.partners, chpl: p.chplOnly ? true : undefined, groupBy: ['partner', 'hs6', 'chplTier', 'year', 'month'] });
  const series = new Map<string, { partner: string; hs6: string; tier: string | null; v: Map<string, number> }>();
  for (const c of cells) {
    const k = `${c.partner}|${c.hs6}`;
    const s = series.get(k) ?? { partner: String(c.partner), hs6: String(c.hs6), tier: c.chplTier ?? null, v: new Map() };
    s.v.set(`${c.year}-${c.month}`, c.value);
    series.set(k, s);
  }
  const dlog = (s: Map<string, number>, y: number, m: number): number | null => {
    const a = s.get(`${y - 1}-${m}`);
    const b = s.get(`${y}-${m}`);
    return a && b && a > 0 && b > 0 ? Math.log(b / a) : null;
  };
  const rows: MonthlySurgeRow[] = [];
  let screened = 0;
  for (const s of series.values()) {
    const base: number[] = [];
    for (const y of p.baselineYears) for (let m = 1; m <= 12; m++) {
      const d = dlog(s.v, y, m);
      if (d !== null) base.push(d);
    }
    if (base.length < p.minBaseline) continue;
    screened++;
    const mu = mean(base);
    const sd = sampleSd(base);
    for (let m = 1; m <= 12; m++) {
      const d = dlog(s.v, p.year, m);
      if (d === null) continue;
      const z = zScore(d, mu, sd);
      const value = s.v.get(`${p.year}-${m}`) ?? 0;
      const prev = s.v.get(`${p.year - 1}-${m}`) ?? 0;
      const growth = (Math.exp(d) - 1) * 100;
      if (z === null || z <= p.zThreshold || growth <= p.minGrowthPct || value <= p.minValue) continue;
      const period = `${p.year}-${String(m).padStart(2, '0')}`;
      rows.push({
        partner: s.partner,
        hs6: s.hs6,
        chplTier: s.tier,
        period,
        value,
        sameMonthLastYear: prev,
        growthPct: growth,
        z,
        explanation: `EU27 exports of HS ${s.hs6.slice(0, 4)}.${s.hs6.slice(4)}${s.tier ? ` (CHPL Tier ${s.tier})` : ''} to ${partnerName(s.partner)} were ${money(value)} in ${period}, ${pct(growth, 0)} on the same month a year earlier (${money(prev)}); z = ${z.toFixed(2)} against ${base.length} seasonal changes in ${p.baselineYears.join(', ')}.`,
      });
    }
  }
  rows.sort((a, b) => b.z - a.z);
  return {
    analysis: 'surges-monthly',
    params: p,
    series: screened,
    rows,
    notes: ['Seasonal log-difference ln(v[m, y] ÷ v[m, y−1]) removes the calendar pattern; months missing on either side are skipped (absent rows are not zero).'],
  };
}
