/**
 * Sentence splitting for news text: a full stop, question or exclamation mark ends a sentence when the
 * next word starts a new one, except after abbreviations (U.S., Jan., Co., Ltd., Mr., No.), initials
 * (J. Smith) and decimal numbers. Paragraph breaks always end a sentence. Pure.
 */

export interface Sentence {
  text: string;
  /** Offset of the first character in the document. */
  start: number;
  end: number;
}

/** Abbreviations that end in a full stop without ending the sentence (compared lower-case, no dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'st', 'sr', 'jr',
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'dept', 'no', 'nos', 'vol', 'fig', 'art', 'para', 'sec', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.a.e', 'p.r.c', 'd.c', 'u.s.a', 'a.m', 'p.m', 'ft', 'mt', 'ave', 'blvd', 'intl', 'int',
]);
/** Abbreviations that usually close a sentence when a capitalised word follows (U.S. at the end of a clause). */
const CAN_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.a.e', 'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'd.c', 'a.m', 'p.m']);
/** Words that commonly follow an abbreviation mid-sentence, so a capital after U.S. is no new sentence. */
const CONTINUES = /^(Treasury|Department|State|Commerce|Government|Administration|President|Congress|Senate|Army|Navy|Embassy|Ambassador|Secretary|Sanctions|Dollar|Dollars|Officials?|Forces|Military|Bureau|Office|Justice|Attorney|Federal|Central|Special|Security|Council|Mission|Envoy|Representative|Trade|Export|Export-Import|Customs|House|Court|Authorities|Banks?|Companies|Firms?|Intelligence|Chamber|Agency|Foreign|Defense|Defence|Energy|National|Marshals)$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  const re = /\n\s*\n|[.!?]+["'”’)\]]*(?=\s+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('\n')) {
      push(m.index);
      continue;
    }
    if (m[0][0] === '.' && !endsSentence(text, m.index, end)) continue;
    push(end);
  }
  push(text.length);
  return out;
}

/** Whether the full stop at `dot` (with closing quotes up to `end`) ends the sentence. */
function endsSentence(text: string, dot: number, end: number): boolean {
  const before = /([\p{L}\p{N}.&'-]+)$/u.exec(text.slice(Math.max(0, dot - 30), dot))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
  const next = /^\s+(["'“‘(]?)(\S+)/u.exec(text.slice(end, end + 40));
  if (!next) return true;
  const following = next[2];
  // A lower-case word or a number after the stop continues the sentence ("Ltd. said", "No. 5").
  if (/^[\p{Ll}]/u.test(following)) return false;
  if (ABBREVIATIONS.has(word)) {
    if (!CAN_END.has(word)) return false;
    return !CONTINUES.test(following.replace(/[^\p{L}-]+$/u, ''));
  }
  // An initial: a single capital letter (J. Smith), but not the last letter of an acronym sentence end.
  if (/^\p{Lu}$/u.test(before)) return false;
  // Dotted acronyms not in the list (S.A., N.V.) behave like abbreviations.
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return !CONTINUES.test(following);
  return true;
}
