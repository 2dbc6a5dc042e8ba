/**
 * A seeded random source and the typo generator of the query mix: the same seed gives the same
 * queries on every machine, so two runs measure the same work.
 */

export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; good enough to draw a workload, not for anything secret. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(rng: Random, n: number): number {
  return Math.floor(rng() * n);
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[randomInt(rng, items.length)];
}

/** Fisher-Yates, in place. */
export function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export type TypoKind = 'substitution' | 'deletion' | 'swap';
export const TYPO_KINDS: readonly TypoKind[] = ['substitution', 'deletion', 'swap'];

const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/**
 * One typo of the given kind (or a random kind) inside a word of at least four letters, so that every
 * token survives. A name with no such word comes back unchanged.
 */
export function introduceTypo(name: string, rng: Random, kind: TypoKind = pick(rng, TYPO_KINDS)): string {
  const chars = [...name];
  const candidates: number[] = [];
  // Positions i inside a run of >= 4 letters, not its first letter, with a letter after (for swap).
  let runStart = 0;
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let i = 0; i <= chars.length; i++) {
    if (isLetter(chars[i])) continue;
    if (i - runStart >= 4) for (let k = runStart + 1; k < i - 1; k++) candidates.push(k);
    runStart = i + 1;
  }
  if (candidates.length === 0) return name;
  const i = pick(rng, candidates);
  if (kind === 'deletion') chars.splice(i, 1);
  else if (kind === 'swap') [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else {
    const upper = chars[i] !== chars[i].toLowerCase();
    const alphabet = /[a-z]/i.test(chars[i]) ? LATIN : chars.filter(isLetter).join('').toLowerCase();
    let c = chars[i];
    for (let tries = 0; tries < 8 && c.toLowerCase() === chars[i].toLowerCase(); tries++) c = pick(rng, [...alphabet]);
    chars[i] = upper ? c.toUpperCase() : c;
  }
  return chars.join('');
}
