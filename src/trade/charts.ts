/**
 * Vega-Lite chart specs built from analysis results by pure functions: the report renders them to
 * SVG/PNG, the console can render the very same specs interactively with vega-embed.
 */
import type { GrowthResult, MonthlyIndexResult } from './growth.js';
import type { HubFlowResult } from './hub-flows.js';
import type { MirrorResult } from './mirror.js';
import type { SubstitutionResult } from './substitution.js';
import type { AnnualSurgeResult } from './surges.js';
import type { WatchlistResult } from './watchlist.js';

export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence on what the chart shows. */
  caption: string;
  spec: VegaLiteSpec;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const FONT = 'DejaVu Sans';
const CONFIG = {
  font: FONT,
  title: { fontSize: 15, anchor: 'start', subtitleFontSize: 11, subtitleColor: '#555' },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 320 },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom', labelLimit: 420, columnPadding: 16 },
  view: { stroke: null },
  background: 'white',
};

function base(title: string, subtitle: string): VegaLiteSpec {
  return { $schema: SCHEMA, title: { text: title, subtitle }, config: CONFIG, padding: 12 };
}

const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** Growth multiple by partner: CHPL lines vs all goods. */
export function growthChart(g: GrowthResult): ChartSpec {
  const rows = g.rows
    .filter((r) => (r.groupId === 'chpl' || r.groupId === 'total') && r.multiple !== null)
    .map((r) => ({ partner: r.partnerName, group: r.groupId === 'chpl' ? 'CHPL-listed lines (CN8 extract)' : 'All goods', multiple: round(r.multiple), label: `×${(r.multiple ?? 0).toFixed(1)}` }));
  const order = [...new Set(rows.map((r) => r.partner))];
  const enc = {
    x: { field: 'partner', type: 'nominal', sort: order, title: 'Destination', axis: { labelAngle: 0 } },
    xOffset: { field: 'group', sort: ['CHPL-listed lines (CN8 extract)', 'All goods'] },
    y: { field: 'multiple', type: 'quantitative', title: `${g.comparisonPeriod} as a multiple of ${g.baselinePeriod}` },
  };
  return {
    id: 'growth-by-partner',
    title: 'Growth of EU27 exports by destination',
    caption: `EU27 exports in ${g.comparisonPeriod} as a multiple of ${g.baselinePeriod}, CHPL-listed lines against all goods; 1 = no change.`,
    spec: {
      ...base('EU27 exports: growth by destination', `${g.comparisonPeriod} ÷ ${g.baselinePeriod}; CHPL lines vs all goods; dashed line = no change`),
      width: 560,
      height: 320,
      layer: [
        { data: { values: rows }, mark: { type: 'bar' }, encoding: { ...enc, color: { field: 'group', type: 'nominal', title: null, scale: { range: ['#c0392b', '#7f8c8d'] }, sort: ['CHPL-listed lines (CN8 extract)', 'All goods'] }, tooltip: [{ field: 'partner' }, { field: 'group' }, { field: 'multiple', format: '.2f' }] } },
        { data: { values: rows }, mark: { type: 'text', dy: -7, fontSize: 10 }, encoding: { ...enc, text: { field: 'label' } } },
        { data: { values: [{ y: 1 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#333' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
      ],
    },
  };
}

/** Monthly CHPL exports per partner, indexed (log scale). */
export function monthlyIndexChart(m: MonthlyIndexResult): ChartSpec {
  const values = m.points.filter((p) => p.index !== null && p.index > 0).map((p) => ({ partner: p.partnerName, month: `${p.period}-01`, index: round(p.index, 1), value: p.value }));
  return {
    id: 'monthly-index',
    title: 'Monthly EU27 exports of CHPL lines, indexed',
    caption: `Monthly EU27 exports of CHPL-listed lines per destination, mean month of ${m.params.baseYear} = 100, log scale; the vertical line marks the invasion (Feb 2022).`,
    spec: {
      ...base('EU27 exports of CHPL-listed lines, monthly', `Index: mean month of ${m.params.baseYear} = 100 (log scale); vertical line = February 2022`),
      width: 600,
      height: 320,
      layer: [
        {
          data: { values },
          mark: { type: 'line', point: { size: 18 }, strokeWidth: 2 },
          encoding: {
            x: { field: 'month', type: 'temporal', timeUnit: 'yearmonth', title: 'Month', axis: { format: '%b %Y', labelAngle: 0, tickCount: 8 } },
            y: { field: 'index', type: 'quantitative', scale: { type: 'log' }, title: `Index (${m.params.baseYear} monthly mean = 100)` },
            color: { field: 'partner', type: 'nominal', title: 'Destination', scale: { scheme: 'set1' } },
            tooltip: [{ field: 'partner' }, { field: 'month', type: 'temporal', timeUnit: 'yearmonth' }, { field: 'index' }, { field: 'value', format: ',.0f', title: 'EUR' }],
          },
        },
        { data: { values: [{ y: 100 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#555' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
        { data: { values: [{ x: '2022-02-24' }] }, mark: { type: 'rule', color: '#333' }, encoding: { x: { field: 'x', type: 'temporal' } } },
      ],
    },
  };
}

/** Fall of direct exports to Russia vs rise of exports to transit countries, and the ratio. */
export function substitutionChart(s: SubstitutionResult): ChartSpec {
  const bars = s.rows.flatMap((r) => [
    { group: r.groupLabel, measure: `Fall of exports to ${s.params.direct}`, eurM: round(r.directFall / 1e6, 1) },
    { group: r.groupLabel, measure: 'Rise of exports to transit countries', eurM: round(r.transitIncrease / 1e6, 1) },
  ]);
  const ratios = s.rows.map((r) => ({ group: r.groupLabel, ratioPct: round((r.ratio ?? 0) * 100, 1), label: r.ratio === null ? 'n/a' : `${(r.ratio * 100).toFixed(1)}%` }));
  const order = s.rows.map((r) => r.groupLabel);
  return {
    id: 'substitution',
    title: 'Substitution ratio by product group',
    caption: `Per product group, the fall of EU27 exports to Russia and the rise of exports to ${s.params.transit.join(', ')} (${s.baselinePeriod} → ${s.comparisonPeriod}), and their ratio.`,
    spec: {
      ...base('Substitution: transit rise vs direct fall', `${s.baselinePeriod} → ${s.comparisonPeriod}; transit = ${s.params.transit.join(', ')}; ratio = rise ÷ fall`),
      hconcat: [
        {
          width: 380,
          height: 230,
          data: { values: bars },
          mark: 'bar',
          encoding: {
            y: { field: 'group', type: 'nominal', sort: order, title: null },
            yOffset: { field: 'measure' },
            x: { field: 'eurM', type: 'quantitative', title: 'EUR million' },
            color: { field: 'measure', type: 'nominal', title: null, scale: { range: ['#34495e', '#e67e22'] } },
            tooltip: [{ field: 'group' }, { field: 'measure' }, { field: 'eurM', title: 'EUR m' }],
          },
        },
        {
          width: 200,
          height: 230,
          data: { values: ratios },
          layer: [
            { mark: { type: 'bar', color: '#e67e22' }, encoding: { y: { field: 'group', type: 'nominal', sort: order, title: null, axis: null }, x: { field: 'ratioPct', type: 'quantitative', title: 'Substitution ratio (%)' } } },
            { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 }, encoding: { y: { field: 'group', type: 'nominal', sort: order }, x: { field: 'ratioPct', type: 'quantitative' }, text: { field: 'label' } } },
          ],
        },
      ],
    },
  };
}

/** Mirror gap: EU-reported exports vs partner-reported imports, and the log ratio. */
export function mirrorChart(m: MirrorResult): ChartSpec {
  const bars = m.rows.flatMap((r) => [
    { country: r.countryName, year: String(r.year), side: 'EU27-reported exports', eurM: round(r.exporterReported / 1e6, 1) },
    { country: r.countryName, year: String(r.year), side: 'Partner-reported imports from EU27', eurM: round(r.importerReported / 1e6, 1) },
  ]);
  const lines = m.rows.filter((r) => !r.suspectIncomplete).map((r) => ({ country: r.countryName, year: String(r.year), logRatio: round(r.logRatio, 3) }));
  const dropped = m.rows.filter((r) => r.suspectIncomplete).map((r) => `${r.country} ${r.year}`);
  return {
    id: 'mirror-gap',
    title: 'Mirror gap',
    caption: `What the EU27 reports exporting against what each partner reports importing from the EU27 (EUR), and ln(importer ÷ exporter) per year${dropped.length ? `; years whose importer side looks incomplete (${dropped.join(', ')}) are left out of the lower panel` : ''}.`,
    spec: {
      $schema: SCHEMA,
      title: {
        text: 'Mirror gap: EU27 exports vs partner-reported imports',
        subtitle: ['Bars: EUR million, own scale per partner', `Lines: ln(importer ÷ exporter), 0 = the two agree${dropped.length ? `; incomplete importer years left out (${dropped.join(', ')})` : ''}`],
      },
      config: CONFIG,
      padding: 12,
      vconcat: [
        {
          data: { values: bars },
          facet: { column: { field: 'country', type: 'nominal', title: null, header: { labelFontSize: 12 } } },
          spec: {
            width: 165,
            height: 160,
            mark: 'bar',
            encoding: {
              x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: -45 } },
              xOffset: { field: 'side' },
              y: { field: 'eurM', type: 'quantitative', title: 'EUR million' },
              color: { field: 'side', type: 'nominal', title: null, scale: { range: ['#2c3e50', '#3498db'] } },
              tooltip: [{ field: 'country' }, { field: 'year' }, { field: 'side' }, { field: 'eurM' }],
            },
          },
          resolve: { scale: { y: 'independent' } },
        },
        {
          width: 860,
          height: 170,
          layer: [
            {
              data: { values: lines },
              mark: { type: 'line', point: { filled: true, size: 40 } },
              encoding: {
                x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
                y: { field: 'logRatio', type: 'quantitative', title: 'ln(importer ÷ exporter)' },
                color: { field: 'country', type: 'nominal', title: 'Partner', scale: { scheme: 'set1' } },
                tooltip: [{ field: 'country' }, { field: 'year' }, { field: 'logRatio' }],
              },
            },
            { data: { values: [{ y: 0 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#555' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
          ],
        },
      ],
      resolve: { scale: { color: 'independent' } },
    },
  };
}

/** Annual surge screen: z-scores of the partners with the highest z. */
export function surgeChart(s: AnnualSurgeResult, top = 15): ChartSpec {
  const rows = s.rows
    .filter((r) => r.z !== null && r.value > s.params.minValue)
    .sort((a, b) => (b.z ?? 0) - (a.z ?? 0))
    .slice(0, top)
    .map((r) => ({ partner: r.partnerName, z: round(r.z), growth: `${(r.growthPct ?? 0) >= 0 ? '+' : ''}${(r.growthPct ?? 0).toFixed(1)}%`, status: r.flagged ? 'Flagged' : 'Not flagged' }));
  const order = rows.map((r) => r.partner);
  return {
    id: 'surge-z',
    title: 'Surge screen: z-scores of export growth',
    caption: `Partners above ${(s.params.minValue / 1e6).toFixed(0)} m EUR with the highest z-score of ${s.params.year} growth against their ${s.params.baselineFrom + 1}–${s.params.baselineTo} growth rates; flagged = z > ${s.params.zThreshold} and growth > ${s.params.minGrowthPct}%.`,
    spec: {
      ...base(`Surge screen: EU27 export growth in ${s.params.year}`, `z-score vs ${s.params.baselineFrom + 1}–${s.params.baselineTo} growth; line at z = ${s.params.zThreshold}; label = growth; value > €${(s.params.minValue / 1e6).toFixed(0)} m`),
      width: 520,
      height: { step: 20 },
      data: { values: rows },
      layer: [
        {
          mark: 'bar',
          encoding: {
            y: { field: 'partner', type: 'nominal', sort: order, title: null },
            x: { field: 'z', type: 'quantitative', title: 'z-score of year-on-year growth' },
            color: { field: 'status', type: 'nominal', title: null, scale: { domain: ['Flagged', 'Not flagged'], range: ['#c0392b', '#95a5a6'] } },
            tooltip: [{ field: 'partner' }, { field: 'z' }, { field: 'growth' }, { field: 'status' }],
          },
        },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 }, encoding: { y: { field: 'partner', type: 'nominal', sort: order }, x: { field: 'z', type: 'quantitative' }, text: { field: 'growth' } } },
        { data: { values: [{ x: s.params.zThreshold }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#333' }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      ],
    },
  };
}

/** Watchlist: score components of the top pairs. */
export function watchlistChart(w: WatchlistResult, top = 15): ChartSpec {
  const names: Record<string, string> = { growth: 'Growth', size: 'Size of increase', tier: 'CHPL tier', direct: 'Direct exports to RU fell' };
  const rows = w.rows.slice(0, top).flatMap((r) => {
    const label = `${r.rank}. ${r.partner} · ${r.hs6.slice(0, 4)}.${r.hs6.slice(4)}${r.chplTier ? ` (T${r.chplTier})` : ''}`;
    return Object.entries(r.components).map(([k, v]) => ({ pair: label, component: names[k], rank: Object.keys(names).indexOf(k), points: round(v, 2) }));
  });
  const order = [...new Set(rows.map((r) => r.pair))];
  return {
    id: 'watchlist',
    title: 'Diversion watchlist',
    caption: `Top ${Math.min(top, w.rows.length)} (transit country, HS-6) pairs by score = growth + size + CHPL tier + direct-fall points (${w.baselinePeriod} → ${w.comparisonPeriod}).`,
    spec: {
      ...base('Diversion watchlist: top country × HS-6 pairs', `Score components, ${w.baselinePeriod} → ${w.comparisonPeriod}`),
      width: 480,
      height: { step: 20 },
      data: { values: rows },
      mark: 'bar',
      encoding: {
        y: { field: 'pair', type: 'nominal', sort: order, title: null },
        x: { field: 'points', type: 'quantitative', aggregate: 'sum', title: 'Score (points)' },
        color: { field: 'component', type: 'nominal', title: null, sort: Object.values(names), scale: { scheme: 'tableau10' } },
        order: { field: 'rank', type: 'quantitative' },
        tooltip: [{ field: 'pair' }, { field: 'component' }, { field: 'points' }],
      },
    },
  };
}

/** Hub flows: imports vs exports to Russia (and other destinations) per hub and product, USD. */
export function hubChart(h: HubFlowResult): ChartSpec {
  const label = (hub: string, product: string) => `${hub} · HS ${product.length === 6 ? `${product.slice(0, 4)}.${product.slice(4)}` : product}`;
  const values = h.rows.flatMap((r) => [
    { panel: label(r.hub, r.product), year: String(r.year), series: 'Imports from all partners', usdM: round(r.imports / 1e6, 1) },
    ...Object.entries(r.exportsTo)
      .filter(([d, v]) => d === h.params.destination || v > 0)
      .map(([d, v]) => ({ panel: label(r.hub, r.product), year: String(r.year), series: `Exports to ${d}`, usdM: round(v / 1e6, 1) })),
  ]);
  return {
    id: 'hub-flows',
    title: 'Hub flows: imports vs exports to Russia',
    caption: `UN Comtrade rows reported by the hub, USD million per year; ${h.params.destination} = the second leg. Last years are partial where the file ends.`,
    spec: {
      $schema: SCHEMA,
      title: { text: 'Hubs: imports of a product vs its exports to Russia', subtitle: 'UN Comtrade, reported by the hub; USD million per year, own scale per panel; last year partial' },
      config: CONFIG,
      padding: 12,
      data: { values },
      facet: { column: { field: 'panel', type: 'nominal', title: null, header: { labelFontSize: 12 } } },
      spec: {
        width: 220,
        height: 200,
        mark: { type: 'line', point: { filled: true, size: 36 } },
        encoding: {
          x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: -45 } },
          y: { field: 'usdM', type: 'quantitative', title: 'USD million' },
          color: { field: 'series', type: 'nominal', title: null, scale: { scheme: 'dark2' } },
          tooltip: [{ field: 'panel' }, { field: 'year' }, { field: 'series' }, { field: 'usdM', title: 'USD m' }],
        },
      },
      resolve: { scale: { x: 'independent', y: 'independent' } },
    },
  };
}
