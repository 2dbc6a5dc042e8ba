/** How much a name part says about identity: rare parts much, common ones and particles little. */
import type { NameToken } from '../normalize/name.js';
import type { CandidateIndex } from './candidate-index.js';

export function tokenWeigher(index: CandidateIndex): (t: NameToken) => number {
  const n = Math.max(index.entities.length, 1);
  const logN = Math.log(n + 1);
  return (t: NameToken): number => {
    if (t.weight !== undefined) return t.weight;
    let w: number;
    if (t.initial) w = 0.3;
    else if (t.particle) w = 0.15;
    else {
      const df = index.documentFrequency(t.key);
      w = df === 0 || n < 100 ? 1 : 0.3 + 0.7 * Math.min(1, Math.log((n + 1) / (df + 1)) / logN);
    }
    t.weight = w;
    return w;
  };
}
