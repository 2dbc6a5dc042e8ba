/**
 * Trade-diversion service: the surface the CLI, the API and the console share. Opens the DuckDB store,
 * runs the analyses of src/trade with parameters, returns JSON-serialisable results with Vega-Lite
 * specs, imports the trade files, and writes the Markdown report with SVG/PNG charts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ChokepointError } from '../errors.js';
import { loadGoodsTables } from '../goods/load.js';
import { DuckDbTradeStore, type TradeImportReport } from '../storage/duckdb/trade-store.js';
import { growthChart, hubChart, mirrorChart, monthlyIndexChart, substitutionChart, surgeChart, watchlistChart, type ChartSpec } from '../trade/charts.js';
import { growth, monthlyIndex, type GrowthParams, type GrowthResult, type MonthlyIndexParams, type MonthlyIndexResult } from '../trade/growth.js';
import { hubFlows, type HubFlowParams, type HubFlowResult } from '../trade/hub-flows.js';
import { mirrorGap, type MirrorParams, type MirrorResult } from '../trade/mirror.js';
import { calibrate, type PublishedFigure } from '../trade/reference.js';
import { renderSvg, svgToPngAsync } from '../trade/render.js';
import { buildReport, type TradeAnalyses } from '../trade/report.js';
import { substitution, type SubstitutionParams, type SubstitutionResult } from '../trade/substitution.js';
import { annualSurges, monthlySurges, type AnnualSurgeParams, type AnnualSurgeResult, type MonthlySurgeParams, type MonthlySurgeResult } from '../trade/surges.js';
import type { DatasetCoverage } from '../trade/types.js';
import { watchlist, type WatchlistParams, type WatchlistResult } from '../trade/watchlist.js';

/** Parameters shared by the whole report (each analysis also takes its own). */
export interface TradeReportParams {
  baselineYear?: number;
  comparisonYear?: number;
  /** Transit countries (default AM, GE, KZ, KG, UZ). */
  transit?: string[];
}

export interface TradeReportResult {
  analyses: TradeAnalyses;
  charts: ChartSpec[];
  importId?: number;
}

export interface TradeService {
  coverage(): Promise<DatasetCoverage[]>;
  imports(): Promise<{ id: number; startedAt: string; finishedAt: string; sourceDir: string; rows: number }[]>;
  growth(p?: GrowthParams): Promise<GrowthResult>;
  monthlyIndex(p?: MonthlyIndexParams): Promise<MonthlyIndexResult>;
  substitution(p?: SubstitutionParams): Promise<SubstitutionResult>;
  mirrorGap(p?: MirrorParams): Promise<MirrorResult>;
  annualSurges(p?: AnnualSurgeParams): Promise<AnnualSurgeResult>;
  monthlySurges(p?: MonthlySurgeParams): Promise<MonthlySurgeResult>;
  watchlist(p?: WatchlistParams): Promise<WatchlistResult>;
  hubFlows(p?: HubFlowParams): Promise<HubFlowResult>;
  /** Every analysis of the report, plus its chart specs (Vega-Lite JSON). */
  analyses(p?: TradeReportParams, references?: readonly PublishedFigure[]): Promise<TradeReportResult>;
  close(): void;
}

/** Open the store and wrap it in the service. Throws NOT_FOUND when nothing was imported yet. */
export async function openTradeService(storePath: string, opts: { requireData?: boolean; readOnly?: boolean } = {}): Promise<TradeService> {
  if (storePath !== ':memory:' && !existsSync(storePath) && opts.requireData !== false) {
    throw new ChokepointError('NOT_FOUND', `trade store not found: ${storePath}; run \`chokepoint trade import\` first`, { field: '--store' });
  }
  const store = await DuckDbTradeStore.open(storePath, { readOnly: opts.readOnly });
  if (opts.requireData !== false && (await store.coverage()).length === 0) {
    store.close();
    throw new ChokepointError('NOT_FOUND', `trade store ${storePath} holds no data; run \`chokepoint trade import\` first`, { field: '--store' });
  }
  return tradeService(store);
}

