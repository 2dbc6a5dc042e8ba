/**
 * Diversion watchlist: (transit country, HS-6 line) pairs ranked by a documented score.
 *
 *   score = growth + size + tier + direct
 *   growth = log2(multiple), capped to 0..6 (×64); a line with no recorded baseline scores 3
 *   size   = log10(absolute increase ÷ €100 k), capped to 0..4 (€100 k → 0, €1 bn → 4)
 *   tier   = CHPL tier weight: 1 → 3, 2 → 2.5, 3.A/3.B → 2, 4.A/4.B → 1.5, not listed → 0
 *   direct = 1 when EU27 exports of the same line to Russia fell by more than half (the diverted leg)
 *
 * Pairs need a rise, a comparison value ≥ minValue and a multiple ≥ minMultiple (or no baseline).
 */
import { money, periodLabel, times } from './format.js';
import { DEFAULT_TRANSIT, partnerName } from './partners.js';
import { likeForLikeMonths } from './periods.js';
import type { TradeQueryPort } from './types.js';

export const TIER_WEIGHT: Record<string, number> = { '1': 3, '2': 2.5, '3.A': 2, '3.B': 2, '4.A': 1.5, '4.B': 1.5 };

export interface WatchlistParams {
  baselineYear?: number;
  comparisonYear?: number;
  months?: number[];
  transit?: string[];
  /** Only CHPL-listed lines (default false: every line in the extract, CHPL lines weigh more). */
  chplOnly?: boolean;
  /** Minimum comparison-period value, EUR (default 250 k). */
  minValue?: number;
  minMultiple?: number;
  /** How many pairs to return (default 25). */
  top?: number;
}

export interface WatchlistRow {
  rank: number;
  partner: string;
  partnerName: string;
  hs6: string;
  chplTier: string | null;
  baseline: number | null;
  comparison: number;
  increase: number;
  multiple: number | null;
  russiaChangePct: number | null;
  score: number;
  components: { growth: number; size: number; tier: number; direct: number };
  reasons: string[];
  explanation: string;
}

export interface WatchlistResult {
  analysis: 'watchlist';
  params: Required<WatchlistParams>;
  baselinePeriod: string;
  comparisonPeriod: string;
  rows: WatchlistRow[];
  candidates: number;
  notes: string[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export async function watchlist(port: TradeQueryPort, params: WatchlistParams = {}): Promise<WatchlistResult> {
  const comparisonYear = params.comparisonYear ?? 2022;
  const p: Required<WatchlistParams> = {
    baselineYear: params.baselineYear ?? 2021,
    comparisonYear,
    months: likeForLikeMonths(await port.coverage(), 'comext_cn8', comparisonYear, params.months),
    transit: params.transit?.length ? params.transit : [...DEFAULT_TRANSIT],
    chplOnly: params.chplOnly ?? false,
    minValue: params.minValue ?? 250e3,
    minMultiple: params.minMultiple ?? 1.5,
    top: params.top ?? 25,
  };
  const basePeriod = periodLabel(p.baselineYear, p.months);
  const cmpPeriod = periodLabel(p.comparisonYear, p.months);
  const cells = await port.aggregate({
    dataset: 'comext_cn8',
    flow: 'export',
    partners: ['RU', ...p.transit],
    years: [p.baselineYear, p.comparisonYear],
    months: p.months,
    chpl: p.chplOnly ? true : undefined,
    groupBy: ['partner', 'hs6', 'chplTier', 'year'],
  });
  const v = new Map<string, number>();
  const tiers = new Map<string, string | null>();
  for (const c of cells) {
    v.set(`${c.partner}|${c.hs6}|${c.year}`, c.value);
    tiers.set(String(c.hs6), c.chplTier ?? null);
  }
  const rows: WatchlistRow[] = [];
  for (const partner of p.transit) {
    for (const [hs6, tier] of tiers) {
      const b = v.get(`${partner}|${hs6}|${p.baselineYear}`);
      const c = v.get(`${partner}|${hs6}|${p.comparisonYear}`);
      if (c === undefined || c < p.minValue) continue;
      const baseline = b ?? null;
      const increase = c - (baseline ?? 0);
      const mult = baseline && baseline > 0 ? c / baseline : null;
      if (increase <= 0 || (mult !== null && mult < p.minMultiple)) continue;
      const ruB = v.get(`RU|${hs6}|${p.baselineYear}`);
      const ruC = v.get(`RU|${hs6}|${p.comparisonYear}`) ?? 0;
      const russiaChangePct = ruB && ruB > 0 ? (ruC / ruB - 1) * 100 : null;
      const components = {
        growth: mult === null ? 3 : clamp(Math.log2(mult), 0, 6),
        size: clamp(Math.log10(increase / 1e5), 0, 4),
        tier: tier ? TIER_WEIGHT[tier] ?? 0 : 0,
        direct: russiaChangePct !== null && russiaChangePct < -50 ? 1 : 0,
      };
      const code = `${hs6.slice(0, 4)}.${hs6.slice(4)}`;
      const reasons = [
        mult === null ? `new flow: none recorded in ${basePeriod}, ${money(c)} in ${cmpPeriod}` : `grew ${times(mult)} (${money(baseline ?? 0)} → ${money(c)})`,
        `absolute increase ${money(increase)}`,
        tier ? `CHPL Tier ${tier} line` : 'not on the CHPL (EU-sanctioned code in the extract)',
        ...(russiaChangePct !== null ? [`direct EU27 exports of ${code} to Russia ${russiaChangePct < 0 ? 'fell' : 'rose'} ${Math.abs(russiaChangePct).toFixed(0)}%`] : []),
      ];
      const score = components.growth + components.size + components.tier + components.direct;
      rows.push({
        rank: 0,
        partner,
        partnerName: partnerName(partner),
        hs6,
        chplTier: tier,
        baseline,
        comparison: c,
        increase,
        multiple: mult,
        russiaChangePct,
        score,
        components,
        reasons,
        explanation: `${partnerName(partner)} × HS ${code}: score ${score.toFixed(1)} — ${reasons.join('; ')}.`,
      });
    }
  }
  rows.sort((a, b) => b.score - a.score || b.increase - a.increase);
  const candidates = rows.length;
  const top = rows.slice(0, p.top).map((r, i) => ({ ...r, rank: i + 1 }));
  return {
    analysis: 'watchlist',
    params: p,
    baselinePeriod: basePeriod,
    comparisonPeriod: cmpPeriod,
    rows: top,
    candidates,
    notes: ['score = growth (log2 multiple, 0–6) + size (log10 of increase ÷ €100 k, 0–4) + CHPL tier weight (0–3) + 1 if direct exports of the line to Russia fell by more than half.'],
  };
}
