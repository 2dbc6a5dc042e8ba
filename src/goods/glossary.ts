/**
 * A word-level glossary from foreign goods vocabulary (ru, zh, de, fr, es, tr) to the English words the HS
 * nomenclature uses, so the English-only BM25 text search also works for descriptions in those languages.
 * Pure: data lives in glossary-<lang>.ts modules, compiled once at module load.
 *
 * Entry format (separated by newlines or `|` in the data modules): `foreign=english words`; english `-` means
 * 'known word, no English' (blocks a shorter wrong match).
 *  - ru, tr: the key is a stem; a token matches if it starts with the stem and the stem has ≥ 4 letters, or if it
 *    equals the key. A key ending in `!` matches whole words only.
 *  - de: whole words with inflection endings stripped; keys of ≥ 4 letters (or ending in `+`) are also found as
 *    parts of compounds, read from the end ('Rillenkugellager' → 'kugellager' → 'ball bearing'); `!` = whole word only.
 *  - fr, es: whole words after accent removal and plural / feminine endings; a key ending in `*` is a stem (prefix
 *    match, ≥ 4 letters).
 *  - all European languages: a key with spaces is a phrase, matched on consecutive words.
 *  - zh: substring, longest match first (不锈钢 beats 钢).
 */
import { ENGLISH_LOOKALIKES, ENGLISH_WORDS } from './glossary-en.js';
import { DE } from './glossary-de.js';
import { ES } from './glossary-es.js';
import { FR } from './glossary-fr.js';
import { RU } from './glossary-ru.js';
import { TR } from './glossary-tr.js';
import { ZH } from './glossary-zh.js';

export type Lang = 'ru' | 'zh' | 'de' | 'fr' | 'es' | 'tr';
export const LANGS: readonly Lang[] = ['ru', 'zh', 'de', 'fr', 'es', 'tr'];

export interface GlossaryMatch {
  /** The word (or Chinese substring) as written in the description. */
  source: string;
  /** What it was read as. */
  english: string;
  lang: Lang;
}

export interface Translation {
  /** English words of all matches, joined by spaces; empty for English (or untranslatable) text. */
  english: string;
  matched: GlossaryMatch[];
}

/** Parse a data module's text into [foreign, english] pairs (flags kept on the foreign side). */
function parse(data: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of data.split(/[\n|]/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const k = line.slice(0, eq).trim();
    const v = line.slice(eq + 1).trim();
    if (k && v) out.push([k, v]);
  }
  return out;
}

/** The glossary per language as [foreign, english] pairs; the foreign side keeps its flags (`!`, `*`, `+`). */
export const GLOSSARY: Record<Lang, [string, string][]> = {
  ru: parse(RU),
  zh: parse(ZH),
  de: parse(DE),
  fr: parse(FR),
  es: parse(ES),
  tr: parse(TR),
};

/** Same folding as normalizeText in normalize.ts (NFKD, marks removed, lower case) plus Turkish dotless ı → i. */
const ASCII = /^[\x00-\x7f]*$/;

function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/ß/g, 'ss');
}

interface Compiled {
  /** Whole-word (after ending-stripping) entries. */
  exact: Map<string, string>;
  /** Prefix stems (ru/tr/fr/es `*`) or compound parts (de). */
  stems: Map<string, string>;
  maxStem: number;
  /** Phrases keyed by their first word. */
  phrases: Map<string, { words: string[]; english: string }[]>;
}

