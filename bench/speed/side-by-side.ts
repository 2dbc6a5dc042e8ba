/**
 * Our matcher and nomenklatura's on the same pairs: OFAC's search-tool pairs plus (query, our best
 * candidate) pairs from the query mix. Prints both throughputs and how far the verdicts agree.
 */
import type { Schema } from '../../src/model/entity.js';
import type { ScreeningEngine } from '../../src/matching/types.js';
import { agreement, type Agreement } from './agreement.js';
import type { ScoredPair } from './load-cases.js';
import type { BenchQuery } from './query-mix.js';
import { spearman } from './stats.js';
import {
  NOMENKLATURA_THRESHOLD, ensureNomenklatura, scoreWithNomenklatura, type NomenklaturaPair,
} from './nomenklatura.js';

export interface BenchPair extends NomenklaturaPair {
  set: 'ofac' | 'mix';
  ofacScore?: number;
}

/** The pair set: OFAC's pairs, then (query, top candidate) for the first queries that have one. */
export function buildPairs(engine: ScreeningEngine, ofac: readonly ScoredPair[], mix: readonly BenchQuery[], count: number): BenchPair[] {
  const pairs: BenchPair[] = ofac.map((p) => ({ set: 'ofac', query: p.query, candidate: p.candidate, ofacScore: p.ofacScore }));
  let added = 0;
  for (const q of mix) {
    if (added >= count) break;
    let top;
    try {
      top = engine.screen(q.query, { includeBelowThreshold: true, limit: 1 }).matches[0];
    } catch {
      continue;
    }
    if (!top) continue;
    pairs.push({ set: 'mix', query: q.query.name, candidate: top.name.name, schema: top.schema });
    added++;
  }
  return pairs;
}

export interface OurPairRun {
  scores: number[];
  seconds: number;
  threshold: number;
}

export function scoreOurs(engine: ScreeningEngine, pairs: readonly BenchPair[]): OurPairRun {
  const compare = (p: BenchPair) => engine.compare(p.query, p.candidate, p.schema as Schema | undefined);
  const first = pairs.length ? compare(pairs[0]) : undefined;
  for (const p of pairs) compare(p); // warm-up
  const scores: number[] = [];
  const t0 = process.hrtime.bigint();
  for (const p of pairs) scores.push(compare(p).score);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { scores, seconds, threshold: first?.threshold ?? NaN };
}

export interface AlgorithmComparison {
  algorithm: string;
  pairsPerSecond?: number;
  error?: string;
  all?: Agreement;
  ofac?: Agreement;
  mix?: Agreement;
  disagreements?: { query: string; candidate: string; ours: number; theirs: number }[];
}

export interface SideBySide {
  pairs: number;
  ours: { pairsPerSecond: number; threshold: number; spearmanWithOfac: number };
  theirsThreshold: number;
  nomenklatura?: string;
  followthemoney?: string;
  error?: string;
  algorithms: AlgorithmComparison[];
}

export function sideBySide(engine: ScreeningEngine, pairs: readonly BenchPair[], log: (line: string) => void): SideBySide {
  const ours = scoreOurs(engine, pairs);
  const ofacIdx = pairs.flatMap((p, i) => (p.set === 'ofac' ? [i] : []));
  const out: SideBySide = {
    pairs: pairs.length,
    ours: {
      pairsPerSecond: pairs.length / ours.seconds,
      threshold: ours.threshold,
      spearmanWithOfac: spearman(ofacIdx.map((i) => ours.scores[i]), ofacIdx.map((i) => pairs[i].ofacScore ?? 0)),
    },
    theirsThreshold: NOMENKLATURA_THRESHOLD,
    algorithms: [],
  };
  const env = ensureNomenklatura(log);
  if ('error' in env) return { ...out, error: env.error };
  const run = scoreWithNomenklatura(env, pairs);
  if ('error' in run) return { ...out, nomenklatura: env.nomenklatura, error: run.error };
  out.nomenklatura = run.nomenklatura;
  out.followthemoney = run.followthemoney;
  for (const [algorithm, r] of Object.entries(run.results)) {
    if ('error' in r) {
      out.algorithms.push({ algorithm, error: r.error });
      continue;
    }
    const subset = (set: BenchPair['set']) => {
      const idx = pairs.flatMap((p, i) => (p.set === set ? [i] : []));
      return agreement(idx.map((i) => ours.scores[i]), ours.threshold, idx.map((i) => r.scores[i]), NOMENKLATURA_THRESHOLD);
    };
    // The widest disagreements each way: what only we match, and what only they match.
    const differing = pairs
      .map((p, i) => ({ query: p.query, candidate: p.candidate, ours: ours.scores[i], theirs: r.scores[i] }))
      .filter((d) => d.ours >= ours.threshold !== d.theirs >= NOMENKLATURA_THRESHOLD)
      .sort((a, b) => Math.abs(b.ours - b.theirs) - Math.abs(a.ours - a.theirs));
    const disagreements = [
      ...differing.filter((d) => d.ours >= ours.threshold).slice(0, 10),
      ...differing.filter((d) => d.ours < ours.threshold).slice(0, 10),
    ];
    out.algorithms.push({
      algorithm,
      pairsPerSecond: pairs.length / r.seconds,
      all: agreement(ours.scores, ours.threshold, r.scores, NOMENKLATURA_THRESHOLD),
      ofac: subset('ofac'),
      mix: subset('mix'),
      disagreements,
    });
  }
  return out;
}
