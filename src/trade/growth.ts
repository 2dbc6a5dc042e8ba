/**
 * Growth against a baseline year, by partner and product group: EU27 exports in the comparison year
 * over the baseline year, on like-for-like months. CHPL groups come from the Comext CN8 file; "all goods"
 * from the Eurostat total-goods file, so the two can be set side by side.
 */
import { groupKeys, groupOf, tierRank, TOTAL_GROUP, CHPL_GROUP, type ProductGroup } from './groups.js';
import { money, periodLabel, times } from './format.js';
import { DEFAULT_TRANSIT, partnerName } from './partners.js';
import { likeForLikeMonths } from './periods.js';
import { growthPct, multiple } from './stats.js';
import type { Dataset, FlowCell, ProductGrouping, TradeQueryPort } from './types.js';

export interface GrowthParams {
  /** Baseline year (default 2021). */
  baselineYear?: number;
  /** Comparison year (default 2022). */
  comparisonYear?: number;
  /** Calendar months to compare (default: the months the CN8 data covers in the comparison year). */
  months?: number[];
  /** Partners (default RU and the default transit countries). */
  partners?: string[];
  /** Product grouping for the CN8 data (default 'chpl-tier'). */
  grouping?: ProductGrouping;
  /** With grouping 'hs6': CHPL-listed lines only (default true). */
  chplOnly?: boolean;
  /** Add an "all goods" row per partner from the total-goods file (default true). */
  includeAllGoods?: boolean;
}

export type ResolvedGrowthParams = Required<GrowthParams>;

export interface GrowthRow {
  partner: string;
  partnerName: string;
  groupId: string;
  groupLabel: string;
  dataset: Dataset;
  /** Sum over the baseline months; null when no row is recorded (absent is not zero). */
  baseline: number | null;
  comparison: number | null;
  change: number;
  multiple: number | null;
  growthPct: number | null;
  explanation: string;
}

export interface GrowthResult {
  analysis: 'growth';
  params: ResolvedGrowthParams;
  reporter: 'EU27';
  currency: 'EUR';
  baselinePeriod: string;
  comparisonPeriod: string;
  rows: GrowthRow[];
  notes: string[];
}

export const DEFAULT_PARTNERS = ['RU', ...DEFAULT_TRANSIT];

export async function resolveGrowthParams(port: TradeQueryPort, p: GrowthParams = {}): Promise<ResolvedGrowthParams> {
  const comparisonYear = p.comparisonYear ?? 2022;
  return {
    baselineYear: p.baselineYear ?? 2021,
    comparisonYear,
    months: likeForLikeMonths(await port.coverage(), 'comext_cn8', comparisonYear, p.months),
    partners: p.partners?.length ? p.partners : DEFAULT_PARTNERS,
    grouping: p.grouping ?? 'chpl-tier',
    chplOnly: p.chplOnly ?? true,
    includeAllGoods: p.includeAllGoods ?? true,
  };
}

/** Sum cells into (partner, group) pairs of baseline and comparison values. */
export function pairUp(cells: readonly FlowCell[], baselineYear: number, group: (c: FlowCell) => ProductGroup) {
  const out = new Map<string, { partner: string; group: ProductGroup; baseline: number | null; comparison: number | null }>();
  for (const c of cells) {
    const g = group(c);
    const k = `${c.partner}|${g.id}`;
    const e = out.get(k) ?? { partner: String(c.partner), group: g, baseline: null, comparison: null };
    if (c.year === baselineYear) e.baseline = (e.baseline ?? 0) + c.value;
    else e.comparison = (e.comparison ?? 0) + c.value;
    out.set(k, e);
  }
  return [...out.values()];
}

export function growthSentence(args: { partner: string; groupLabel: string; baseline: number | null; comparison: number | null; basePeriod: string; cmpPeriod: string; currency?: string }): string {
  const { partner, groupLabel, baseline, comparison, basePeriod, cmpPeriod } = args;
  const cur = args.currency ?? 'EUR';
  const what = `EU27 exports of ${groupLabel.startsWith('CHPL Tier') ? `${groupLabel} lines` : groupLabel} to ${partnerName(partner)}`;
  if (baseline === null && comparison === null) return `${what}: no rows recorded in ${basePeriod} or ${cmpPeriod}.`;
  if (baseline === null) return `${what}: none recorded in ${basePeriod} (absent rows may be confidential, not zero); ${money(comparison ?? 0, cur)} in ${cmpPeriod}.`;
  if (comparison === null) return `${what}: ${money(baseline, cur)} in ${basePeriod}; none recorded in ${cmpPeriod}.`;
  const verb = comparison >= baseline ? 'rose' : 'fell';
  return `${what} ${verb} from ${money(baseline, cur)} (${basePeriod}) to ${money(comparison, cur)} (${cmpPeriod}), ${times(multiple(baseline, comparison))}.`;
}

