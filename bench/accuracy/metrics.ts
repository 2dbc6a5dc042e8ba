/**
 * Pure figures for the accuracy benchmark: shares, rank correlation, score sweeps and tallies.
 * No I/O; unit-tested in test/bench-accuracy.test.ts.
 */

/** hits / total, or NaN when there is nothing to count. */
export function share(hits: number, total: number): number {
  return total > 0 ? hits / total : Number.NaN;
}

// Rank correlation lives with the speed benchmark's statistics; both benchmarks use the one copy.
export { pearson, spearman, ranks as averageRanks } from '../speed/stats.js';

export function meanAbsDiff(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error('meanAbsDiff: length mismatch');
  if (!xs.length) return Number.NaN;
  return xs.reduce((a, x, i) => a + Math.abs(x - ys[i]), 0) / xs.length;
}

/** Share of scores at or above each threshold: recall for positives, false-positive rate for negatives. */
export function sweep(scores: readonly number[], thresholds: readonly number[]): { threshold: number; share: number }[] {
  return thresholds.map((t) => ({ threshold: t, share: share(scores.filter((s) => s >= t).length, scores.length) }));
}

/** A 2x2 table of expected (reference) against predicted decisions. */
export interface Confusion {
  bothMatch: number;
  bothNoMatch: number;
  /** Reference says match, we do not. */
  onlyReference: number;
  /** We say match, the reference does not. */
  onlyOurs: number;
  agreement: number;
}

export function confusion(pairs: readonly { reference: boolean; ours: boolean }[]): Confusion {
  const c = { bothMatch: 0, bothNoMatch: 0, onlyReference: 0, onlyOurs: 0 };
  for (const p of pairs) {
    if (p.reference && p.ours) c.bothMatch++;
    else if (!p.reference && !p.ours) c.bothNoMatch++;
    else if (p.reference) c.onlyReference++;
    else c.onlyOurs++;
  }
  return { ...c, agreement: share(c.bothMatch + c.bothNoMatch, pairs.length) };
}

/** Count items by key, most frequent first (ties by key), keeping the first few examples of each. */
export function tally<T>(items: Iterable<T>, key: (item: T) => string, keepExamples = 3): { key: string; count: number; examples: T[] }[] {
  const groups = new Map<string, { key: string; count: number; examples: T[] }>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, count: 0, examples: [] }));
    g.count++;
    if (g.examples.length < keepExamples) g.examples.push(item);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
