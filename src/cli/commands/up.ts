/**
 * `chokepoint up`: the main job on a fresh machine. Loads the lists (from ../shared/data/lists when
 * present, otherwise from the publishers; a failure is reported and the job still goes on), shows what
 * is served, then runs the server and console until stopped.
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { discoverDatasets } from '../../importers/registry.js';
import { fetchLists } from '../../lists/fetch.js';
import { importLists } from './lists-import.js';
import { printTable, progress } from '../output.js';
import { run } from '../run.js';
import { serveUntilStopped, type ServeOptions } from './serve.js';
import { existsSync } from 'node:fs';

export function registerUp(program: Command): void {
  program
    .command('up')
    .description('load the lists (shared data if present, else the publishers), then run the API and console')
    .option('--port <n>', 'port to listen on (default $PORT or 8080)')
    .option('--host <addr>', 'address to bind (default $HOST or 127.0.0.1)')
    .option('--workers <n>', 'server processes sharing the port (default $CHOKEPOINT_WORKERS or 1)')
    .option('--no-serve', 'load the lists and exit')
    .action((opts: ServeOptions & { serve: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const shared = ctx.config.sharedDataDir;
        try {
          if (shared) {
            progress(`loading lists from ${join(shared, 'lists')}`);
            await importLists(ctx, discoverDatasets(join(shared, 'lists'), undefined, { skipUnknown: true }));
          } else {
            progress('no shared data folder: fetching lists from their publishers');
            const results = await fetchLists(ctx.lists(), { downloadDir: ctx.config.downloadDir, onEvent: progress });
            const failed = results.filter((r) => r.status === 'failed');
            if (failed.length) progress(`could not fetch ${failed.map((f) => f.source).join(', ')}: starting with what is loaded`);
          }
        } catch (e) {
          progress(`loading lists failed (${(e as Error).message}): starting with the lists already in the store`);
        }
        if (shared) await loadTradeStatistics(ctx.config.dbPath, shared);
        const current = ctx.lists().currentVersions();
        printTable(current.map((v) => [v.source, `${v.id} (${v.label})`, v.total]), ['list', 'version', 'entities']);
        if (!opts.serve) return 0;
        return serveUntilStopped(ctx, opts);
      }),
    );
}

/** Import the trade statistics of the shared data folder once, when the trade store has none. */
async function loadTradeStatistics(dbPath: string, shared: string): Promise<void> {
  const dir = join(shared, 'trade');
  if (dbPath === ':memory:' || !existsSync(dir)) return;
  const { importTrade, openTradeService } = await import('../../service/trade.js');
  const { tradeStorePath } = await import('../../server/start.js');
  const storePath = tradeStorePath(dbPath);
  try {
    if (existsSync(storePath)) {
      const held = await openTradeService(storePath, { requireData: false });
      const loaded = (await held.coverage()).length > 0;
      held.close();
      if (loaded) return;
    }
    progress(`loading trade statistics from ${dir}`);
    const report = await importTrade({ storePath, dir, goodsDir: join(shared, 'goods') });
    progress(`trade statistics: ${report.rows} rows from ${report.files.length} files`);
  } catch (e) {
    progress(`loading trade statistics failed (${(e as Error).message}): trade analytics stay off`);
  }
}
