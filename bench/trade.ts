/**
 * Trade analytics benchmark: `npm run bench:trade` (node --import tsx bench/trade.ts).
 * Imports every trade file of <shared data>/trade into a fresh DuckDB store, then runs the full report
 * (all analyses, seven charts as SVG and PNG, report.md) into a temporary folder, and prints both times
 * against the targets (import ≤ 10 s, report ≤ 2 s) with the computed figures next to the published ones.
 * `--runs N` repeats the report N times and prints the median as well (first run is cold).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importTrade, openTradeService, readPublishedFigures, writeTradeReport } from '../src/service/trade.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(ROOT, '../shared/data');
const TARGETS = { importSeconds: 10, reportSeconds: 2 };
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1])) : 3;

const tmp = mkdtempSync(join(tmpdir(), 'chokepoint-bench-trade-'));
try {
  const store = join(tmp, 'trade.duckdb');
  const t0 = performance.now();
  const imp = await importTrade({ storePath: store, dir: resolve(SHARED, 'trade'), goodsDir: resolve(SHARED, 'goods') });
  const importSeconds = (performance.now() - t0) / 1000;
  const records = imp.files.reduce((a, f) => a + f.records, 0);
  console.log(`import: ${imp.files.length} files, ${records} records -> ${imp.rows} rows in ${importSeconds.toFixed(2)} s (target ≤ ${TARGETS.importSeconds} s)`);

  const references = readPublishedFigures(resolve(SHARED, 'trade/published_figures.csv'));
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof writeTradeReport>> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t1 = performance.now();
    const service = await openTradeService(store);
    last = await writeTradeReport(service, join(tmp, `report-${i}`), { references });
    service.close();
    times.push((performance.now() - t1) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const cold = times[0];
  console.log(
    `report: cold ${cold.toFixed(2)} s (analyses ${last!.seconds.analyses.toFixed(2)} s, charts ${last!.seconds.charts.toFixed(2)} s in the last run); ` +
      `median of ${RUNS} ${median.toFixed(2)} s (target ≤ ${TARGETS.reportSeconds} s)`,
  );

  const service = await openTradeService(store);
  const { analyses } = await service.analyses({}, references);
  service.close();
  console.log('\ncalibration against published_figures.csv (C04, F25):');
  for (const c of analyses.calibration) {
    console.log(`  ${c.figure} ${c.partner} ${c.measure.padEnd(34)} published ${String(c.published).padStart(7)}  computed ${c.computed?.toFixed(2).padStart(8) ?? 'n/a'}  ${c.withinTolerance ? 'ok' : 'MISS'}`);
  }
  const ok = importSeconds <= TARGETS.importSeconds && cold <= TARGETS.reportSeconds && analyses.calibration.every((c) => c.withinTolerance);
  console.log(`\n${ok ? 'PASS' : 'MISS'}: import ${importSeconds.toFixed(2)} s / ${TARGETS.importSeconds} s, report ${cold.toFixed(2)} s / ${TARGETS.reportSeconds} s`);
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
