/** Small statistics used by the analyses; each returns null instead of throwing on missing data. */

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Sample standard deviation (n - 1), as pandas' `std` computes it. */
export function sampleSd(xs: readonly number[]): number | null {
  const m = mean(xs);
  if (m === null || xs.length < 2) return null;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

export function zScore(x: number, m: number | null, sd: number | null): number | null {
  if (m === null || sd === null || sd === 0 || !Number.isFinite(x)) return null;
  return (x - m) / sd;
}

/** comparison / baseline; null when the baseline is zero or absent. */
export function multiple(baseline: number, comparison: number): number | null {
  return baseline > 0 ? comparison / baseline : null;
}

/** Growth in percent: (comparison / baseline - 1) * 100. */
export function growthPct(baseline: number, comparison: number): number | null {
  const m = multiple(baseline, comparison);
  return m === null ? null : (m - 1) * 100;
}

/** Natural log of a / b; null unless both are positive. */
export function logRatio(a: number, b: number): number | null {
  return a > 0 && b > 0 ? Math.log(a / b) : null;
}

/**
 * EBRD substitution ratio: increase of indirect flows (exports to transit countries) divided by the fall
 * of direct flows (exports to Russia). Null when direct flows did not fall.
 */
export function substitutionRatio(indirectIncrease: number, directFall: number): number | null {
  return directFall > 0 ? indirectIncrease / directFall : null;
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
