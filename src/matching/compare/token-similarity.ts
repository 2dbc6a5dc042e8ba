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

/** Shared by every pair that does not match (not frozen: a frozen object would make the readers polymorphic). */
export const NO_SIMILARITY: TokenSimilarity = { score: 0, how: 'fuzzy' };
const NONE = NO_SIMILARITY;

function editsWithin(a: string, b: string, max: number): number {
  return Math.abs(a.length - b.length) > max ? max + 1 : osaDistance(a, b, max);
}

/** Edits allowed for a typo, by the length of the longer key. */
function allowedEdits(len: number): number {
  if (len <= 3) return 0;
  if (len <= 7) return 1;
  if (len <= 11) return 2;
  return 3;
}

export function tokenSimilarity(q: NameToken, c: NameToken): TokenSimilarity {
  const translit = q.foreign || c.foreign;
  if (q.text === c.text) return { score: 1, how: translit ? 'transliteration' : 'exact' };
  if (q.key === c.key && q.key.length > 1) {
    // Syllable romanisations (pinyin, Korean) differ by a letter between different names (xu, xiu).
    if (!(q.syllabic || c.syllabic)) return { score: 0.96, how: translit ? 'transliteration' : 'phonetic' };
    if (q.text.length === c.text.length) return { score: 0.9, how: 'transliteration' };
  }
  if (q.initial || c.initial) {
    const [i, w] = q.initial ? [q, c] : [c, q];
    if (w.initial || w.text[0] !== i.text) return NONE;
    // The query's initial for a listed name says little; a listed initial for the query's full name
    // confirms even less (the full name could be any other beginning with that letter).
    return { score: q.initial ? 0.75 : 0.62, how: 'initial' };
  }
  const maxLen = Math.max(q.key.length, c.key.length);
  let best = NONE;
  // Syllabic romanisations and parts with digits (vessel numbers, codes) never match with a typo.
  // Nor do two parts both written in a vowelless script: there one letter is the whole difference.
  const bothLoose = q.loose && c.loose && q.foreign && c.foreign;
  const allowed = q.syllabic || c.syllabic || q.numeric || c.numeric || bothLoose ? 0 : allowedEdits(maxLen);
  if (allowed > 0) {
    // A typo is counted on the letters as typed and on the phonetic keys, whichever is closer: the keys
    // fold spelling variants, the letters keep a typo from being amplified by that folding.
    // Letter masks rule out most pairs before any distance is counted (an edit changes two bits at most).
    let d = allowed + 1;
    if (bitCount(q.keyMask ^ c.keyMask) <= 2 * allowed) d = editsWithin(q.key, c.key, allowed);
    if (d > allowed && bitCount(q.textMask ^ c.textMask) <= 2 * allowed) d = editsWithin(q.text, c.text, allowed);
    // Typos rarely hit the first letter twice over: two edits need the same first letter.
    if (d <= allowed && (d < 2 || q.key[0] === c.key[0])) best = { score: 1 - (0.75 * d) / maxLen - 0.03, how: 'fuzzy' };
  }
  // Baltic and other inflected forms of the same name: Putinas, Putins, Ivanovas.
  if (best.score < 0.9 && inflected(q.key, c.key)) best = { score: 0.9, how: 'phonetic' };
  // Consonant skeletons: freely across loose romanisations (Arabic, Hangul, kana...); within Latin only
  // for vowel variation (Mohammed, Muhammad) at most two edits apart.
  if (q.skel === c.skel) {
    // Skeletons bridge a loosely romanised script and another one, not two parts of the same script.
    const loose = (q.loose || c.loose) && !(q.syllabic && c.syllabic) && !(q.loose && c.loose && q.foreign && c.foreign);
    const s = q.skel.length >= 4 ? 0.88 : 0.78;
    if (loose && q.skel.length >= 3 && best.score < s) best = { score: s, how: 'transliteration' };
    else if (loose && q.skel.length >= 1 && maxLen <= 4 && q.key[0] === c.key[0] && best.score < 0.75) best = { score: 0.75, how: 'transliteration' };
    else if (!loose && best.score < 0.85 && q.key[0] === c.key[0]) {
      const k = consonants(q.key);
      if (k.length >= 4 && k === consonants(c.key)) best = { score: 0.85, how: 'phonetic' };
    }
  }
  else if ((q.loose || c.loose) && best.score < 0.8 && skeletonPrefix(q.skel, c.skel)) {
    best = { score: 0.8, how: 'transliteration' };
  }
  return best;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const SUFFIXES = ['as', 'is', 'us', 'ys', 's'];

/** One key is the other with a nominative ending (-as, -is, -us, -s), both of five letters or more. */
function inflected(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 4 || !long.startsWith(short)) return false;
  return SUFFIXES.includes(long.slice(short.length));
}

/** Skeletons of four consonants or more that differ only by one final consonant (a dropped final r). */
function skeletonPrefix(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length === short.length + 1 && long.startsWith(short);
}

/** The consonants of a key, in order: spellings that differ in vowels only (Mohamed, Muhamad). */
function consonants(key: string): string {
  return key.replace(/[aeiou]/g, '');
}
