/**
 * Word shingles and 32-bit hashes for near-duplicate detection. Text is casefolded and reduced to
 * letter/number tokens, so punctuation, case and whitespace edits do not change a shingle.
 */

/** Lower-cased letter/number tokens. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a 32-bit hash of a string, with a seed mixed into the offset basis. */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Combines a running shingle hash with the next word's hash (order-sensitive, murmur3-style mixing). */
function combine(h: number, x: number): number {
  let k = Math.imul(x, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** Hashes of the distinct k-word shingles of a text (a text shorter than k gives one shingle). */
export function shingleHashes(text: string, k = 4): Uint32Array {
  const w = words(text);
  const wh = w.map((x) => hash32(x));
  const set = new Set<number>();
  const n = w.length < k ? Math.min(w.length, 1) : w.length - k + 1;
  const size = Math.min(k, w.length);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < size; j++) h = combine(h, wh[i + j]);
    set.add(h);
  }
  return Uint32Array.from(set);
}

/** Exact Jaccard similarity of two shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  let inter = 0;
  for (const x of b) if (sa.has(x)) inter++;
  return inter / (a.length + b.length - inter);
}
