/**
 * The entity recogniser: people, organisations (banks, companies, ministries, agencies), countries,
 * other places and nationalities, plus money amounts and percentages. Rules and gazetteers, no
 * statistical model: capitalised spans are typed by cue words (legal forms, "Bank", "Ministry"),
 * titles ("President", "Mr"), given names, the country/city/demonym gazetteer, the officials gazetteer
 * and known organisations; then names seen typed elsewhere in the document (a surname after the full
 * name, an acronym after its definition) type the rest. Pure.
 */
import { findAmounts } from './amounts.js';
import { abbreviates, looksLikeAcronym } from './acronyms.js';
import { cityCountry, countryByDemonym, countryByName } from './gazetteer/countries.js';
import { GIVEN_NAMES } from './gazetteer/given-names.js';
import { knownOrganisation, officialByName, officialBySurname } from './gazetteer/lookup.js';
import { COMPASS, ORG_TAIL_WORDS, ORG_WORDS, PERSON_TITLES, PLACE_WORDS } from './gazetteer/cues.js';
import { splitSentences } from './sentences.js';
import { capitalisedSpans, opensSentence } from './spans.js';
import { tokenize, type Token } from './tokens.js';
import type { EntityType, Mention } from './types.js';

export interface RecogniserOptions {
  /** Extra organisation names, e.g. banks and their acronyms from the BIC directory. */
  knownOrg?: (name: string) => boolean;
}

type Typed = Omit<Mention, 'text' | 'start' | 'end'>;
interface Pending { tokens: Token[]; sentenceStart: boolean; before?: Token }

/** Role words that may stand between a nationality and a title ("Chinese Foreign Minister"). */
const ROLE_WORDS = new Set(['foreign', 'defence', 'defense', 'finance', 'prime', 'deputy', 'vice', 'trade', 'economy', 'economic',
  'interior', 'state', 'treasury', 'commerce', 'energy', 'first', 'acting', 'former', 'senior', 'supreme', 'chief', 'general',
  'security', 'national', 'executive', 'under', 'assistant', 'special', 'industry', 'justice', 'health', 'press']);