export function tradeService(store: DuckDbTradeStore): TradeService {
  return {
    coverage: () => store.coverage(),
    imports: () => store.imports(),
    growth: (p) => growth(store, p),
    monthlyIndex: (p) => monthlyIndex(store, p),
    substitution: (p) => substitution(store, p),
    mirrorGap: (p) => mirrorGap(store, p),
    annualSurges: (p) => annualSurges(store, p),
    monthlySurges: (p) => monthlySurges(store, p),
    watchlist: (p) => watchlist(store, p),
    hubFlows: (p) => hubFlows(store, p),
    async analyses(p = {}, references = []) {
      const common = { baselineYear: p.baselineYear, comparisonYear: p.comparisonYear };
      // DuckDB serialises queries on one connection; run in sequence.
      const coverage = await store.coverage();
      const g = await growth(store, { ...common, partners: p.transit ? ['RU', ...p.transit] : undefined });
      const mi = await monthlyIndex(store, { baseYear: p.baselineYear });
      const sub = await substitution(store, { ...common, transit: p.transit });
      const mg = await mirrorGap(store);
      const as = await annualSurges(store, { year: p.comparisonYear, baselineTo: p.baselineYear });
      const ms = await monthlySurges(store, { year: p.comparisonYear, baselineYears: p.baselineYear ? [p.baselineYear] : undefined, partners: p.transit ? ['RU', ...p.transit] : undefined });
      const w = await watchlist(store, { ...common, transit: p.transit });
      const hf = await hubFlows(store, { baselineYear: p.baselineYear });
      // The published figures (C04, F25) are for 2021 → 2022 only.
      const calibration =
        references.length && (p.baselineYear ?? 2021) === 2021 && (p.comparisonYear ?? 2022) === 2022
          ? calibrate(references, await growth(store, { partners: ['RU', 'KZ', 'KG', 'AM'], grouping: 'chpl', includeAllGoods: false }), as)
          : [];
      const analyses: TradeAnalyses = { coverage, growth: g, monthlyIndex: mi, substitution: sub, mirror: mg, annualSurges: as, monthlySurges: ms, watchlist: w, hubFlows: hf, calibration };
      const charts = [growthChart(g), monthlyIndexChart(mi), substitutionChart(sub), mirrorChart(mg), surgeChart(as), watchlistChart(w), hubChart(hf)];
      return { analyses, charts, importId: (await store.imports())[0]?.id };
    },
    close: () => store.close(),
  };
}

/** Import every trade file of `dir` into the store at `storePath`, with the CHPL table of `goodsDir`. */
export async function importTrade(opts: { storePath: string; dir: string; goodsDir: string; now?: () => Date }): Promise<TradeImportReport> {
  if (!existsSync(opts.dir)) throw new ChokepointError('NOT_FOUND', `trade data folder not found: ${opts.dir}; pass --dir <dir>`, { field: '--dir' });
  const tables = loadGoodsTables(opts.goodsDir);
  if (opts.storePath !== ':memory:') mkdirSync(resolve(opts.storePath, '..'), { recursive: true });
  const store = await DuckDbTradeStore.open(opts.storePath);
  try {
    return await store.importDirectory(opts.dir, tables.chpl, { now: opts.now });
  } finally {
    store.close();
  }
}

/** Read published_figures.csv (id, metric, value, unit, change_reported …). */
export function readPublishedFigures(file: string): PublishedFigure[] {
  if (!existsSync(file)) return [];
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.filter((r) => r.id && r.id !== 'id').map((r) => ({ id: r.id, metric: r.metric, value: r.value, unit: r.unit, changeReported: r.change_reported }));
}

const FONT_CANDIDATES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

export interface WrittenReport {
  dir: string;
  markdown: string;
  files: string[];
  seconds: { analyses: number; charts: number; total: number };
}

/** Run the analyses and write report.md, <chart>.svg and <chart>.png into `outDir`. */
export async function writeTradeReport(
  service: TradeService,
  outDir: string,
  opts: TradeReportParams & { references?: readonly PublishedFigure[]; png?: boolean; generatedAt?: string } = {},
): Promise<WrittenReport> {
  const t0 = performance.now();
  const { analyses, charts, importId } = await service.analyses(opts, opts.references);
  const t1 = performance.now();
  mkdirSync(outDir, { recursive: true });
  const fontFiles = FONT_CANDIDATES.filter((f) => existsSync(f));
  const files: string[] = [];
  const chartFiles: Record<string, string> = {};
  const pngs: Promise<void>[] = [];
  for (const c of charts) {
    const svg = await renderSvg(c.spec);
    writeFileSync(resolve(outDir, `${c.id}.svg`), svg);
    files.push(`${c.id}.svg`);
    chartFiles[c.id] = `${c.id}.svg`;
    if (opts.png !== false) {
      pngs.push(svgToPngAsync(svg, { fontFiles }).then((png) => writeFileSync(resolve(outDir, `${c.id}.png`), png)));
      files.push(`${c.id}.png`);
      chartFiles[c.id] = `${c.id}.png`;
    }
    writeFileSync(resolve(outDir, `${c.id}.vl.json`), JSON.stringify(c.spec, null, 1));
    files.push(`${c.id}.vl.json`);
  }
  await Promise.all(pngs);
  const t2 = performance.now();
  const markdown = buildReport(analyses, { chartFiles, charts, generatedAt: opts.generatedAt, importId });
  writeFileSync(resolve(outDir, 'report.md'), markdown);
  files.unshift('report.md');
  const t3 = performance.now();
  return { dir: outDir, markdown, files, seconds: { analyses: (t1 - t0) / 1000, charts: (t2 - t1) / 1000, total: (t3 - t0) / 1000 } };
}
