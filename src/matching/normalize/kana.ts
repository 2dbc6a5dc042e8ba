/**
 * Hepburn romanisation of Japanese kana spells foreign names with syllables: プーチン is "puchin" for
 * Putin, ウラジーミル "urajimiru" for Vladimir. Fold the syllables back towards the foreign spelling.
 */
const KANA_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}ー・]+/gu;

const SYLLABLES: [RegExp, string][] = [
  [/chi/g, 'ti'],
  [/tsu/g, 'tu'],
  [/shi/g, 'si'],
  [/ji/g, 'di'],
  [/fu/g, 'hu'],
  [/r/g, 'l'],
];

/** Romanised kana with the Hepburn syllables folded and the closing epenthetic vowel dropped. */
export function foldKanaRomaji(romaji: string): string {
  return romaji
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((w) => {
      let s = w;
      for (const [re, to] of SYLLABLES) s = s.replace(re, to);
      return s.length > 3 ? s.replace(/([^aeiou])[uo]$/, '$1') : s;
    })
    .join(' ');
}

export function hasKana(text: string): boolean {
  KANA_RUN.lastIndex = 0;
  return KANA_RUN.test(text);
}

export { KANA_RUN };
