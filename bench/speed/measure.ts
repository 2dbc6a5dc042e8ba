/**
 * The timed loops: one query at a time with each latency taken, a plain loop for throughput, and what
 * the answers were (alerts, whether a listed name found its entity) to show the work was real.
 */
import type { ScreeningEngine, ScreeningOptions, ScreeningResult } from '../../src/matching/types.js';
import { QUERY_KINDS, type BenchQuery, type QueryKind } from './query-mix.js';
import { summarizeLatencies, type LatencySummary } from './stats.js';

/** What the benchmark asks of every screening: the engine's defaults, as an API caller gets them. */
export const SCREEN_OPTIONS: ScreeningOptions = {};

export interface KindOutcome {
  queries: number;
  errors: number;
  /** Queries with at least one match at the threshold. */
  alerted: number;
  /** Queries drawn from an entity whose entity was among the matches. */
  found: number;
  expected: number;
  latency: LatencySummary;
}

export interface LatencyRun {
  latency: LatencySummary;
  byKind: Record<QueryKind, KindOutcome>;
  errors: number;
  errorSamples: string[];
  /** Listed queries (with an expected entity) whose entity was not matched: weak spots to look at. */
  misses: { kind: QueryKind; name: string; expect: string; top?: string }[];
  /** The slowest queries: where the tail latency comes from. */
  slowest: { kind: QueryKind; name: string; ms: number; candidates?: number }[];
}

export function screenOne(engine: ScreeningEngine, q: BenchQuery): ScreeningResult | Error {
  try {
    return engine.screen(q.query, SCREEN_OPTIONS);
  } catch (e) {
    return e as Error;
  }
}

export function measureLatency(engine: ScreeningEngine, queries: readonly BenchQuery[]): LatencyRun {
  const nanos = new Array<number>(queries.length);
  const candidates = new Array<number | undefined>(queries.length);
  const kindNanos = new Map<QueryKind, number[]>(QUERY_KINDS.map((k) => [k, []]));
  const tallies = new Map<QueryKind, Omit<KindOutcome, 'latency'>>(
    QUERY_KINDS.map((k) => [k, { queries: 0, errors: 0, alerted: 0, found: 0, expected: 0 }]),
  );
  const errorSamples: string[] = [];
  const misses: LatencyRun['misses'] = [];
  let errors = 0;
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const t0 = process.hrtime.bigint();
    const r = screenOne(engine, q);
    const ns = Number(process.hrtime.bigint() - t0);
    nanos[i] = ns;
    kindNanos.get(q.kind)!.push(ns);
    const t = tallies.get(q.kind)!;
    t.queries++;
    if (r instanceof Error) {
      errors++;
      t.errors++;
      if (errorSamples.length < 5) errorSamples.push(`${JSON.stringify(q.query.name)}: ${r.message}`);
      continue;
    }
    candidates[i] = r.candidates;
    const matched = r.matches.filter((m) => m.match);
    if (matched.length) t.alerted++;
    if (q.expect) {
      t.expected++;
      if (matched.some((m) => m.entityId === q.expect)) t.found++;
      else misses.push({ kind: q.kind, name: q.query.name, expect: q.expect, top: r.matches[0] && `${r.matches[0].caption} (${r.matches[0].entityId}, ${r.matches[0].score.toFixed(2)})` });
    }
  }
  const slowest = [...nanos.keys()].sort((a, b) => nanos[b] - nanos[a]).slice(0, 10).map((i) => ({
    kind: queries[i].kind, name: queries[i].query.name, ms: nanos[i] / 1e6, candidates: candidates[i],
  }));
  const byKind = Object.fromEntries(
    QUERY_KINDS.map((k) => [k, { ...tallies.get(k)!, latency: summarizeLatencies(kindNanos.get(k)!) }]),
  ) as Record<QueryKind, KindOutcome>;
  return { latency: summarizeLatencies(nanos), byKind, errors, errorSamples, misses, slowest };
}

export interface ThroughputRun {
  queries: number;
  seconds: number;
  qps: number;
  /** CPU time the process used meanwhile (all its threads: on a busy machine it stays near the truth while wall time grows). */
  cpuSeconds: number;
  qpsPerCpuSecond: number;
}

/** Screen every query in a plain loop; queries that the engine rejects count as done. */
export function measureThroughput(engine: ScreeningEngine, queries: readonly BenchQuery[]): ThroughputRun {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const q of queries) screenOne(engine, q);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { queries: queries.length, seconds, qps: queries.length / seconds, cpuSeconds, qpsPerCpuSecond: queries.length / cpuSeconds };
}

/** Run queries untimed so the JIT has compiled the hot paths before anything is measured. */
export function warmUp(engine: ScreeningEngine, queries: readonly BenchQuery[]): void {
  for (const q of queries) screenOne(engine, q);
}