export function recognise(text: string, options: RecogniserOptions = {}): Mention[] {
  const out: Mention[] = [];
  const pending: Pending[] = [];
  const emit = (tokens: Token[], t: Typed) => out.push({ text: text.slice(tokens[0].start, tokens.at(-1)!.end), start: tokens[0].start, end: tokens.at(-1)!.end, ...t });
  for (const s of splitSentences(text)) {
    const amounts = findAmounts(s.text, s.start);
    for (const a of amounts) out.push({ text: a.text, type: a.kind, start: a.start, end: a.end, value: a.value, currency: a.currency, evidence: 'amount pattern' });
    const tokens = tokenize(s.text, s.start);
    const inAmount = (t: Token) => amounts.some((a) => t.start < a.end && t.end > a.start);
    for (const sp of capitalisedSpans(tokens, inAmount)) {
      const span = tokens.slice(sp.from, sp.to);
      const before = tokens[sp.from - 1];
      typeSpan(span, opensSentence(tokens, sp.from), before, options, emit, (p) => pending.push(p));
    }
  }
  resolvePending(text, out, pending, emit);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function typeSpan(span: Token[], sentenceStart: boolean, before: Token | undefined, options: RecogniserOptions,
  emit: (tokens: Token[], t: Typed) => void, defer: (p: Pending) => void): void {
  const whole = classify(span, options);
  // "Russia and China", "Sberbank and VTB": two names joined by "and" are two mentions.
  for (let and = 1; and < span.length - 1; and++) {
    if (span[and].lower !== 'and' && span[and].lower !== '&') continue;
    const left = span.slice(0, and);
    const right = span.slice(and + 1);
    const l = classify(left, options);
    const r = classify(right, options);
    if (l && r && (!whole || whole.type !== 'ORGANIZATION' || (strongAlone(l) && strongAlone(r)))) {
      typeSpan(left, sentenceStart, before, options, emit, defer);
      typeSpan(right, false, span[and], options, emit, defer);
      return;
    }
  }
  // A title inside or before the span puts a person's name after it.
  const titleAt = findLastIndex(span, (t, i) => PERSON_TITLES.has(t.lower) && i < span.length - 1);
  if (titleAt >= 0 || (before && PERSON_TITLES.has(before.lower) && !before.cap)) {
    let from = titleAt + 1;
    while (from < span.length - 1 && (ORG_WORDS.has(span[from].lower) || PLACE_WORDS.has(span[from].lower) || span[from].lower === 'of' || span[from].lower === 'the' || countryByName(span[from].text))) from++;
    const name = span.slice(from).filter((t, i, a) => /\p{L}/u.test(t.text) || (i > 0 && i < a.length - 1));
    const nameType = classify(name, options);
    if (!nameType || nameType.type === 'PERSON' || (nameType.evidence === 'acronym' && name.length === 1)) {
      const official = officialByName(textOf(name));
      emit(name, { type: 'PERSON', evidence: `title '${(titleAt >= 0 ? span[titleAt] : before!).text}'`, ...(official ? { official, country: official.country } : {}) });
      if (titleAt > 0) typeHead(span.slice(0, titleAt), options, emit);
      return;
    }
  }
  // A role standing for its holder: "the Foreign Secretary", "Prime Minister".
  if (!whole && PERSON_TITLES.has(span.at(-1)!.lower) && span.slice(0, -1).every((t) => ROLE_WORDS.has(t.lower) || PERSON_TITLES.has(t.lower))) {
    emit(span, { type: 'PERSON', evidence: `role '${textOf(span)}'` });
    return;
  }
  if (whole) {
    if (whole.type === 'PERSON' || !(titleAt >= 0 && whole.type === 'NATIONALITY')) emit(span, whole);
    return;
  }
  // "Russian President", "Chinese Foreign Ministry spokeswoman": keep the nationality or country.
  if (typeHead(span, options, emit)) return;
  if (sentenceStart && span.length === 1) return;
  defer({ tokens: span, sentenceStart, before });
}

/** The country or nationality at the head of a role phrase ("Chinese" in "Chinese Foreign Minister"). */
function typeHead(head: Token[], options: RecogniserOptions, emit: (tokens: Token[], t: Typed) => void): boolean {
  let end = head.length;
  while (end > 0 && (ROLE_WORDS.has(head[end - 1].lower) || PERSON_TITLES.has(head[end - 1].lower))) end--;
  if (end === 0) return false;
  const part = head.slice(0, end);
  const t = classify(part, options);
  if (t && t.type !== 'PERSON') {
    emit(part, t);
    return true;
  }
  return false;
}

function strongAlone(t: Typed): boolean {
  return t.type === 'COUNTRY' || t.type === 'PERSON' || t.evidence.startsWith('known') || t.evidence.startsWith('cue') || t.evidence === 'bank directory';
}

/** Type a span from its own words, or undefined when nothing in it decides. */
export function classify(span: Token[], options: RecogniserOptions = {}): Typed | undefined {
  if (span.length === 0) return undefined;
  const text = textOf(span);
  const lower = span.map((t) => t.lower);
  const official = officialByName(text);
  if (official) return { type: 'PERSON', official, country: official.country, evidence: 'officials gazetteer' };
  if (knownOrganisation(text)) return { type: 'ORGANIZATION', evidence: 'known organisation' };
  const country = countryByName(text);
  if (country) return { type: 'COUNTRY', country: country.code, evidence: 'country gazetteer' };
  const city = cityCountry(text);
  if (city) return { type: 'LOCATION', country: city.code, evidence: 'city gazetteer' };
  const demonym = countryByDemonym(text);
  if (demonym) return { type: 'NATIONALITY', country: demonym.code, evidence: 'demonym gazetteer' };
  if (options.knownOrg?.(text)) return { type: 'ORGANIZATION', evidence: 'bank directory' };
  const cue = lower.find((w, i) => ORG_WORDS.has(w) && !(i === 0 && span.length > 1 && PLACE_WORDS.has(lower[1])));
  if (cue) return { type: 'ORGANIZATION', evidence: `cue '${cue}'` };
  if (span.length > 1 && ORG_TAIL_WORDS.has(lower.at(-1)!)) return { type: 'ORGANIZATION', evidence: `cue '${lower.at(-1)}'` };
  if (span.length > 1 && PLACE_WORDS.has(lower.at(-1)!)) return { type: 'LOCATION', evidence: `place word '${lower.at(-1)}'` };
  if (span.length > 1 && COMPASS.has(lower[0])) {
    const rest = classify(span.slice(1), options);
    if (rest && (rest.type === 'COUNTRY' || rest.type === 'LOCATION')) return { type: 'LOCATION', ...(rest.country ? { country: rest.country } : {}), evidence: `'${span[0].text}' and a place` };
  }
  if (span.length >= 2 && span.length <= 4 && GIVEN_NAMES.has(lower[0]) && span.every((t) => !/\d/.test(t.text))) {
    return { type: 'PERSON', evidence: `given name '${span[0].text}'` };
  }
  if (span.length === 1) {
    const bySurname = officialBySurname(text);
    if (bySurname) return { type: 'PERSON', official: bySurname, country: bySurname.country, evidence: 'officials gazetteer (surname)' };
    if (looksLikeAcronym(text)) return { type: 'ORGANIZATION', evidence: 'acronym' };
  }
  return undefined;
}

/** Type the spans nothing decided, from what the rest of the document says about the same words. */
function resolvePending(text: string, out: Mention[], pending: Pending[], emit: (tokens: Token[], t: Typed) => void): void {
  const typed = new Map<string, Typed>();
  const surnames = new Map<string, Typed>();
  for (const m of out) {
    if (m.type === 'MONEY' || m.type === 'PERCENT') continue;
    typed.set(m.text.toLowerCase(), { type: m.type, evidence: `same name typed by ${m.evidence}`, ...(m.country ? { country: m.country } : {}) });
    if (m.type === 'PERSON') {
      const parts = m.text.split(/\s+/);
      if (parts.length > 1) surnames.set(parts.at(-1)!.toLowerCase(), { type: 'PERSON', evidence: `surname of ${m.text}`, ...(m.official ? { official: m.official, country: m.official.country } : {}) });
    }
  }
  // Acronyms defined in the text: "Industrial and Commercial Bank of China (ICBC)".
  const definitions = new Map<string, { expansion: string; type: EntityType }>();
  for (const m of out) {
    const after = /^\s*\(\s*(?:the\s+)?([\p{Lu}][\p{L}\p{N}&.-]{1,9})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (after && abbreviates(after[1], m.text) && m.type !== 'MONEY' && m.type !== 'PERCENT') definitions.set(after[1].replace(/\./g, ''), { expansion: m.text, type: m.type });
  }
  for (const p of pending) {
    const t = textOf(p.tokens);
    const key = t.replace(/\./g, '');
    const def = definitions.get(key);
    const hit = def ? { type: def.type, expansion: def.expansion, evidence: 'acronym defined in the text' } : typed.get(t.toLowerCase()) ?? (p.tokens.length === 1 ? surnames.get(t.toLowerCase()) : undefined);
    const guess = hit ?? fallback(p);
    if (guess) emit(p.tokens, guess);
  }
  // Acronyms typed by rule but defined in the text take the definition's type and expansion.
  for (const m of out) {
    const def = definitions.get(m.text.replace(/\./g, ''));
    if (def && m.expansion === undefined && m.text !== def.expansion) Object.assign(m, { type: def.type, expansion: def.expansion, evidence: 'acronym defined in the text' });
  }
}

/** Surname endings common in the domain's names (Russian, Ukrainian, Armenian, Georgian, Turkic, ...). */
const SURNAME_END = /(ov|ova|ev|eva|in|ina|yn|enko|ko|sky|skiy|ski|skaya|yan|ian|idze|shvili|escu|ić|ic|vich|uk|chuk|yev|yeva|ayev|iyev|oglu|oğlu|zadeh|stein|berg|son|sen|man)$/;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'into']);

