/**
 * Fold any text to lower-case ASCII words: NFKC, invisible marks removed, every script transliterated
 * (Han through pinyin-pro, syllable by syllable; others through any-ascii), diacritics dropped.
 */
import anyAsciiModule from 'any-ascii';
import { pinyin } from 'pinyin-pro';

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
 * Han runs become space-separated pinyin syllables ("习近平" -> "xi jin ping"); Hangul runs become
 * space-separated syllables ("김정은" -> "gim jeong eun"), since each syllable is a name part there.
 */
function spellHanAndHangul(text: string): string {
  let out = text;
  if (HAN.test(out)) out = out.replace(HAN_RUN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')} `);
  out = out.replace(HANGUL_RUN, (run) => ` ${[...run].map((ch) => anyAscii(ch)).join(' ')} `);
  return out;
}

/** Lower-case ASCII with word separators kept as spaces; apostrophes inside words are dropped. */
export function foldToAscii(text: string): string {
  const visible = stripInvisible(text.normalize('NFKC')).replace(SYMBOLS, ' ');
  const spelled = anyAscii(spellHanAndHangul(visible));
  return spelled
    .toLowerCase()
    .replace(/['`’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
