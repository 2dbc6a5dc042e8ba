/** Word tokens with their offsets, the unit the recogniser and the event patterns work on. Pure. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, dots removed: the form looked up in word lists. */
  lower: string;
  /** Starts with a capital letter or digit-free acronym ("Bank", "ICBC", "U.S.", "al-Assad"). */
  cap: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&.][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let start = m.index! + offset;
    // A possessive is its own token: "Russia's" -> "Russia" "'s".
    const poss = /^(.+?)(['’]s)$/u.exec(word);
    if (poss && poss[1].length > 1) {
      out.push(make(poss[1], start));
      out.push(make(poss[2], start + poss[1].length));
      continue;
    }
    // "Co." and "Ltd." keep their dot when it is an abbreviation dot, handled by the sentence splitter.
    if (/^\p{Lu}[\p{L}]*\.\p{Lu}/u.test(word) === false && word.endsWith('.') && word.length > 1) word = word.slice(0, -1);
    out.push(make(word, start));
    start += word.length;
  }
  return out;
}

function make(text: string, start: number): Token {
  const cap = /^\p{Lu}/u.test(text) || /^(al|el|ul|bin|ibn|de)-\p{Lu}/u.test(text);
  return { text, start, end: start + text.length, lower: text.toLowerCase().replace(/\./g, '').replace(/’/g, "'"), cap };
}
