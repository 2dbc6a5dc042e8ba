/**
 * Fold any text to lower-case ASCII words: NFKC, invisible marks removed, every script transliterated
 * (Han through pinyin-pro, syllable by syllable; others through any-ascii), diacritics dropped.
 */
import anyAsciiModule from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { koreanSurname } from './korean.js';

const anyAscii: (s: string) => string =
  (anyAsciiModule as unknown as { default?: (s: string) => string }).default ?? (anyAsciiModule as unknown as (s: string) => string);

/** Bidi marks, zero-width characters, soft hyphens, variation selectors and other format characters. */
const INVISIBLE = /[\p{Cf}\u034f\u180e\ufe00-\ufe0f]/gu;
/** Emoji and other symbols: any-ascii would spell them out (":slight_smile:"); they are no part of a name. */
const SYMBOLS = /[\p{Extended_Pictographic}\p{S}]/gu;
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const HANGUL_RUN = /\p{Script=Hangul}+/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Han runs become space-separated pinyin syllables ("习近平" -> "xi jin ping").
 * A Hangul word of two or three syllables is a Korean name: family syllable, then the given name
 * ("김정은" -> "gim jeongeun"). A longer one spells a foreign name syllable by syllable with
 * epenthetic "eu" ("블라디미르" -> "beulladimileu"), which is dropped between consonants ("bladimil").
 */
function spellHanAndHangul(text: string): string {
  let out = text;
  if (HAN.test(out)) {
    // Written apart ("丽丽 彭"), each word is one name part ("lili peng"). Written together, a name of
    // two or three characters is the family name, then the given name as one word (习近平 -> "xi
    // jinping"); longer runs (companies, foreign names) stay syllable by syllable.
    const runs = out.match(HAN_RUN)?.length ?? 0;
    out = out.replace(HAN_RUN, (run) => {
      const syl = pinyin(run, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
      if (syl.length > 3) return ` ${syl.join(' ')} `;
      if (runs > 1) return ` ${syl.join('')} `;
      return syl.length === 1 ? ` ${syl[0]} ` : ` ${syl[0]} ${syl.slice(1).join('')} `;
    });
  }
  out = out.replace(HANGUL_RUN, (run) => {
    const syllables = [...run].map((ch) => anyAscii(ch).toLowerCase());
    if (syllables.length <= 3) return ` ${koreanSurname(syllables[0])} ${syllables.slice(1).join('')} `;
    return ` ${syllables.join('').replace(/([^aeiou])eu(?=[^aeiou]|$)/g, '$1').replace(/(.)\1+/g, '$1')} `;
  });
  return out;
}

/** Modern Greek digraphs any-ascii spells letter by letter: ου is u, ντ is d, μπ is b, γκ is g. */
const GREEK: [RegExp, string][] = [
  [/ου/g, 'ou'], [/ού/g, 'ou'], [/ΟΥ/g, 'OU'], [/Ου/g, 'Ou'],
  [/(^|\s)ντ/gu, '$1d'], [/ντ/g, 'nd'], [/(^|\s)Ντ/gu, '$1D'], [/(^|\s)ΝΤ/gu, '$1D'],
  [/(^|\s)μπ/gu, '$1b'], [/μπ/g, 'mb'], [/(^|\s)Μπ/gu, '$1B'], [/γκ/g, 'g'], [/Γκ/g, 'G'],
];
const GREEK_LETTER = /\p{Script=Greek}/u;

function spellGreek(text: string): string {
  if (!GREEK_LETTER.test(text)) return text;
  let out = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  for (const [re, to] of GREEK) out = out.replace(re, to);
  return out;
}

/** Lower-case ASCII with word separators kept as spaces; apostrophes inside words are dropped. */
export function foldToAscii(text: string): string {
  const visible = stripInvisible(text.normalize('NFKC')).replace(SYMBOLS, ' ');
  const spelled = anyAscii(spellGreek(spellHanAndHangul(visible)));
  return spelled
    .toLowerCase()
    .replace(/['`’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
