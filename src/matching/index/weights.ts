/** How much a name part says about identity: rare parts much, common ones and particles little. */
import type { NameToken } from '../normalize/name.js';
import type { CandidateIndex } from './candidate-index.js';

export function tokenWeigher(index: CandidateIndex): (t: NameToken) => number {
  const n = Math.max(index.entities.length, 1);
  const logN = Math.log(n + 1);
  const cache = new Map<string, number>();
  return (t: NameToken): number => {
    if (t.initial) return 0.3;
    if (t.particle) return 0.15;
    let w = cache.get(t.key);
    if (w === undefined) {
      const df = index.documentFrequency(t.key);
      w = df === 0 || n < 100 ? 1 : 0.3 + 0.7 * Math.min(1, Math.log((n + 1) / (df + 1)) / logN);
      if (cache.size < 1_000_000) cache.set(t.key, w);
    }
    return w;
  };
}