/** A guess for a span nothing typed: a name-like pair is a person, a longer run a body, a word after "in" a place. */
function fallback(p: Pending): Typed | undefined {
  const words = p.tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.some((t) => /^(al|el|bin|ibn|abu|bint)(-|$)/i.test(t.text)) && words.length <= 4) return { type: 'PERSON', evidence: 'Arabic name particle' };
  if (words.length >= 2 && PLACE_WORDS.has(words[0].lower) && words[1].lower === 'of') return { type: 'LOCATION', evidence: `place word '${words[0].text}'` };
  const titlecase = words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Lu}$/u.test(t.text));
  if (titlecase && words.length >= 2 && words.length <= 3 && SURNAME_END.test(words.at(-1)!.lower)) return { type: 'PERSON', evidence: 'surname ending' };
  if (words.length === 1 && titlecase && SURNAME_END.test(words[0].lower) && words[0].text.length > 5) return { type: 'PERSON', evidence: 'surname ending' };
  if (p.before && PLACE_PREPOSITIONS.has(p.before.lower) && words.length <= 3) return { type: 'LOCATION', evidence: `after '${p.before.text}'` };
  if (words.length >= 2 && !p.sentenceStart) return { type: 'ORGANIZATION', evidence: 'unknown multi-word name' };
  return undefined;
}

function textOf(tokens: Token[]): string {
  let s = '';
  for (let i = 0; i < tokens.length; i++) s += (i > 0 && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return s;
}

function findLastIndex<T>(a: T[], f: (x: T, i: number) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i], i)) return i;
  return -1;
}
