/**
 * Repeated paragraphs within one article: pages that print the article twice (an AMP copy, a print
 * copy, a teaser followed by the full text) and captions repeated under every photo. A paragraph is a
 * paragraph of at least `minWords` words is a repeat when it equals an earlier one after casefolding
 * and punctuation removal, or, from `nearWords` words, when its 3-word shingles overlap an earlier
 * paragraph's by `nearJaccard` or more. The first occurrence is kept. Short lines are left alone: a
 * table row or a recipe line ("1 tsp.") legitimately repeats.
 */
import { jaccard, shingleHashes, words } from './shingles.js';

export interface RepeatOptions { minWords?: number; nearWords?: number; nearJaccard?: number }

export interface RepeatResult { paragraphs: string[]; removed: number }

export function removeRepeatedParagraphs(paragraphs: string[], options: RepeatOptions = {}): RepeatResult {
  const { minWords = 8, nearWords = 12, nearJaccard = 0.9 } = options;
  const exact = new Set<string>();
  const long: Uint32Array[] = [];
  const kept: string[] = [];
  for (const p of paragraphs) {
    const w = words(p);
    const key = w.join(' ');
    if (w.length < minWords) { kept.push(p); continue; }
    if (exact.has(key)) continue;
    exact.add(key);
    if (w.length >= nearWords) {
      const sh = shingleHashes(key, 3);
      // Jaccard >= t needs the smaller set to be at least t times the larger: skip the rest unscored.
      if (long.some((o) => Math.min(o.length, sh.length) >= nearJaccard * Math.max(o.length, sh.length) && jaccard(o, sh) >= nearJaccard)) continue;
      long.push(sh);
    }
    kept.push(p);
  }
  return { paragraphs: kept, removed: paragraphs.length - kept.length };
}
