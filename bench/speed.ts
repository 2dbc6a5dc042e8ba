/**
 * bench:speed — issue 3's speed benchmark, with every list in ../shared/data/lists loaded: index build
 * time, memory, single-query latency, throughput on one core and on all workers, and nomenklatura's
 * matcher side by side on the same pairs where PyPI is reachable.
 * Targets: >= 5,000 queries/s per core, p99 <= 2 ms, build <= 5 s, RSS <= 600 MB.
 * Run: npm run bench:speed -- [--queries N] [--json] [--skip-nomenklatura] (see bench/speed/args.ts).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildEngine } from '../src/matching/engine.js';
import type { Entity } from '../src/model/entity.js';
import { parseSpeedArgs } from './speed/args.js';
import { loadNegatives, loadOfacPairs } from './speed/load-cases.js';
import { loadLists, sharedDataDir } from './speed/load-lists.js';
import { measureLatency, measureThroughput, warmUp } from './speed/measure.js';
import { measureParallel, type ParallelRun } from './speed/parallel.js';
import { printReport } from './speed/print.js';
import { startProfile } from './speed/profile.js';
import { buildQueryMix } from './speed/query-mix.js';
import { buildPairs, scoreOurs, sideBySide, type SideBySide } from './speed/side-by-side.js';
import { summarize } from './speed/targets.js';

const args = parseSpeedArgs(process.argv.slice(2));
const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => bytes / 1024 / 1024;

const shared = sharedDataDir();
const listsDir = resolve(shared, 'lists');
const casesDir = resolve(shared, 'matching-cases');
const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, gcExposed: !!gc, loadBefore: loadavg()[0], loadAfter: NaN };
log(`machine: ${machine.cores} cores (${machine.cpu}), node ${machine.node}, load average ${machine.loadBefore.toFixed(2)}${gc ? '' : ' (run with --expose-gc for a settled RSS figure)'}`);

const loadStarted = performance.now();
let entities: Entity[] = [];
const loaded = await loadLists(listsDir);
entities = loaded.entities;
log(`lists: ${loaded.datasets.length} datasets, ${entities.length} entities, read in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
for (const d of loaded.datasets) log(`  ${d.source.padEnd(14)} ${d.label.padEnd(28)} ${String(d.entities).padStart(6)}`);

const negatives = loadNegatives(casesDir);
const mix = buildQueryMix(entities, negatives, { count: args.queries, seed: args.seed });
const warm = buildQueryMix(entities, negatives, { count: args.warmup, seed: args.seed + 1 });

gc?.();
const rssBeforeMb = mb(process.memoryUsage().rss);
const buildStarted = performance.now();
const engine = buildEngine(entities, { algorithm: args.algorithm });
const buildMs = performance.now() - buildStarted;
entities = [];
loaded.entities = [];
gc?.();
const mem = process.memoryUsage();
const memory = { rssBeforeBuildMb: rssBeforeMb, rssMb: mb(mem.rss), heapUsedMb: mb(mem.heapUsed), gcForced: !!gc };
log(`engine: ${engine.algorithm}, ${engine.size.entities} entities, ${engine.size.names} names, built in ${buildMs.toFixed(0)} ms`);

log(`warming up on ${warm.length} queries, then ${mix.length} queries one at a time`);
warmUp(engine, warm);
const profiler = args.profile ? await startProfile(args.profile) : undefined;
const latency = measureLatency(engine, mix);
const oneCore = measureThroughput(engine, mix);
if (profiler) {
  await profiler.stop();
  log(`CPU profile of the query loops: ${args.profile} (hot spots: node --import tsx bench/speed/profile-top.ts ${args.profile})`);
}

let parallel: ParallelRun | { error: string } = { error: 'skipped (--workers 0)' };
if (args.workers > 0) {
  log(`throughput on ${args.workers} worker thread(s) (each loads the lists and builds its own engine)`);
  try {
    parallel = await measureParallel(mix, warm, args.workers, listsDir, args.algorithm);
  } catch (e) {
    parallel = { error: `failed: ${(e as Error).message}` };
  }
}
// Other processes on the machine skew every timing: say how busy it was while we measured.
const loadAfter = loadavg()[0];

const ofacPairs = loadOfacPairs(casesDir);
const pairs = buildPairs(engine, ofacPairs, mix, args.pairs);
let side: SideBySide | { pairs: number; ours: { pairsPerSecond: number; threshold: number }; skipped: true };
if (args.nomenklatura) {
  log(`side by side with nomenklatura on ${pairs.length} pairs`);
  side = sideBySide(engine, pairs, log);
} else {
  const ours = scoreOurs(engine, pairs);
  side = { pairs: pairs.length, ours: { pairsPerSecond: pairs.length / ours.seconds, threshold: ours.threshold }, skipped: true };
}

machine.loadAfter = loadAfter;
// The RSS a screening process has: measured in a child that streams the lists into the engine entity by
// entity, as the CLI and the server do from the store. The in-process figure above also holds every
// entity this benchmark read for its query mix.
const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'speed/engine-rss.ts')], { encoding: 'utf8' });
const streamed = child.status === 0 ? (JSON.parse(child.stdout.trim()) as { rssMb: number; heapUsedMb: number; readAndBuildMs: number }) : undefined;
log(streamed
  ? `RSS of a process that streamed the lists into the engine: ${streamed.rssMb.toFixed(0)} MB (heap used ${streamed.heapUsedMb.toFixed(0)} MB; read and build ${(streamed.readAndBuildMs / 1000).toFixed(1)} s)`
  : `RSS child failed: ${child.stderr.slice(0, 300)}`);
const summary = summarize({
  buildMs,
  rssMb: streamed?.rssMb ?? memory.rssMb,
  p99Ms: latency.latency.p99Ms,
  qpsOneCore: oneCore.qps,
  qpsPerCoreParallel: 'error' in parallel ? undefined : parallel.qpsPerWorker,
});
const report = {
  machine, args, datasets: loaded.datasets, engine: { algorithm: engine.algorithm, ...engine.size }, buildMs, memory,
  latency, oneCore, parallel, sideBySide: side, summary,
};
if (args.json) console.log(JSON.stringify(report, null, 2));
else printReport(report, log);