function compile(lang: Lang): Compiled {
  const exact = new Map<string, string>();
  const stems = new Map<string, string>();
  const phrases = new Map<string, { words: string[]; english: string }[]>();
  let maxStem = 0;
  const add = (m: Map<string, string>, k: string, v: string) => {
    const prev = m.get(k);
    if (prev === undefined) m.set(k, v);
    else {
      const words = prev.split(' ');
      for (const w of v.split(' ')) if (!words.includes(w)) words.push(w);
      m.set(k, words.join(' '));
    }
  };
  for (const [rawKey, english] of GLOSSARY[lang]) {
    let key = rawKey;
    let wholeOnly = false;
    let stemFlag = false;
    let shortPart = false;
    if (key.endsWith('!')) (wholeOnly = true), (key = key.slice(0, -1));
    if (key.endsWith('*')) (stemFlag = true), (key = key.slice(0, -1));
    if (key.endsWith('+')) (shortPart = true), (key = key.slice(0, -1));
    key = fold(key).replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!key) continue;
    if (key.includes(' ')) {
      const words = key.split(/\s+/);
      let list = phrases.get(words[0]);
      if (!list) phrases.set(words[0], (list = []));
      list.push({ words, english });
      continue;
    }
    add(exact, key, english);
    let asStem = false;
    if (lang === 'ru' || lang === 'tr') asStem = !wholeOnly && key.length >= 4;
    else if (lang === 'de') asStem = !wholeOnly && (key.length >= 4 || shortPart);
    else asStem = stemFlag && key.length >= 4;
    if (asStem) {
      add(stems, key, english);
      maxStem = Math.max(maxStem, key.length);
      // Turkish consonant softening before a vowel suffix: çelik → çeliği, kağıt → kağıdı, kitap → kitabı.
      const soft = lang === 'tr' ? ({ k: 'g', t: 'd', p: 'b' } as Record<string, string>)[key[key.length - 1]] : undefined;
      if (soft && !wholeOnly) add(stems, key.slice(0, -1) + soft, english);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { exact, stems, maxStem, phrases };
}

interface ZhCompiled {
  byFirst: Map<string, { key: string; english: string }[]>;
}

function compileZh(): ZhCompiled {
  const byFirst = new Map<string, { key: string; english: string }[]>();
  const seen = new Map<string, { key: string; english: string }>();
  for (const [k, english] of GLOSSARY.zh) {
    const key = k.normalize('NFKC').trim();
    if (!key) continue;
    const prev = seen.get(key);
    if (prev) {
      const words = prev.english.split(' ');
      for (const w of english.split(' ')) if (!words.includes(w)) words.push(w);
      prev.english = words.join(' ');
      continue;
    }
    const e = { key, english };
    seen.set(key, e);
    const first = key[0];
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(e);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return { byFirst };
}

const EUROPEAN: Lang[] = ['ru', 'de', 'fr', 'es', 'tr'];
const COMPILED = Object.fromEntries(EUROPEAN.map((l) => [l, compile(l)])) as Record<Exclude<Lang, 'zh'>, Compiled>;
const ZHC = compileZh();
const ENGLISH_SET = new Set([...ENGLISH_WORDS.split(' '), ...ENGLISH_LOOKALIKES.split(' ')]);
/** An English word, or a hyphenated word made of English words and numbers ('ferro-nickel', 'helium-3'). */
function isEnglish(n: string): boolean {
  if (ENGLISH_SET.has(n)) return true;
  if (!n.includes('-')) return false;
  const parts = n.split('-');
  return parts.some((p) => ENGLISH_SET.has(p)) && parts.every((p) => p.length <= 1 || ENGLISH_SET.has(p) || /\d/.test(p));
}

/** Function words that give a Latin-script line away. */
const FUNCTION_WORDS: Record<'de' | 'fr' | 'es' | 'tr' | 'en', Set<string>> = {
  de: new Set('und mit fur aus von zum zur der die das den dem des ein eine einer eines einem oder aus fuer ohne bei nach zu im am auf aus sowie nicht'.split(' ')),
  fr: new Set('de du des le la les et pour avec en au aux un une sans sur ou par dans l d'.split(' ')),
  es: new Set('de del el la los las y para con en al un una sin sobre o por e'.split(' ')),
  tr: new Set('ve ile icin bir veya olan olarak adet'.split(' ')),
  en: new Set('and with for of the without in on to or from by'.split(' ')),
};

/** Endings tried (longest first) when looking a German word up. */
const DE_ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];

function deVariants(w: string): string[] {
  const out = [w];
  for (const e of DE_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e)) out.push(w.slice(0, -e.length));
  return out;
}

