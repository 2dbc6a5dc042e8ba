/**
 * Adverse-media pipeline throughput: `npm run bench:media`. Every list of ../shared/data/lists in one
 * engine, the BIC directory's bank index and the goods classifier, then the 181 real news pages of the
 * scrapinghub extraction benchmark (gzipped HTML) through the product's own ingestion: gunzip, extract
 * (Readability + cleaning), de-duplicate, recognise entities, link them to the lists and banks, extract
 * events, file everything in a SQLite store. Prints pages per second (target ≥ 50) on one thread and with
 * extraction on two worker threads (as `chokepoint media ingest` runs a folder), and where time goes.
 */
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildEngine } from '../src/matching/engine.js';
import { buildClassifier } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';
import { ingestPages, type ScrapedPage } from '../src/media/extract/index.js';
import { ingestMedia, ingestMediaParallel, loadBankIndex, mediaAnalyser } from '../src/service/media.js';
import { ExtractPool } from '../src/service/media-pool.js';
import { SqliteListStore } from '../src/storage/sqlite/list-store.js';
import { SqliteMediaStore } from '../src/storage/sqlite/media-store.js';
import { loadCurrentEntities, sharedDataDir } from './accuracy/load-lists.js';

const TARGET = 50;
const shared = sharedDataDir();
const t0 = performance.now();
const loaded = await loadCurrentEntities(resolve(shared, 'lists'));
const engine = buildEngine(loaded.entities);
const banks = await loadBankIndex(resolve(shared, 'payments/bic/bic_directory.csv'));
const classifier = buildClassifier(loadGoodsTables(resolve(shared, 'goods')));
const analyser = mediaAnalyser({ engine, lists: loaded.datasets.map((d) => d.source), banks, classifier });
console.log(`set-up: ${engine.size.entities} entities, ${engine.size.names} names; bank index; goods classifier (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const htmlDir = resolve(shared, 'news/extraction-benchmark/html');
const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).sort();
const raw = files.map((f) => readFileSync(join(htmlDir, f)));

const WORKERS = 2;
const pool = await ExtractPool.start(WORKERS);

async function run(label: string, parallel: boolean): Promise<number> {
  const store = new SqliteListStore(join(mkdtempSync(join(tmpdir(), 'cp-media-')), 'media.db'));
  const start = performance.now();
  const pages: ScrapedPage[] = raw.map((b, i) => ({ name: files[i], content: gunzipSync(b).toString('utf8'), kind: 'html' }));
  const mediaStore = new SqliteMediaStore(store.db);
  const report = parallel ? await ingestMediaParallel(pages, pool, analyser, mediaStore, new Date()) : ingestMedia(pages, analyser, mediaStore, new Date());
  const seconds = (performance.now() - start) / 1000;
  store.close();
  const rate = pages.length / seconds;
  console.log(`${label}: ${pages.length} pages in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} pages/s; ${report.articles} articles, ${report.copies} copies, links ${JSON.stringify(report.links)}, events ${JSON.stringify(report.events)}`);
  return rate;
}

await run('warm-up, one thread', false);
const single = [await run('one thread, run 1', false), await run('one thread, run 2', false), await run('one thread, run 3', false)].sort((a, b) => a - b);
await run(`warm-up, extraction on ${WORKERS} worker threads`, true);
const rates = [await run(`${WORKERS} extraction threads, run 1`, true), await run(`${WORKERS} extraction threads, run 2`, true), await run(`${WORKERS} extraction threads, run 3`, true)].sort((a, b) => a - b);
await pool.close();
// Where the time goes: extraction alone, on the same pages.
const te = performance.now();
const extracted = ingestPages(raw.map((b, i) => ({ name: files[i], content: gunzipSync(b).toString('utf8'), kind: 'html' })));
const extractSeconds = (performance.now() - te) / 1000;
const ta = performance.now();
const listed = new Map<string, number>();
for (const a of extracted.articles) {
  for (const e of analyser.analyse(a.text).entities) {
    if (e.verdict !== 'listed' || !e.listMatches.length) continue;
    const key = `${e.mention} -> ${e.listMatches[0].name} (${e.listMatches[0].source}, ${e.listMatches[0].score})`;
    listed.set(key, (listed.get(key) ?? 0) + 1);
  }
}
const analyseSeconds = (performance.now() - ta) / 1000;
// These pages are 2019 news on every subject: each list link below is one an analyst would see.
console.log(`list links on these ${files.length} general news pages (${[...listed.values()].reduce((a, b) => a + b, 0)}), most frequent first:`);
for (const [k, n] of [...listed].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${n} × ${k}`);
console.log(`stages: gunzip + extraction + dedup ${(extractSeconds * 1000 / files.length).toFixed(1)} ms/page; entities + linking + events ${(analyseSeconds * 1000 / files.length).toFixed(1)} ms/page`);
const median = rates[1];
console.log(`\nfull pipeline on one thread, median of 3: ${single[1].toFixed(1)} pages/s`);
console.log(`full pipeline, extraction on ${WORKERS} threads (as \`chokepoint media ingest\` runs a folder), median of 3: ${median.toFixed(1)} pages/s (target ≥ ${TARGET}): ${median >= TARGET ? 'PASS' : 'MISS'}`);