/** Growth of EU27 exports per partner and product group, baseline year vs comparison year. */
export async function growth(port: TradeQueryPort, params: GrowthParams = {}): Promise<GrowthResult> {
  const p = await resolveGrowthParams(port, params);
  const years = [p.baselineYear, p.comparisonYear];
  const chpl = p.grouping === 'all-goods' ? undefined : p.grouping === 'hs6' ? (p.chplOnly ? true : undefined) : true;
  const basePeriod = periodLabel(p.baselineYear, p.months);
  const cmpPeriod = periodLabel(p.comparisonYear, p.months);
  const pairs: { partner: string; group: ProductGroup; baseline: number | null; comparison: number | null; dataset: Dataset }[] = [];
  if (p.grouping !== 'all-goods') {
    const cells = await port.aggregate({ dataset: 'comext_cn8', flow: 'export', partners: p.partners, years, months: p.months, chpl, groupBy: ['partner', 'year', ...groupKeys(p.grouping)] });
    pairs.push(...pairUp(cells, p.baselineYear, (c) => groupOf(c, p.grouping)).map((x) => ({ ...x, dataset: 'comext_cn8' as const })));
    if (p.grouping === 'chpl-tier') {
      pairs.push(...pairUp(cells, p.baselineYear, () => CHPL_GROUP).map((x) => ({ ...x, dataset: 'comext_cn8' as const })));
    }
  }
  if (p.includeAllGoods || p.grouping === 'all-goods') {
    const cells = await port.aggregate({ dataset: 'eu_total_monthly', flow: 'export', reporters: ['EU27'], partners: p.partners, years, months: p.months, groupBy: ['partner', 'year'] });
    pairs.push(...pairUp(cells, p.baselineYear, () => TOTAL_GROUP).map((x) => ({ ...x, dataset: 'eu_total_monthly' as const })));
  }
  const order = (g: ProductGroup) => (g.id === 'total' ? 1000 : g.id === 'chpl' ? 999 : g.id.startsWith('tier:') ? tierRank(g.id.slice(5)) : 0);
  const rows: GrowthRow[] = pairs
    .map(({ partner, group, baseline, comparison, dataset }) => ({
      partner,
      partnerName: partnerName(partner),
      groupId: group.id,
      groupLabel: group.label,
      dataset,
      baseline,
      comparison,
      change: (comparison ?? 0) - (baseline ?? 0),
      multiple: baseline === null ? null : multiple(baseline, comparison ?? 0),
      growthPct: baseline === null ? null : growthPct(baseline, comparison ?? 0),
      explanation: growthSentence({ partner, groupLabel: group.label, baseline, comparison, basePeriod, cmpPeriod }),
    }))
    .sort((a, b) => p.partners.indexOf(a.partner) - p.partners.indexOf(b.partner) || order({ id: a.groupId, label: '' }) - order({ id: b.groupId, label: '' }) || a.groupId.localeCompare(b.groupId));
  return {
    analysis: 'growth',
    params: p,
    reporter: 'EU27',
    currency: 'EUR',
    baselinePeriod: basePeriod,
    comparisonPeriod: cmpPeriod,
    rows,
    notes: [
      `Like-for-like months: ${basePeriod} against ${cmpPeriod}.`,
      'CHPL groups: Eurostat Comext CN8 exports of the 27 member states summed (chapters 84/85/88/90 extract; 8482.10 and Tier 4.B are not in it). All goods: Eurostat EU27_2020 aggregate.',
      'Absent rows are confidential or unreported cells, not zero trade.',
    ],
  };
}

export interface MonthlyIndexParams {
  partners?: string[];
  /** Index base: the mean monthly value of this year = 100 (default 2021). */
  baseYear?: number;
  /** CHPL-listed lines only (default true). */
  chplOnly?: boolean;
}

export interface MonthlyIndexPoint {
  partner: string;
  partnerName: string;
  period: string;
  value: number;
  index: number | null;
}

export interface MonthlyIndexResult {
  analysis: 'monthly-index';
  params: Required<MonthlyIndexParams>;
  points: MonthlyIndexPoint[];
  explanation: string[];
}

/** Monthly EU27 exports of CHPL lines per partner, indexed to the base year's monthly mean = 100. */
export async function monthlyIndex(port: TradeQueryPort, params: MonthlyIndexParams = {}): Promise<MonthlyIndexResult> {
  const p: Required<MonthlyIndexParams> = { partners: params.partners?.length ? params.partners : ['RU', 'KZ', 'KG', 'AM'], baseYear: params.baseYear ?? 2021, chplOnly: params.chplOnly ?? true };
  const cells = await port.aggregate({ dataset: 'comext_cn8', flow: 'export', partners: p.partners, chpl: p.chplOnly ? true : undefined, groupBy: ['partner', 'year', 'month'] });
  const base = new Map<string, number>();
  for (const partner of p.partners) {
    const xs = cells.filter((c) => c.partner === partner && c.year === p.baseYear);
    if (xs.length) base.set(partner, xs.reduce((a, c) => a + c.value, 0) / 12);
  }
  const points = cells
    .map((c) => {
      const b = base.get(String(c.partner));
      return { partner: String(c.partner), partnerName: partnerName(String(c.partner)), period: `${c.year}-${String(c.month).padStart(2, '0')}`, value: c.value, index: b ? (100 * c.value) / b : null };
    })
    .sort((a, b) => a.partner.localeCompare(b.partner) || a.period.localeCompare(b.period));
  const explanation = p.partners.map((partner) => {
    const last = points.filter((x) => x.partner === partner).at(-1);
    return last && last.index !== null
      ? `${partnerName(partner)}: ${money(last.value)} in ${last.period}, index ${last.index.toFixed(0)} (mean month of ${p.baseYear} = 100).`
      : `${partnerName(partner)}: no ${p.baseYear} baseline.`;
  });
  return { analysis: 'monthly-index', params: p, points, explanation };
}
