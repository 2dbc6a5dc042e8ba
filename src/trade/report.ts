/**
 * The Markdown trade-diversion report, assembled from analysis results and chart file names.
 * Pure: the caller passes everything in, including the time stamp to print.
 */
import type { ChartSpec } from './charts.js';
import { money, pct, times } from './format.js';
import type { GrowthResult, MonthlyIndexResult } from './growth.js';
import type { HubFlowResult } from './hub-flows.js';
import type { MirrorResult } from './mirror.js';
import { partnerName } from './partners.js';
import type { CalibrationRow } from './reference.js';
import type { SubstitutionResult } from './substitution.js';
import type { AnnualSurgeResult, MonthlySurgeResult } from './surges.js';
import type { DatasetCoverage } from './types.js';
import type { WatchlistResult } from './watchlist.js';

export interface TradeAnalyses {
  coverage: DatasetCoverage[];
  growth: GrowthResult;
  monthlyIndex: MonthlyIndexResult;
  substitution: SubstitutionResult;
  mirror: MirrorResult;
  annualSurges: AnnualSurgeResult;
  monthlySurges: MonthlySurgeResult;
  watchlist: WatchlistResult;
  hubFlows: HubFlowResult;
  calibration: CalibrationRow[];
}

export interface ReportOptions {
  /** Chart id -> image file name relative to the report (PNG or SVG). */
  chartFiles: Record<string, string>;
  charts: readonly ChartSpec[];
  generatedAt?: string;
  importId?: number;
}

