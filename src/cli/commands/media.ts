/**
 * `chokepoint media ingest <dir>`: read scraped news pages (HTML, gzipped HTML or raw text), extract each
 * article, cluster syndicated copies, find the entities (linked to the lists served now and to the banks
 * of the BIC directory) and the sanctions events, and file them in the store.
 * `chokepoint media entity <id>`: the adverse media filed under a list entity id or `bic:<BIC>`, with
 * the sentences as evidence.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import { printJson, printLine, printTable, progress } from '../output.js';
import { run } from '../run.js';
import { parseWorkers } from '../workers-option.js';
import { caption } from '../../model/entity.js';

export function registerMedia(program: Command): void {
  const media = program.command('media').description('adverse media: scraped news in, entities and sanctions events out, linked to list entities');
  media
    .command('ingest')
    .description('extract, de-duplicate and analyse every page file of a folder, and file the results')
    .argument('<dir>', 'folder of .html, .htm, .txt or .md files (optionally .gz), searched recursively')
    .option('--bic <file>', 'BIC directory CSV for bank names and acronyms (default: <shared data>/payments/bic/bic_directory.csv)')
    .option('--goods <dir>', 'goods tables, to map named goods to HS/CHPL (default: <shared data>/goods)')
    .option('--workers <n>', 'threads extracting articles (default: 2 on a machine with 2 or more cores, for 16 pages or more)')
    .addHelpText('after', '\nExit codes: 0 filed, 2 invalid input, 4 folder, lists or BIC directory not found.')
    .action((dir: string, opts: { bic?: string; goods?: string; workers?: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const { ingestMedia, loadBankIndex, mediaAnalyser, readPageDirectory } = await import('../../service/media.js');
        const { SqliteMediaStore } = await import('../../storage/sqlite/media-store.js');
        const { loadEngine } = await import('../../screening/load-engine.js');
        const { buildClassifier } = await import('../../goods/index.js');
        const { loadGoodsTables } = await import('../../goods/load.js');
        const pages = readPageDirectory(resolve(dir));
        const shared = ctx.config.sharedDataDir;
        const bicFile = opts.bic ? resolve(opts.bic) : shared ? join(shared, 'payments/bic/bic_directory.csv') : undefined;
        if (opts.bic && !existsSync(opts.bic)) throw new ChokepointError('NOT_FOUND', `BIC directory not found: ${opts.bic}`, { field: '--bic' });
        const goodsDir = opts.goods ? resolve(opts.goods) : shared ? join(shared, 'goods') : undefined;
        progress(`building the screening index over the lists served now`);
        const loaded = loadEngine(ctx.lists());
        const banks = bicFile && existsSync(bicFile) ? await loadBankIndex(bicFile) : undefined;
        if (!banks) progress('no BIC directory: banks are resolved through the lists only');
        const classifier = goodsDir && existsSync(goodsDir) ? buildClassifier(loadGoodsTables(goodsDir)) : undefined;
        const analyser = mediaAnalyser({ engine: loaded.engine, lists: loaded.versions.map((v) => v.source), banks, classifier });
        const workers = parseWorkers(opts.workers, pages.length >= 16 && availableParallelism() > 1 ? 2 : 1, 32);
        progress(`reading ${pages.length} pages${workers > 1 ? ` on ${workers} threads` : ''}`);
        const store = new SqliteMediaStore(ctx.sqlite().db);
        let report;
        if (workers > 1) {
          const { ExtractPool } = await import('../../service/media-pool.js');
          const { ingestMediaParallel } = await import('../../service/media.js');
          const pool = await ExtractPool.start(workers);
          try {
            report = await ingestMediaParallel(pages, pool, analyser, store, new Date());
          } finally {
            await pool.close();
          }
        } else {
          report = ingestMedia(pages, analyser, store, new Date());
        }
        if (ctx.json) {
          printJson(report);
          return 0;
        }
        printLine(`${report.pages} pages -> ${report.articles} articles (${report.copies} syndicated copies in ${report.clusters.length} clusters), ${report.empty.length} without text; ${report.pagesPerSecond} pages/s`);
        printLine(`entities filed: ${Object.entries(report.links).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}; events: ${Object.entries(report.events).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
        const notable = report.items.filter((i) => i.listed > 0 || i.events > 0);
        if (notable.length) printTable(notable.map((i) => [i.id, i.file, i.listed, i.events, (i.title ?? '').slice(0, 60)]), ['article', 'file', 'listed', 'events', 'title']);
        return 0;
      }),
    );
  media
    .command('entity')
    .description('the adverse media filed under a list entity id (e.g. us-ofac-sdn:1234) or bic:<BIC>')
    .argument('<id>', 'list entity id, or bic:<BIC> for a bank')
    .addHelpText('after', '\nExit codes: 0 found (possibly empty), 2 invalid input.')
    .action((id: string, _opts: unknown, cmd: Command) =>
      run(cmd, async (ctx) => {
        const { SqliteMediaStore } = await import('../../storage/sqlite/media-store.js');
        const items = new SqliteMediaStore(ctx.sqlite().db).forEntity(id);
        const entity = id.startsWith('bic:') ? undefined : ctx.lists().entity(id)?.entity;
        if (ctx.json) {
          printJson({ id, caption: entity ? caption(entity) : (items[0]?.link.mention ?? null), items });
          return 0;
        }
        if (items.length === 0) {
          printLine(`no adverse media filed under ${id}`);
          return 0;
        }
        for (const item of items) {
          printLine(`${item.article.published ?? 'undated'}  ${item.article.source ?? '?'}  ${item.article.title ?? item.article.id}${item.article.copies.length ? ` (+${item.article.copies.length} copies)` : ''}`);
          printLine(`  ${item.link.statement}`);
          for (const e of item.events) printLine(`  [${e.code} ${e.label}] ${e.sentence}`);
          if (item.events.length === 0) for (const s of item.link.sentences) printLine(`  "${s}"`);
        }
        return 0;
      }),
    );
}
