/**
 * `chokepoint trade import [--dir <dir>] [--store <file>] [--goods <dir>]`: load the trade-statistics files
 * (Eurostat Comext CN8, Eurostat totals, national statistics, Comtrade rows) into the DuckDB store.
 * `chokepoint trade report [--store <file>] [--out <dir>] [--baseline 2021] [--year 2022] [--transit AM,KG,…]`:
 * growth, substitution, mirror gap, surge flags and watchlist as Markdown with SVG/PNG charts.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
/** The trade service (DuckDB, vega, resvg) loads when a trade command runs, not with every command. */
const tradeService = () => import('../../service/trade.js');
import { printJson, printLine, printTable } from '../output.js';
import { run } from '../run.js';
import type { CliContext } from '../context.js';

const DEFAULT_STORE = 'data/trade.duckdb';

interface ImportOptions {
  dir?: string;
  store?: string;
  goods?: string;
}

interface ReportOptions {
  store?: string;
  out?: string;
  baseline?: string;
  year?: string;
  transit?: string;
  png?: boolean;
  data?: string;
}

function shared(ctx: CliContext): string {
  // Without a shared data folder, the default place is still named in the error that follows.
  return ctx.config.sharedDataDir ?? resolve('../shared/data');
}

function year(value: string | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1990 || n > 2100) throw new ChokepointError('INVALID_INPUT', `${field} must be a year, got '${value}'`, { field });
  return n;
}

export function registerTrade(program: Command): void {
  const trade = program.command('trade').description('trade-diversion analytics on trade statistics (DuckDB store)');
  trade
    .command('import')
    .description('import the trade-statistics files into the DuckDB store (all files or none)')
    .option('--dir <dir>', 'folder with the trade CSV files (default: <shared data>/trade)')
    .option('--store <file>', `DuckDB store file (default: ${DEFAULT_STORE})`)
    .option('--goods <dir>', 'folder with chpl.csv and harmonized-system.csv (default: <shared data>/goods)')
    .addHelpText('after', '\nExit codes: 0 imported, 3 malformed or unknown file (nothing changed), 4 folder not found, 6 store failed.')
    .action((opts: ImportOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        const dir = resolve(opts.dir ?? resolve(shared(ctx), 'trade'));
        const goodsDir = resolve(opts.goods ?? resolve(shared(ctx), 'goods'));
        const storePath = resolve(opts.store ?? DEFAULT_STORE);
        const { importTrade } = await tradeService();
        const report = await importTrade({ storePath, dir, goodsDir });
        if (ctx.json) {
          printJson({ store: storePath, ...report });
          return 0;
        }
        printLine(`import #${report.importId}: ${report.rows} rows from ${report.files.length} files into ${storePath} in ${report.seconds.toFixed(2)} s`);
        printTable(
          report.files.map((f) => [f.file, f.layout, f.records, f.rows, f.unresolvedLabels.length]),
          ['file', 'layout', 'records', 'rows', 'unresolved labels'],
        );
        for (const s of report.skipped) printLine(`skipped ${s.file}: ${s.reason}`);
        if (report.tierDisagreements.length === 0) printLine(`CHPL tiers: the Comext file agrees with the goods table (${report.chplItems} CHPL lines)`);
        for (const d of report.tierDisagreements) printLine(`CHPL tier disagreement at HS ${d.hs6}: file says '${d.fileTier}', goods table '${d.tableTier ?? 'not listed'}' (the goods table is used)`);
        return 0;
      }),
    );
  trade
    .command('report')
    .description('write report.md with charts (SVG and PNG): growth, substitution, mirror gap, surges, watchlist')
    .option('--store <file>', `DuckDB store file (default: ${DEFAULT_STORE})`)
    .option('--out <dir>', 'output folder', 'data/trade-report')
    .option('--baseline <year>', 'baseline year', '2021')
    .option('--year <year>', 'comparison year', '2022')
    .option('--transit <codes>', 'comma-separated transit countries (default AM,GE,KZ,KG,UZ)')
    .option('--data <dir>', 'trade data folder holding published_figures.csv for the calibration table (default: <shared data>/trade)')
    .option('--no-png', 'write SVG charts only')
    .addHelpText('after', '\nExit codes: 0 written, 2 invalid option, 4 store not found or empty.')
    .action((opts: ReportOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        const baselineYear = year(opts.baseline, '--baseline', 2021);
        const comparisonYear = year(opts.year, '--year', 2022);
        if (comparisonYear <= baselineYear) throw new ChokepointError('INVALID_INPUT', '--year must come after --baseline', { field: '--year' });
        const transit = opts.transit?.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
        if (transit?.some((t) => !/^[A-Z]{2}$/.test(t))) throw new ChokepointError('INVALID_INPUT', `--transit takes two-letter codes, got '${opts.transit}'`, { field: '--transit' });
        const { openTradeService, readPublishedFigures, writeTradeReport } = await tradeService();
        const service = await openTradeService(resolve(opts.store ?? DEFAULT_STORE));
        try {
          const references = readPublishedFigures(resolve(opts.data ?? resolve(shared(ctx), 'trade'), 'published_figures.csv'));
          const out = resolve(opts.out ?? 'data/trade-report');
          const written = await writeTradeReport(service, out, { baselineYear, comparisonYear, transit, references, png: opts.png !== false, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
          if (ctx.json) {
            printJson({ out, files: written.files, seconds: written.seconds });
            return 0;
          }
          printLine(`wrote ${written.files.length} files to ${out} in ${written.seconds.total.toFixed(2)} s (analyses ${written.seconds.analyses.toFixed(2)} s, charts ${written.seconds.charts.toFixed(2)} s)`);
          for (const f of written.files) printLine(`  ${f}`);
          return 0;
        } finally {
          service.close();
        }
      }),
    );
}
