/**
 * Substitution ratio (EBRD, Chupilkin–Javorcik–Plekhanov): how far the rise of EU27 exports to transit
 * countries offsets the fall of direct exports to Russia, per product group, on like-for-like months.
 * ratio = (transit comparison − transit baseline) ÷ (Russia baseline − Russia comparison).
 */
import { groupKeys, groupOf, tierRank, CHPL_GROUP } from './groups.js';
import { money, periodLabel } from './format.js';
import { DEFAULT_TRANSIT, partnerName } from './partners.js';
import { likeForLikeMonths } from './periods.js';
import { substitutionRatio } from './stats.js';
import type { FlowCell, ProductGrouping, TradeQueryPort } from './types.js';

export interface SubstitutionParams {
  baselineYear?: number;
  comparisonYear?: number;
  months?: number[];
  /** Transit countries (default AM, GE, KZ, KG, UZ). */
  transit?: string[];
  /** The sanctioned destination (default RU). */
  direct?: string;
  /** 'chpl-tier' (default), 'chpl' or 'hs6'. */
  grouping?: Exclude<ProductGrouping, 'all-goods'>;
  /** With 'hs6': CHPL lines only (default true). */
  chplOnly?: boolean;
}

export type ResolvedSubstitutionParams = Required<SubstitutionParams>;

export interface SubstitutionRow {
  groupId: string;
  groupLabel: string;
  directBaseline: number;
  directComparison: number;
  /** Fall of direct exports (positive = fell). */
  directFall: number;
  transitBaseline: number;
  transitComparison: number;
  /** Rise of exports to the transit countries (positive = rose). */
  transitIncrease: number;
  /** transitIncrease ÷ directFall; null when direct exports did not fall. */
  ratio: number | null;
  /** Change per transit country. */
  byTransit: { partner: string; change: number }[];
  explanation: string;
}

export interface SubstitutionResult {
  analysis: 'substitution';
  params: ResolvedSubstitutionParams;
  currency: 'EUR';
  baselinePeriod: string;
  comparisonPeriod: string;
  rows: SubstitutionRow[];
  notes: string[];
}

export async function substitution(port: TradeQueryPort, params: SubstitutionParams = {}): Promise<SubstitutionResult> {
  const comparisonYear = params.comparisonYear ?? 2022;
  const p: ResolvedSubstitutionParams = {
    baselineYear: params.baselineYear ?? 2021,
    comparisonYear,
    months: likeForLikeMonths(await port.coverage(), 'comext_cn8', comparisonYear, params.months),
    transit: params.transit?.length ? params.transit : [...DEFAULT_TRANSIT],
    direct: params.direct ?? 'RU',
    grouping: params.grouping ?? 'chpl-tier',
    chplOnly: params.chplOnly ?? true,
  };
  const basePeriod = periodLabel(p.baselineYear, p.months);
  const cmpPeriod = periodLabel(p.comparisonYear, p.months);
  const cells = await port.aggregate({
    dataset: 'comext_cn8',
    flow: 'export',
    partners: [p.direct, ...p.transit],
    years: [p.baselineYear, p.comparisonYear],
    months: p.months,
    chpl: p.grouping === 'hs6' && !p.chplOnly ? undefined : true,
    groupBy: ['partner', 'year', ...groupKeys(p.grouping)],
  });
  const groups = new Map<string, { label: string; cells: FlowCell[] }>();
  const add = (id: string, label: string, c: FlowCell) => {
    const g = groups.get(id) ?? { label, cells: [] };
    g.cells.push(c);
    groups.set(id, g);
  };
  for (const c of cells) {
    const g = groupOf(c, p.grouping);
    add(g.id, g.label, c);
    if (p.grouping === 'chpl-tier') add(CHPL_GROUP.id, CHPL_GROUP.label, c);
  }
  const sum = (xs: FlowCell[], partner: (x: string) => boolean, year: number) => xs.filter((c) => partner(String(c.partner)) && c.year === year).reduce((a, c) => a + c.value, 0);
  const isDirect = (x: string) => x === p.direct;
  const isTransit = (x: string) => p.transit.includes(x);
  const transitNames = p.transit.join(', ');
  const rows: SubstitutionRow[] = [...groups].map(([groupId, { label, cells: xs }]) => {
    const directBaseline = sum(xs, isDirect, p.baselineYear);
    const directComparison = sum(xs, isDirect, p.comparisonYear);
    const transitBaseline = sum(xs, isTransit, p.baselineYear);
    const transitComparison = sum(xs, isTransit, p.comparisonYear);
    const directFall = directBaseline - directComparison;
    const transitIncrease = transitComparison - transitBaseline;
    const ratio = substitutionRatio(transitIncrease, directFall);
    const byTransit = p.transit.map((t) => ({ partner: t, change: sum(xs, (x) => x === t, p.comparisonYear) - sum(xs, (x) => x === t, p.baselineYear) }));
    const head = `${label}: EU27 exports to ${partnerName(p.direct)} ${directFall >= 0 ? 'fell' : 'rose'} by ${money(Math.abs(directFall))} (${basePeriod} → ${cmpPeriod}) while exports to ${transitNames} ${transitIncrease >= 0 ? 'rose' : 'fell'} by ${money(Math.abs(transitIncrease))}`;
    const tail = ratio === null ? '; direct exports did not fall, so there is nothing to substitute.' : `: substitution ratio ${(ratio * 100).toFixed(1)}% — the rise via transit countries offsets ${(ratio * 100).toFixed(1)}% of the fall.`;
    return { groupId, groupLabel: label, directBaseline, directComparison, directFall, transitBaseline, transitComparison, transitIncrease, ratio, byTransit, explanation: head + tail };
  });
  const order = (id: string) => (id === 'chpl' ? 999 : id.startsWith('tier:') ? tierRank(id.slice(5)) : 0);
  rows.sort((a, b) => order(a.groupId) - order(b.groupId) || b.directFall - a.directFall);
  return {
    analysis: 'substitution',
    params: p,
    currency: 'EUR',
    baselinePeriod: basePeriod,
    comparisonPeriod: cmpPeriod,
    rows,
    notes: [
      'Ratio as in EBRD (Chupilkin, Javorcik, Plekhanov; CEPR DP20097): increase of indirect flows ÷ fall of direct flows. EBRD reports ~5–10% for sanctioned goods overall (F12) and >50% for many single products (F11).',
      'Only the first leg is observed here (EU → transit); the transit → Russia leg needs partner HS-6 exports, which the data folder lacks.',
    ],
  };
}
