/**
 * Keys under which transliteration variants of one name part meet.
 *
 * `phoneticKey` folds the spelling differences between romanisation schemes (BGN/PCGN, ICAO 9303, GOST,
 * Library of Congress, German, French, Dutch and Hungarian conventions): Yuryevich, Yurievich, Iurevich
 * and Jurjewitsch all become "urevic"; Poutine, Poetin and Putyin become "putin".
 * `skeleton` keeps consonant classes only, for scripts written without vowels (Arabic, Hebrew) and for
 * vowel variation within one script (Mohammed, Muhammad, Mohamed).
 */

const DIGRAPHS: [RegExp, string][] = [
  [/ck|q/g, 'k'],
  [/c(?![hzseiy])/g, 'k'], // a hard c before a, o, u or a consonant: Cuba, Kuba
  [/shch|sch|tsch|tch|ch|tsh|cs/g, 'c'],
  [/sh|sz|zs|ş/g, 's'],
  [/dzh|zh|dj/g, 'z'],
  [/dz/g, 'd'], // Belarusian and Polish дз/dz where Russian has д: Uladzimir, Vladimir
  [/kh/g, 'h'],
  [/bh/g, 'b'], // Indic aspirates
  [/ph/g, 'f'],
  [/th|dt/g, 't'],
  [/ts|tz|cz/g, 'c'],
  [/gh/g, 'g'],
  [/dh/g, 'd'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ou|oo|oe/g, 'u'],
  [/ee/g, 'i'],
  [/[yj]/g, 'i'],
];

const CACHE = new Map<string, string>();
const CACHE_LIMIT = 500_000;

/** The phonetic key of one lower-case ASCII token (memoised: name parts repeat a great deal). */
export function phoneticKey(token: string): string {
  let key = CACHE.get(token);
  if (key === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    key = computeKey(token);
    CACHE.set(token, key);
  }
  return key;
}

function computeKey(token: string): string {
  let s = token.replace(/[^a-z]/g, '');
  if (s.length <= 1) return s;
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  s = s.replace(/^u(?=[^aeiou])/, 'v'); // Belarusian and Ukrainian initial у/ў for в: Uladzimir
  s = s.replace(/(.)\1+/g, '$1'); // doubled letters
  s = s.replace(/i(?=[aeiou])/g, ''); // iu, ia, ie, io: the glide before a vowel
  s = s.replace(/(.)\1+/g, '$1');
  if (s.length > 3) s = s.replace(/([^aeiou])e$/, '$1').replace(/([aeiou])h$/, '$1'); // Poutine, Abdullah
  return s || token;
}

const CLASSES: Record<string, string> = {
  b: 'b', p: 'b', f: 'b', v: 'b',
  d: 'd', t: 'd',
  g: 'k', k: 'k', c: 's', s: 's', z: 's',
  l: 'r', r: 'r', m: 'm', n: 'n', h: 'h',
};

/** Consonant classes of a phonetic key: "muhamad" -> "mhmd", "ali" -> "r" (vowels are what abjads omit). */
export function skeleton(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    const cls = CLASSES[ch];
    if (cls === undefined) continue;
    if (out[out.length - 1] !== cls) out += cls;
  }
  return out;
}
