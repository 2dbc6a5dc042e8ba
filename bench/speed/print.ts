/** The human-readable report of bench:speed: every figure, the comparisons for scale, the summary. */
import type { Agreement } from './agreement.js';
import type { LatencyRun, ThroughputRun } from './measure.js';
import type { ParallelRun } from './parallel.js';
import { QUERY_KINDS } from './query-mix.js';
import type { SideBySide } from './side-by-side.js';
import { formatSummary, type SummaryRow } from './targets.js';

export interface SpeedReport {
  machine: { cores: number; loadBefore: number; loadAfter: number };
  buildMs: number;
  memory: { rssBeforeBuildMb: number; rssMb: number; heapUsedMb: number; gcForced: boolean };
  latency: LatencyRun;
  oneCore: ThroughputRun;
  parallel: ParallelRun | { error: string };
  sideBySide: SideBySide | { pairs: number; ours: { pairsPerSecond: number; threshold: number }; skipped: true };
  summary: SummaryRow[];
}

const ms = (v: number) => `${v.toFixed(3)} ms`;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

function agreementLine(label: string, a: Agreement | undefined): string {
  if (!a) return `    ${label}: -`;
  return `    ${label.padEnd(5)} ${String(a.pairs).padStart(5)} pairs: agree ${pct(a.bothMatch + a.bothNoMatch, a.pairs)} `
    + `(both match ${a.bothMatch}, both no match ${a.bothNoMatch}, only ours ${a.onlyOurs}, only theirs ${a.onlyTheirs}); `
    + `Pearson ${a.pearson.toFixed(3)}, Spearman ${a.spearman.toFixed(3)}`;
}

export function printReport(r: SpeedReport, log: (line: string) => void): void {
  log('');
  log(`index build: ${(r.buildMs / 1000).toFixed(2)} s`);
  log(`memory: RSS ${r.memory.rssMb.toFixed(0)} MB after build (${r.memory.rssBeforeBuildMb.toFixed(0)} MB with the entities read, before build), heap used ${r.memory.heapUsedMb.toFixed(0)} MB${r.memory.gcForced ? ', after a forced GC' : ''}`);
  const l = r.latency.latency;
  log(`latency, one query at a time (${l.count}): p50 ${ms(l.p50Ms)}, p90 ${ms(l.p90Ms)}, p99 ${ms(l.p99Ms)}, max ${ms(l.maxMs)}, mean ${ms(l.meanMs)}`);
  for (const k of QUERY_KINDS) {
    const o = r.latency.byKind[k];
    if (!o.queries) continue;
    const found = o.expected ? `, entity found ${pct(o.found, o.expected)}` : '';
    log(`  ${k.padEnd(16)} ${String(o.queries).padStart(6)}: p50 ${ms(o.latency.p50Ms)}, p99 ${ms(o.latency.p99Ms)}, max ${ms(o.latency.maxMs)}; alerted ${pct(o.alerted, o.queries)}${found}${o.errors ? `, ${o.errors} errors` : ''}`);
  }
  for (const e of r.latency.errorSamples) log(`  error: ${e}`);
  if (r.latency.misses.length) {
    log(`  listed names whose entity was not matched (${r.latency.misses.length}; first 10):`);
    for (const m of r.latency.misses.slice(0, 10)) log(`    [${m.kind}] ${JSON.stringify(m.name)} -> expected ${m.expect}; top: ${m.top ?? 'none'}`);
  }
  log('  slowest queries:');
  for (const q of r.latency.slowest.slice(0, 5)) log(`    ${ms(q.ms)} [${q.kind}] ${JSON.stringify(q.name)}, ${q.candidates ?? '-'} candidates`);
  log(`throughput, 1 core: ${r.oneCore.qps.toFixed(0)} queries/s (${r.oneCore.queries} in ${r.oneCore.seconds.toFixed(2)} s; ${r.oneCore.cpuSeconds.toFixed(2)} s of CPU, ${r.oneCore.qpsPerCpuSecond.toFixed(0)} queries per CPU-second)`);
  if ('error' in r.parallel) log(`throughput on worker threads: ${r.parallel.error}`);
  else {
    const p = r.parallel;
    log(`throughput, ${p.workers} workers on ${r.machine.cores} cores: ${p.qps.toFixed(0)} queries/s combined, ${p.qpsPerWorker.toFixed(0)} per core (${p.queries} in ${p.wallSeconds.toFixed(2)} s wall)`);
    p.perWorker.forEach((w, i) => log(`  worker ${i + 1}: ${w.qps.toFixed(0)} queries/s, its build ${(w.buildMs / 1000).toFixed(2)} s`));
  }
  log('for scale (published figures, other hardware): yente ~4 requests/s per vCPU with logic-v2, ~15 with logic-v1; watchman ~0.85 ms per search on 4 cores');

  const s = r.sideBySide;
  log('');
  log(`pairs: ${s.pairs}; ours (engine.compare): ${s.ours.pairsPerSecond.toFixed(0)} pairs/s, threshold ${s.ours.threshold}`);
  if ('skipped' in s) log('nomenklatura: skipped (--skip-nomenklatura)');
  else {
    log(`  ours vs OFAC's search-tool scores (Spearman): ${s.ours.spearmanWithOfac.toFixed(3)}`);
    if (s.error) log(`nomenklatura: not run: ${s.error}`);
    else log(`nomenklatura ${s.nomenklatura} (followthemoney ${s.followthemoney}), threshold ${s.theirsThreshold} (yente's default)`);
    for (const a of s.algorithms) {
      if (a.error) {
        log(`  ${a.algorithm}: ${a.error}`);
        continue;
      }
      log(`  ${a.algorithm}: ${a.pairsPerSecond!.toFixed(0)} pairs/s (ours ${(s.ours.pairsPerSecond / a.pairsPerSecond!).toFixed(1)}x)`);
      log(agreementLine('all', a.all));
      log(agreementLine('ofac', a.ofac));
      log(agreementLine('mix', a.mix));
      for (const [label, mine] of [['only ours match', true], ['only theirs match', false]] as const) {
        const ds = (a.disagreements ?? []).filter((d) => d.ours >= s.ours.threshold === mine);
        if (!ds.length) continue;
        log(`    widest disagreements, ${label} (ours / theirs):`);
        for (const d of ds) log(`      ${d.ours.toFixed(2)} / ${d.theirs.toFixed(2)}  ${JSON.stringify(d.query)} ~ ${JSON.stringify(d.candidate)}`);
      }
    }
  }
  log('');
  const busy = Math.max(r.machine.loadBefore, r.machine.loadAfter);
  if (busy > r.machine.cores / 2) {
    log(`WARNING: the machine was busy (1-minute load average ${r.machine.loadBefore.toFixed(1)} before, ${r.machine.loadAfter.toFixed(1)} after the timed runs, on ${r.machine.cores} cores): the timings are pessimistic; rerun on an idle machine`);
  }
  log('summary (target; PASS/MISS):');
  for (const line of formatSummary(r.summary)) log(line);
}