function frVariants(w: string): string[] {
  const out = [w];
  const push = (x: string) => {
    if (x.length >= 2 && !out.includes(x)) out.push(x);
  };
  let sing = w;
  if (w.length > 4 && w.endsWith('aux')) push(w.slice(0, -3) + 'al'), push(w.slice(0, -1));
  if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) push((sing = w.slice(0, -1)));
  if (sing.length > 3 && sing.endsWith('e')) push(sing.slice(0, -1));
  if (sing.endsWith('ee')) push(sing.slice(0, -1));
  if (sing.length > 4 && sing.endsWith('ive')) push(sing.slice(0, -3) + 'if');
  if (sing.length > 4 && sing.endsWith('euse')) push(sing.slice(0, -4) + 'eur');
  if (sing.length > 4 && sing.endsWith('elle')) push(sing.slice(0, -2));
  if (sing.length > 4 && sing.endsWith('enne')) push(sing.slice(0, -2));
  return out;
}

function esVariants(w: string): string[] {
  const out = [w];
  const push = (x: string) => {
    if (x.length >= 2 && !out.includes(x)) out.push(x);
  };
  let sing = w;
  if (w.length > 4 && w.endsWith('ces')) push(w.slice(0, -3) + 'z');
  if (w.length > 4 && w.endsWith('es')) push(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s')) push((sing = w.slice(0, -1)));
  if (sing.length > 3 && sing.endsWith('a')) push(sing.slice(0, -1) + 'o');
  return out;
}

function variants(lang: Lang, w: string): string[] {
  if (lang === 'de') return deVariants(w);
  if (lang === 'fr') return frVariants(w);
  if (lang === 'es') return esVariants(w);
  return [w];
}

/** Longest stem of `c` that `w` starts with (≥ 4 letters). */
function prefixStem(c: Compiled, w: string): string | undefined {
  for (let l = Math.min(w.length, c.maxStem); l >= 4; l--) {
    const e = c.stems.get(w.slice(0, l));
    if (e !== undefined) return e;
  }
  return undefined;
}

/** German: the longest known ending part of `w` (a compound's head), then the rest read the same way. */
function deCompound(c: Compiled, w: string, depth: number): string[] {
  if (depth > 4 || w.length < 3) return [];
  for (const v of deVariants(w)) {
    const e = c.exact.get(v);
    if (e !== undefined) return [e];
  }
  for (const v of deVariants(w)) {
    for (let start = 1; start <= v.length - 2; start++) {
      const part = v.slice(start);
      const e = c.stems.get(part);
      if (e === undefined) continue;
      const rest = w.slice(0, start).replace(/-+$/, '');
      // A compound's first part has at least 3 letters unless it is itself a word ('Öl|filter').
      if (rest.length < 3 && !c.exact.has(rest)) continue;
      const restParts = rest.length < 3 ? [c.exact.get(rest)!] : deCompoundRest(c, rest, depth + 1);
      return [...restParts, e];
    }
  }
  return [];
}

function deCompoundRest(c: Compiled, rest: string, depth: number): string[] {
  rest = rest.replace(/-+$/, '');
  if (rest.length < 3) return [];
  const direct = deCompound(c, rest, depth);
  if (direct.length) return direct;
  const withE = deCompound(c, rest + 'e', depth);
  if (withE.length) return withE;
  for (const link of ['s', 'n', 'e']) {
    if (rest.endsWith(link) && rest.length - 1 >= 3) {
      const r = deCompound(c, rest.slice(0, -1), depth);
      if (r.length) return r;
    }
  }
  // A known word at the start of the rest (e.g. 'edelstahlrohr' → 'edelstahl' + 'rohr').
  for (let l = Math.min(rest.length, c.maxStem); l >= 4; l--) {
    const e = c.stems.get(rest.slice(0, l));
    if (e !== undefined) return [e];
  }
  return [];
}

/** Words already looked up, per language (bounded; invoices repeat their vocabulary). */
const WORD_CACHE: Record<Exclude<Lang, 'zh'>, Map<string, string | null>> = { ru: new Map(), de: new Map(), fr: new Map(), es: new Map(), tr: new Map() };
const WORD_CACHE_MAX = 20000;

/** Translate one folded word of a European language; undefined when not in the glossary ('-' = known, no English). */
function translateWord(lang: Exclude<Lang, 'zh'>, w: string): string | undefined {
  const cache = WORD_CACHE[lang];
  const hit = cache.get(w);
  if (hit !== undefined) return hit ?? undefined;
  const e = translateWordUncached(lang, w);
  if (cache.size >= WORD_CACHE_MAX) cache.clear();
  cache.set(w, e ?? null);
  return e;
}

function translateWordUncached(lang: Exclude<Lang, 'zh'>, w: string): string | undefined {
  const whole = translateWhole(lang, w);
  if (whole !== undefined || !w.includes('-') || lang === 'de') return whole;
  // Hyphenated words not listed as such ('coton-polyester'): translate each part.
  const parts = w.split('-').map((p) => (p.length > 1 ? translateWhole(lang, p) : undefined)).filter((x): x is string => !!x && x !== '-');
  return parts.length ? parts.join(' ') : undefined;
}

function translateWhole(lang: Exclude<Lang, 'zh'>, w: string): string | undefined {
  const c = COMPILED[lang];
  if (lang === 'de') {
    const parts = deCompound(c, w, 0);
    if (!parts.length) return undefined;
    const kept = parts.filter((p) => p !== '-');
    return kept.length ? kept.join(' ') : '-';
  }
  for (const v of variants(lang, w)) {
    const e = c.exact.get(v);
    if (e !== undefined) return e;
  }
  if (lang === 'ru' || lang === 'tr') return prefixStem(c, w);
  // fr/es stems: try the word and its singular
  for (const v of variants(lang, w)) {
    const e = prefixStem(c, v);
    if (e !== undefined) return e;
  }
  return undefined;
}

/**
 * Look one word up in one language's glossary (for tooling and explanations): its English, and whether it is listed
 * as a whole word (after inflection endings) rather than found as a stem or compound part. Chinese is not word-based.
 */
export function glossaryLookup(lang: Exclude<Lang, 'zh'>, word: string): { english: string; exact: boolean } | undefined {
  const w = fold(word);
  const english = translateWord(lang, w);
  if (english === undefined) return undefined;
  const exact = variants(lang, w).some((v) => COMPILED[lang].exact.has(v));
  return { english, exact };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN = /\p{Script=Han}/u;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

interface Token {
  raw: string;
  norm: string;
  /** Where the token ends in the text (a phrase's source is the text between its first and last token). */
  end: number;
}

function translateZh(run: string, out: GlossaryMatch[]): void {
  const s = run.normalize('NFKC');
  let i = 0;
  while (i < s.length) {
    const list = ZHC.byFirst.get(s[i]);
    let hit: { key: string; english: string } | undefined;
    if (list) {
      for (const e of list) {
        if (s.startsWith(e.key, i)) {
          hit = e;
          break;
        }
      }
    }
    if (hit) {
      if (hit.english !== '-') out.push({ source: hit.key, english: hit.english, lang: 'zh' });
      i += hit.key.length;
    } else i++;
  }
}

type Latin = Exclude<Lang, 'zh' | 'ru'>;

/** Which Latin-script languages a line may be in, most likely first; empty for English / unknown. */
function guessLatin(tokens: Token[], raw: string): Latin[] {
  const score = { de: 0, fr: 0, es: 0, tr: 0, en: 0 };
  let latin = 0;
  for (const t of tokens) {
    // Part numbers and sizes ('6204-2rs', 'm8x40') say nothing about the language.
    if (!/[a-z]/.test(t.norm) || /\d/.test(t.norm)) continue;
    latin++;
    const n = t.norm;
    // Acronyms (LED, USB, SMD) are written the same in every language.
    const acronym = t.raw.length <= 5 && t.raw === t.raw.toUpperCase();
    const english = isEnglish(n);
    if (!acronym && (english || FUNCTION_WORDS.en.has(n))) score.en += 1;
    for (const l of ['de', 'fr', 'es', 'tr'] as const) {
      if (FUNCTION_WORDS[l].has(n)) score[l] += 1;
      else if (!english && translateWord(l, n) !== undefined) score[l] += 1;
      else if (english && COMPILED[l].exact.has(n)) score[l] += 0.5;
      else if (COMPILED[l].phrases.has(n)) score[l] += 0.5;
    }
  }
  if (!latin) return [];
  // Letters that only some languages use.
  if (/[ßäöüÄÖÜ]/.test(raw)) score.de += 1.5;
  if (/[ğĞşŞıİ]/.test(raw)) score.tr += 3;
  if (/[ñÑ¿¡áíóúÁÍÓÚ]/.test(raw)) score.es += 1.5;
  if (/[èêëàâîïôûùœÈÊÀ]/.test(raw)) score.fr += 1;
  if (/[éÉ]/.test(raw)) (score.fr += 0.5), (score.es += 0.5);
  if (/[çÇ]/.test(raw)) (score.fr += 0.5), (score.tr += 0.5);
  if (/[öüÖÜ]/.test(raw)) score.tr += 0.5;
  const ranked = (['de', 'fr', 'es', 'tr'] as const)
    .filter((l) => score[l] >= score.en && score[l] >= 1)
    .sort((a, b) => score[b] - score[a]);
  // A second language only when it is about as likely as the first (French vs Spanish 'papel higiénico').
  return ranked.filter((l) => score[l] >= score[ranked[0]] * 0.75);
}

const RU_ONLY: readonly Exclude<Lang, 'zh'>[] = ['ru'];
const NONE: readonly Exclude<Lang, 'zh'>[] = [];

/** Match a phrase or word of `lang` at tokens[i]; returns how many tokens were consumed (0 = no match). */
function matchAt(lang: Exclude<Lang, 'zh'>, text: string, tokens: Token[], i: number, matched: GlossaryMatch[]): number {
  const t = tokens[i];
  const c = COMPILED[lang];
  const cands = c.phrases.get(t.norm) ?? variants(lang, t.norm).map((v) => c.phrases.get(v)).find((x) => x);
  if (cands) {
    for (const p of cands) {
      if (i + p.words.length > tokens.length) continue;
      let ok = true;
      for (let j = 1; j < p.words.length && ok; j++) {
        const n = tokens[i + j].norm;
        ok = n === p.words[j] || variants(lang, n).includes(p.words[j]);
      }
      if (ok) {
        if (p.english !== '-') {
          const last = tokens[i + p.words.length - 1];
          const source = text.slice(t.end - t.raw.length, last.end);
          matched.push({ source, english: p.english, lang });
        }
        return p.words.length;
      }
    }
  }
  if (lang !== 'ru' && isEnglish(t.norm) && !c.exact.has(t.norm)) return 0;
  const e = translateWord(lang, t.norm);
  if (e === undefined) return 0;
  if (e !== '-' && e !== t.norm) matched.push({ source: t.raw, english: e, lang });
  return 1;
}

/** Translate the foreign goods words of a description into HS-nomenclature English. */
export function translateToEnglish(text: string): Translation {
  const matched: GlossaryMatch[] = [];
  if (!text) return { english: '', matched };
  const tokens: Token[] = [];
  let hasCyr = false;
  let hasHan = false;
  // Most lines are English: when every word is English (or a number / code), there is nothing to do.
  let allEnglish = true;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    if (ASCII.test(raw)) {
      const norm = raw.toLowerCase();
      if (allEnglish && !isEnglish(norm) && !FUNCTION_WORDS.en.has(norm) && !/\d/.test(norm)) allEnglish = false;
      tokens.push({ raw, norm, end: m.index + raw.length });
      continue;
    }
    allEnglish = false;
    if (HAN.test(raw)) {
      hasHan = true;
      tokens.push({ raw, norm: '', end: m.index + raw.length });
      continue;
    }
    if (!hasCyr && CYRILLIC.test(raw)) hasCyr = true;
    tokens.push({ raw, norm: fold(raw), end: m.index + raw.length });
  }
  if (allEnglish) return { english: '', matched };
  const latin = guessLatin(tokens, text);
  if (!latin.length && !hasCyr && !hasHan) return { english: '', matched };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.norm) {
      // A Han run may carry Latin/digits inside it (e.g. '6204轴承'): translate the Han parts.
      translateZh(t.raw, matched);
      continue;
    }
    const langs: readonly Exclude<Lang, 'zh'>[] = CYRILLIC.test(t.norm) ? RU_ONLY : /[a-z]/.test(t.norm) ? latin : NONE;
    for (const lang of langs) {
      const used = matchAt(lang, text, tokens, i, matched);
      if (used) {
        i += used - 1;
        break;
      }
    }
  }
  const words: string[] = [];
  const seen = new Set<string>();
  for (const m of matched) {
    for (const w of m.english.split(' ')) {
      if (!seen.has(w)) seen.add(w), words.push(w);
    }
  }
  return { english: words.join(' '), matched };
}