const esc = (s: string) => s.replaceAll('|', '\\|');

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => esc(String(c))).join(' | ')} |`)].join('\n');
}

function chart(id: string, o: ReportOptions): string {
  const c = o.charts.find((x) => x.id === id);
  const f = o.chartFiles[id];
  return c && f ? `![${c.title}](${f})\n\n*${c.caption}*\n` : '';
}

export function buildReport(a: TradeAnalyses, o: ReportOptions): string {
  const g = a.growth;
  const out: string[] = [];
  out.push('# Trade-diversion report');
  out.push(
    `EU27 exports to Russia and its neighbours, ${g.baselinePeriod} against ${g.comparisonPeriod}.` +
      (o.generatedAt ? ` Generated ${o.generatedAt}` : '') +
      (o.importId !== undefined ? ` from trade import #${o.importId}.` : ''),
  );
  out.push('## Data');
  out.push(table(['dataset', 'rows', 'from', 'to', 'currency'], a.coverage.map((c) => [c.dataset, c.rows, c.firstPeriod, c.lastPeriod, c.currency])));

  const chplRows = g.rows.filter((r) => r.groupId === 'chpl');
  const ru = chplRows.find((r) => r.partner === 'RU');
  const rising = chplRows.filter((r) => r.partner !== 'RU' && (r.multiple ?? 0) > 1).sort((x, y) => (y.multiple ?? 0) - (x.multiple ?? 0));
  out.push('## Summary');
  const bullets = [
    ru ? `- ${ru.explanation}` : '',
    ...rising.slice(0, 4).map((r) => `- ${r.explanation}`),
    ...a.substitution.rows.filter((r) => r.groupId === 'chpl').map((r) => `- ${r.explanation}`),
    ...a.annualSurges.rows.filter((r) => r.flagged).slice(0, 6).map((r) => `- Surge: ${r.explanation}`),
    ...a.mirror.summary.map((s) => `- Mirror gap — ${s.explanation}`),
  ].filter(Boolean);
  out.push(bullets.join('\n'));

  out.push(`## 1. Growth against ${g.params.baselineYear}, by destination and CHPL tier`);
  out.push(chart('growth-by-partner', o));
  out.push(
    table(
      ['destination', 'product group', g.baselinePeriod, g.comparisonPeriod, 'multiple', 'explanation'],
      g.rows.map((r) => [r.partnerName, r.groupLabel, r.baseline === null ? '—' : money(r.baseline), r.comparison === null ? '—' : money(r.comparison), times(r.multiple), r.explanation]),
    ),
  );
  out.push(g.notes.map((n) => `- ${n}`).join('\n'));
  out.push(chart('monthly-index', o));
  out.push(a.monthlyIndex.explanation.map((e) => `- ${e}`).join('\n'));

  const s = a.substitution;
  out.push('## 2. Substitution ratio');
  out.push(chart('substitution', o));
  out.push(
    table(
      ['product group', `fall to ${s.params.direct}`, 'rise to transit', 'ratio', 'explanation'],
      s.rows.map((r) => [r.groupLabel, money(r.directFall), money(r.transitIncrease), r.ratio === null ? 'n/a' : pct(r.ratio * 100).replace('+', ''), r.explanation]),
    ),
  );
  out.push(s.notes.map((n) => `- ${n}`).join('\n'));

  const m = a.mirror;
  out.push('## 3. Mirror gap');
  out.push(chart('mirror-gap', o));
  out.push(
    table(
      ['partner', 'year', 'EU27-reported exports', 'partner-reported imports', 'gap', 'ln(imp ÷ exp)', 'explanation'],
      m.rows.map((r) => [r.countryName, r.year, money(r.exporterReported), money(r.importerReported), money(r.gap), r.logRatio?.toFixed(2) ?? 'n/a', r.explanation]),
    ),
  );
  out.push([...m.summary.map((x) => `- ${x.explanation}`), ...m.notes.map((n) => `- ${n}`)].join('\n'));

  const as = a.annualSurges;
  out.push('## 4. Surge flags');
  out.push(`### Annual screen (z > ${as.params.zThreshold}, growth > ${as.params.minGrowthPct}%, value > ${money(as.params.minValue)})`);
  out.push(chart('surge-z', o));
  out.push(
    table(
      ['partner', `${as.params.year - 1}`, `${as.params.year}`, 'growth', 'baseline mean', 'baseline SD', 'z', 'flag'],
      as.rows.filter((r) => r.flagged).map((r) => [r.partnerName, money(r.previous), money(r.value), pct(r.growthPct), pct(r.baselineMeanPct), r.baselineSdPct?.toFixed(1) ?? 'n/a', r.z?.toFixed(2) ?? 'n/a', 'yes']),
    ),
  );
  out.push(as.rows.filter((r) => r.flagged).map((r) => `- ${r.explanation}`).join('\n'));
  out.push(as.notes.map((n) => `- ${n}`).join('\n'));
  const ms = a.monthlySurges;
  out.push(`### Monthly screen, HS-6 × partner (${ms.series} series; z > ${ms.params.zThreshold}, growth > ${ms.params.minGrowthPct}%, month > ${money(ms.params.minValue)})`);
  out.push(
    ms.rows.length
      ? table(['partner', 'HS-6', 'tier', 'month', 'value', 'z', 'explanation'], ms.rows.slice(0, 20).map((r) => [partnerName(r.partner), r.hs6, r.chplTier ?? '—', r.period, money(r.value), r.z.toFixed(2), r.explanation]))
      : 'No month passes all three thresholds.',
  );
  out.push(ms.notes.map((n) => `- ${n}`).join('\n'));

  const w = a.watchlist;
  out.push('## 5. Diversion watchlist');
  out.push(chart('watchlist', o));
  out.push(
    table(
      ['rank', 'partner', 'HS-6', 'tier', w.baselinePeriod, w.comparisonPeriod, 'score', 'reasons'],
      w.rows.map((r) => [r.rank, r.partnerName, r.hs6, r.chplTier ?? '—', r.baseline === null ? '—' : money(r.baseline), money(r.comparison), r.score.toFixed(1), r.reasons.join('; ')]),
    ),
  );
  out.push(`${w.candidates} pairs passed the filters (rise, ≥ ${money(w.params.minValue)} in the comparison period, ≥ ×${w.params.minMultiple}). ${w.notes.join(' ')}`);

  const h = a.hubFlows;
  out.push('## 6. Hub flows: the second leg (UN Comtrade)');
  out.push(chart('hub-flows', o));
  out.push(
    table(
      ['hub', 'product', 'year', 'imports', `exports to ${h.params.destination}`, 'exports, all', 'min(M, X) ÷ X', 'explanation'],
      h.rows.map((r) => [partnerName(r.hub), r.product, r.year, money(r.imports, 'USD'), money(r.exportsTo[h.params.destination] ?? 0, 'USD'), money(r.exports, 'USD'), r.reexportShare?.toFixed(2) ?? 'n/a', r.explanation]),
    ),
  );
  out.push(h.notes.map((n) => `- ${n}`).join('\n'));

  if (a.calibration.length) {
    out.push('## Calibration against published figures');
    out.push(
      table(
        ['figure', 'partner', 'measure', 'published', 'computed', 'error', 'within ±5%'],
        a.calibration.map((c) => [c.figure, c.partner, c.measure, c.published, c.computed === null ? 'n/a' : c.computed.toFixed(2), c.relativeError === null ? 'n/a' : `${(c.relativeError * 100).toFixed(1)}%`, c.withinTolerance ? 'yes' : 'NO']),
      ),
    );
  }
  out.push('## Caveats');
  out.push(
    [
      '- Absent rows are confidential or unreported cells, never zero; a line with no baseline row is reported as "none recorded", not as infinite growth.',
      '- The CN8 extract covers chapters 84/85/88/90 only: ball bearings 8482.10 and CHPL Tier 4.B machine tools are not in it.',
      '- Only the EU → transit leg is observed; the transit → Russia leg needs partner HS-6 exports that the data folder lacks.',
      '- Comtrade files (Armenia, Georgia) hold HS-4 and HS-6 rows of the same trade: queries pick one level, never both.',
    ].join('\n'),
  );
  return out.filter((x) => x !== '').join('\n\n') + '\n';
}
