/**
 * Sets 5 and 6: pair comparisons. watchman's cross-script pairs against their minimum scores, and the
 * scores OFAC's own Sanctions List Search gave, as a reference ranking.
 */
import { isChokepointError } from '../../src/errors.js';
import type { ScreeningEngine } from '../../src/matching/types.js';
import type { CrossScriptPair, OfacScore } from './cases.js';
import { confusion, meanAbsDiff, spearman, type Confusion } from './metrics.js';
import { heading, num, pct, printTable, ratio } from './report.js';
import { round } from './screening.js';

/** Pair score, or NaN when the engine rejects the pair as invalid input. */
function compareScore(engine: ScreeningEngine, a: string, b: string): number {
  try {
    return engine.compare(a, b).score;
  } catch (e) {
    if (isChokepointError(e) && e.code === 'INVALID_INPUT') return Number.NaN;
    throw e;
  }
}

export interface CrossScriptRun {
  pairs: (CrossScriptPair & { score: number; atThreshold: boolean; atMinScore: boolean })[];
  atThreshold: number;
  atMinScore: number;
}

export function compareCrossScript(engine: ScreeningEngine, pairs: CrossScriptPair[], threshold: number): CrossScriptRun {
  const out = pairs.map((p) => {
    const score = round(compareScore(engine, p.query, p.expected));
    return { ...p, score, atThreshold: score >= threshold, atMinScore: score >= p.minScore };
  });
  return { pairs: out, atThreshold: out.filter((p) => p.atThreshold).length, atMinScore: out.filter((p) => p.atMinScore).length };
}

export function printCrossScript(run: CrossScriptRun, threshold: number): void {
  heading('watchman cross-script pairs (engine.compare)');
  printTable(['query', 'expected', 'score', 'min', `>= ${threshold}`, '>= min', 'description'], run.pairs.map((p) => [
    p.query, p.expected, num(p.score), num(p.minScore, 2), p.atThreshold ? 'yes' : 'no', p.atMinScore ? 'yes' : 'no', p.description,
  ]));
  console.log(`reach the default threshold: ${ratio(run.atThreshold, run.pairs.length)}; reach the file's min score: ${ratio(run.atMinScore, run.pairs.length)}`);
}

export interface OfacRun {
  pairs: (OfacScore & { ours: number })[];
  /** Over the pairs OFAC scored (its -1 rows, "not returned at slider 80", left out). */
  spearman: number;
  perQuery: { query: string; n: number; spearman: number; mad: number }[];
  meanAbsDiff: number;
  /** Over every row: OFAC match = score >= 85 (-1 is no match); ours = score >= the default threshold. */
  agreement: Confusion;
}

export const OFAC_MATCH = 85;

export function compareOfac(engine: ScreeningEngine, rows: OfacScore[], threshold: number): OfacRun {
  const pairs = rows.map((r) => ({ ...r, ours: round(compareScore(engine, r.query, r.result)) }));
  const valid = pairs.filter((p) => !Number.isNaN(p.ours));
  const scored = valid.filter((p) => p.ofacScore >= 0);
  const queries = [...new Set(scored.map((p) => p.query))];
  const perQuery = queries.map((query) => {
    const mine = scored.filter((p) => p.query === query);
    return { query, n: mine.length, spearman: spearman(mine.map((p) => p.ofacScore), mine.map((p) => p.ours)), mad: meanAbsDiff(mine.map((p) => p.ofacScore / 100), mine.map((p) => p.ours)) };
  });
  return {
    pairs,
    spearman: spearman(scored.map((p) => p.ofacScore), scored.map((p) => p.ours)),
    perQuery,
    meanAbsDiff: meanAbsDiff(scored.map((p) => p.ofacScore / 100), scored.map((p) => p.ours)),
    agreement: confusion(valid.map((p) => ({ reference: p.ofacScore >= OFAC_MATCH, ours: p.ours >= threshold }))),
  };
}

export function printOfac(run: OfacRun, threshold: number): void {
  heading("OFAC Sanctions List Search scores vs ours (engine.compare)");
  const invalid = run.pairs.filter((p) => Number.isNaN(p.ours)).length;
  const unscored = run.pairs.filter((p) => p.ofacScore < 0).length;
  console.log(`pairs: ${run.pairs.length} (invalid for our engine: ${invalid}; OFAC -1 = not returned at slider 80: ${unscored}, left out of correlation and difference)`);
  console.log(`Spearman over the ${run.pairs.length - unscored} scored pairs: ${num(run.spearman)}; mean |ofac/100 - ours|: ${num(run.meanAbsDiff)}`);
  const a = run.agreement;
  console.log(`match agreement (OFAC >= ${OFAC_MATCH} vs ours >= ${threshold}): ${pct(a.agreement, 1)}; both match ${a.bothMatch}, both not ${a.bothNoMatch}, only OFAC ${a.onlyReference}, only ours ${a.onlyOurs}`);
  printTable(['query', 'pairs', 'spearman', 'mean abs diff'], run.perQuery.map((q) => [q.query, q.n, num(q.spearman), num(q.mad)]));
  console.log('every pair (OFAC score / ours):');
  for (const q of run.perQuery) {
    const mine = run.pairs.filter((p) => p.query === q.query);
    console.log(`  ${q.query}: ${mine.map((p) => `${p.result} ${p.ofacScore}/${num(p.ours, 2)}`).join('; ')}`);
  }
  const disagree = run.pairs.filter((p) => !Number.isNaN(p.ours) && (p.ofacScore >= OFAC_MATCH) !== (p.ours >= threshold));
  if (disagree.length) {
    console.log('disagreements:');
    for (const p of disagree) console.log(`  ${p.query} vs ${p.result}: OFAC ${p.ofacScore}, ours ${num(p.ours)} (${p.ours >= threshold ? 'only ours matches' : 'only OFAC matches'})`);
  }
}
