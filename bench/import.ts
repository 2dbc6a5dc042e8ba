/**
 * bench:import — time and peak memory to import every list in ../shared/data/lists into a fresh store.
 * Target (issue 2): <= 30 s and <= 1 GB on the 2-core machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import '../src/importers/all.js';
import { discoverDatasets } from '../src/importers/registry.js';
import { importDatasets } from '../src/lists/import.js';
import { SqliteListStore } from '../src/storage/sqlite/list-store.js';

const lists = resolve(process.env.CHOKEPOINT_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'), 'lists');
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-import-'));
const store = new SqliteListStore(join(dir, 'bench.db'));
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const started = performance.now();
const refs = discoverDatasets(lists);
const outcomes = await importDatasets(store, refs);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
store.close();
rmSync(dir, { recursive: true, force: true });

const total = outcomes.reduce((a, o) => a + o.version.total, 0);
console.log(`datasets: ${outcomes.length}, entities: ${total}`);
for (const o of outcomes) console.log(`  ${o.source.padEnd(14)} ${o.label.padEnd(12)} ${String(o.version.total).padStart(6)}`);
console.log(`import time: ${seconds.toFixed(2)} s (target <= 30 s)`);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (target <= 1024 MB)`);
console.log(`throughput: ${Math.round(total / seconds)} entities/s`);
