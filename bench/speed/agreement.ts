/** How far two matchers agree on the same pairs: verdicts at each one's own threshold, and scores. */
import { pearson, spearman } from './stats.js';

export interface Agreement {
  pairs: number;
  bothMatch: number;
  bothNoMatch: number;
  onlyOurs: number;
  onlyTheirs: number;
  /** (bothMatch + bothNoMatch) / pairs. */
  agreement: number;
  pearson: number;
  spearman: number;
}

export function agreement(ours: readonly number[], oursThreshold: number, theirs: readonly number[], theirsThreshold: number): Agreement {
  const n = Math.min(ours.length, theirs.length);
  let bothMatch = 0;
  let bothNoMatch = 0;
  let onlyOurs = 0;
  let onlyTheirs = 0;
  for (let i = 0; i < n; i++) {
    const a = ours[i] >= oursThreshold;
    const b = theirs[i] >= theirsThreshold;
    if (a && b) bothMatch++;
    else if (!a && !b) bothNoMatch++;
    else if (a) onlyOurs++;
    else onlyTheirs++;
  }
  return {
    pairs: n, bothMatch, bothNoMatch, onlyOurs, onlyTheirs,
    agreement: n ? (bothMatch + bothNoMatch) / n : NaN,
    pearson: pearson(ours.slice(0, n), theirs.slice(0, n)),
    spearman: spearman(ours.slice(0, n), theirs.slice(0, n)),
  };
}
