/**
 * Pure figures for the accuracy benchmark: shares, rank correlation, score sweeps and tallies.
 * No I/O; unit-tested in test/bench-accuracy.test.ts.
 */

/** hits / total, or NaN when there is nothing to count. */
export function share(hits: number, total: number): number {
  return total > 0 ? hits / total : Number.NaN;
}

/** 1-based ranks, ties sharing the average of the ranks they span (the Spearman convention). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Pearson correlation; NaN when fewer than two pairs or when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n !== ys.length) throw new Error('pearson: length mismatch');
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation with average ranks for ties. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(averageRanks(xs), averageRanks(ys));
}

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
