/**
 * Capitalised-span chunking: runs of capitalised tokens, joined by connector words when a capitalised
 * word follows ("Bank of China", "Industrial and Commercial Bank of China", "Ministry of the Interior").
 * Pure.
 */
import { CONNECTORS, FUNCTION_WORDS, TIME_WORDS } from './gazetteer/cues.js';
import type { Token } from './tokens.js';

export interface Span {
  /** Token indexes [from, to) into the sentence's tokens. */
  from: number;
  to: number;
}

const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'capt', 'sen', 'gov', 'rep', 'st', 'prof', 'adm', 'maj', 'sgt', 'brig', 'jr', 'sr']);
const LEGAL_TAIL = new Set(['ltd', 'llc', 'inc', 'jsc', 'pjsc', 'plc', 'limited', 'gmbh', 'ag', 'sa', 'co', 'corp', 'fze', 'fzco', 'llp', 'lp', 'bv', 'nv']);

function nameToken(t: Token | undefined): boolean {
  return !!t && t.cap && /\p{L}/u.test(t.text) && !TIME_WORDS.has(t.lower);
}

/** Capitalised spans of a sentence's tokens, skipping tokens inside `blocked` (amounts). */
export function capitalisedSpans(tokens: Token[], blocked: (t: Token) => boolean = () => false): Span[] {
  const out: Span[] = [];
  let i = 0;
  const ok = (k: number) => nameToken(tokens[k]) && !blocked(tokens[k]);
  while (i < tokens.length) {
    if (!ok(i)) {
      i++;
      continue;
    }
    let from = i;
    let j = i + 1;
    for (;;) {
      if (ok(j)) j++;
      else if (tokens[j] && CONNECTORS.has(tokens[j].lower) && ok(j + 1)) j += 2;
      else if (tokens[j]?.lower === 'of' && tokens[j + 1]?.lower === 'the' && ok(j + 2)) j += 3;
      // "Frederick H. Collier": an initial inside a name.
      else if (tokens[j]?.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1].text) && tokens[j].start === tokens[j - 1].end && ok(j + 1)) j += 2;
      // "Mr. Smith", "Gen. Ivanov", "St. Petersburg": an abbreviation's dot inside a name.
      else if (tokens[j]?.text === '.' && DOTTED.has(tokens[j - 1].lower) && tokens[j].start === tokens[j - 1].end && ok(j + 1)) j += 2;
      // "Sinno Electronics Co., Ltd.", "Acme Trading, LLC": a legal form after a comma.
      else if (tokens[j]?.text === ',' && LEGAL_TAIL.has(tokens[j + 1]?.lower ?? '')) j += 2;
      else if (tokens[j]?.text === '.' && LEGAL_TAIL.has(tokens[j - 1].lower) && tokens[j + 1]?.text === ',' && LEGAL_TAIL.has(tokens[j + 2]?.lower ?? '')) j += 3;
      else break;
    }
    // Function words that open a sentence in capitals are not part of a name ("The", "According").
    while (from < j && opensSentence(tokens, from) && FUNCTION_WORDS.has(tokens[from].lower)) {
      from++;
      // "Sanctions on Russian ...": the connector after a dropped word goes with it.
      while (from < j && (CONNECTORS.has(tokens[from].lower) || tokens[from].lower === 'the')) from++;
      if (from < j && !opensSentence(tokens, from)) break;
    }
    if (from < j) out.push({ from, to: j });
    i = j;
  }
  return out;
}

/** Whether the token at `i` is the first word of its sentence (after any opening quotes or brackets). */
export function opensSentence(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^["'“‘(\[—–-]$/u.test(tokens[k].text)) k--;
  return k < 0;
}
