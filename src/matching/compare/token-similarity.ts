/**
 * How alike two name parts are, and how they met: the same letters, the same phonetic key after
 * transliteration, the same consonant skeleton (scripts without vowels), an initial, or a typo.
 */
import { osaDistance } from './edit-distance.js';
import type { NameToken } from '../normalize/name.js';
import type { TokenAlignment } from '../types.js';

export interface TokenSimilarity {
  score: number;
  how: TokenAlignment['how'];
}

const NONE: TokenSimilarity = { score: 0, how: 'fuzzy' };

/** Edits allowed for a typo, by the length of the longer key. */
function allowedEdits(len: number): number {
  if (len <= 3) return 0;
  if (len <= 5) return 1;
  if (len <= 9) return 2;
  return 3;
}

export function tokenSimilarity(q: NameToken, c: NameToken): TokenSimilarity {
  const translit = q.foreign || c.foreign;
  if (q.text === c.text) return { score: 1, how: translit ? 'transliteration' : 'exact' };
  if (q.key === c.key && q.key.length > 1) return { score: 0.96, how: translit ? 'transliteration' : 'phonetic' };
  if (q.initial || c.initial) {
    const [i, w] = q.initial ? [q, c] : [c, q];
    if (w.initial || w.text[0] !== i.text) return NONE;
    // The query's initial for a listed name says little; a listed initial for the query's full name
    // confirms even less (the full name could be any other beginning with that letter).
    return { score: q.initial ? 0.75 : 0.62, how: 'initial' };
  }
  const maxLen = Math.max(q.key.length, c.key.length);
  let best = NONE;
  const allowed = allowedEdits(maxLen);
  if (allowed > 0 && Math.abs(q.key.length - c.key.length) <= allowed) {
    const d = osaDistance(q.key, c.key, allowed);
    if (d <= allowed) best = { score: 1 - (0.75 * d) / maxLen - 0.03, how: 'fuzzy' };
  }
  // Baltic and other inflected forms of the same name: Putinas, Putins, Ivanovas.
  if (best.score < 0.9 && inflected(q.key, c.key)) best = { score: 0.9, how: 'phonetic' };
  // Consonant skeletons: freely across loose romanisations (Arabic, Hangul, kana...); within Latin only
  // for vowel variation (Mohammed, Muhammad) at most two edits apart.
  if (q.skel === c.skel) {
    const loose = q.loose || c.loose;
    if (loose && q.skel.length >= 3 && best.score < 0.9) best = { score: 0.9, how: 'transliteration' };
    else if (loose && q.skel.length === 2 && q.key[0] === c.key[0] && best.score < 0.8) best = { score: 0.8, how: 'transliteration' };
    else if (!loose && q.skel.length >= 3 && best.score < 0.85 && osaDistance(q.key, c.key, 2) <= 2) best = { score: 0.85, how: 'phonetic' };
  }
  else if ((q.loose || c.loose) && best.score < 0.8 && skeletonPrefix(q.skel, c.skel)) {
    best = { score: 0.8, how: 'transliteration' };
  }
  return best;
}

const SUFFIXES = ['as', 'is', 'us', 'ys', 's'];

/** One key is the other with a nominative ending (-as, -is, -us, -s), both of five letters or more. */
function inflected(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 4 || !long.startsWith(short)) return false;
  return SUFFIXES.includes(long.slice(short.length));
}

/** Skeletons of three consonants or more that differ only by one final consonant (a dropped final r). */
function skeletonPrefix(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short);
}
