/**
 * Analyse a name into the parts that are compared: folded ASCII tokens, each with its phonetic key and
 * consonant skeleton, a weight class (initial, particle), the legal form of an organisation, and the
 * script it was written in.
 */
import type { Schema, Script } from '../../model/entity.js';
import { detectScript } from '../../common/script.js';
import { foldToAscii } from './fold.js';
import { foldKanaRomaji, hasKana } from './kana.js';
import { phoneticKey, skeleton } from './phonetic.js';
import { NAME_LIKE_TITLES, PARTICLES, PERSON_TITLES } from './stopwords.js';
import { stripLegalForms, type LegalFormHit } from './legal-forms.js';

export interface NameToken {
  /** Folded ASCII form. */
  text: string;
  key: string;
  skel: string;
  initial: boolean;
  particle: boolean;
  /** Transliterated from a script other than Latin. */
  foreign: boolean;
  /**
   * Transliterated from a script whose romanisation is loose (Arabic and Hebrew without vowels, Hangul,
   * kana, Han, Indic and others): there, consonant skeletons may stand in for spellings.
   */
  loose: boolean;
  /**
   * Romanised syllable by syllable from Han, Hangul or kana: one letter more or less is another
   * character and another name (Ping, Bing), so such parts never match with a typo.
   */
  syllabic: boolean;
  /** Has digits: vessel numbers, registration codes. */
  numeric: boolean;
  /** Letters present in the key and in the text, one bit each (see letterMask). */
  keyMask: number;
  textMask: number;
  /** The weight the index gives this part, set on first use. */
  weight?: number;
  /** A list part's id in the index's vocabulary (identical parts are shared); query parts have none. */
  id?: number;
}

export interface AnalyzedName {
  original: string;
  script: Script;
  tokens: NameToken[];
  legalForms: LegalFormHit[];
  /** Written "SURNAME, Given": the part before the comma is the family name. */
  surnameFirst: boolean;
}

export function makeToken(text: string, foreign = false, loose = false, syllabic = false): NameToken {
  const key = phoneticKey(text);
  return {
    text,
    key,
    skel: skeleton(key),
    keyMask: letterMask(key),
    textMask: letterMask(text),
    initial: text.length === 1,
    particle: PARTICLES.has(text),
    foreign,
    loose,
    syllabic,
    numeric: /\d/.test(text),
    // Every part has the same fields in the same order, so that the comparisons stay monomorphic.
    weight: undefined,
    id: undefined,
  };
}

/**
 * The set of characters of a string folded onto 32 bits. An edit changes at most two bits, so two
 * strings whose masks differ in more than 2k bits are more than k edits apart.
 */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

const GENERATION = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);
const ABD = /^(abd|abdul|abdel|abdal|abdoul|abdu|abdur|abdel|abdol)$/;
const ABD_GLUED = /^(abdul|abdel|abdal|abdoul|abdur|abdol|abd)([a-z]{3,})$/;
const ALLAH = new Set(['lah', 'llah', 'ullah', 'allah', 'ollah', 'illah', 'ellah']);

/**
 * "Abd al-Rahman", "Abdul Rahman", "Abdel Rahman" and "Abdulrahman" all become "abd rahman", wherever
 * the compound stands in the name ("HAKIM MURAD, ABDUL" keeps its "abd" for alignment); Abdullah stays.
 */
function normalizeArabicCompounds(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ABD.test(w)) {
      out.push('abd');
      if (words[i + 1] === 'al' || words[i + 1] === 'el' || words[i + 1] === 'ul' || words[i + 1] === 'ar' || words[i + 1] === 'as') i++;
      continue;
    }
    const m = ABD_GLUED.exec(w);
    if (m && !ALLAH.has(m[2]) && !ALLAH.has(m[2].replace(/^[aeiou]/, ''))) {
      out.push('abd', m[2].replace(/^(al|el|ul|ar|as|ur)(?=[a-z]{3})/, ''));
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Scripts whose romanisation is regular enough that spelling, not skeletons, decides. */
const STRICT_SCRIPTS = new Set<Script>(['Latin', 'Cyrillic', 'Greek', 'Han']);

const SYLLABIC_SCRIPTS = new Set<Script>(['Han', 'Hangul']);

const ORG_SCHEMAS = new Set<Schema | undefined>(['Organization', 'Vessel', 'Aircraft']);

export function analyzeName(name: string, schema?: Schema): AnalyzedName {
  const script = detectScript(name);
  let folded = foldToAscii(name);
  if (script === 'Kana' || hasKana(name)) folded = foldKanaRomaji(folded);
  let words = folded.split(' ').filter(Boolean);
  let legalForms: LegalFormHit[] = [];
  if (schema !== 'Person') {
    const stripped = stripLegalForms(words, { shortForms: ORG_SCHEMAS.has(schema) });
    words = stripped.words;
    legalForms = stripped.forms;
  }
  if (schema !== 'Organization' && schema !== 'Vessel' && schema !== 'Aircraft') {
    // Titles stand before a name ("President Putin", "Sheikh Farooq"); a title word elsewhere is a name
    // ("Steve King", "Mike Bishop"). Generational suffixes (Jr, III) say nothing of identity.
    // Some languages put the title after the name ("Putyin elnök"): only titles that are never names.
    let start = 0;
    let end = words.length;
    while (start < end - 1 && PERSON_TITLES.has(words[start])) start++;
    while (end - 1 > start && PERSON_TITLES.has(words[end - 1]) && !NAME_LIKE_TITLES.has(words[end - 1])) end--;
    words = words.slice(start, end).filter((w, _i, all) => !(GENERATION.has(w) && all.length > 1));
  }
  words = normalizeArabicCompounds(words);
  const tokens = words.map((w) => makeToken(w, script !== 'Latin', !STRICT_SCRIPTS.has(script), SYLLABIC_SCRIPTS.has(script)));
  if (schema === undefined) {
    // A name of unknown kind ending in a two-letter legal form ("QUANTLOG OY", "SALIM SA") may be a
    // company: the form is kept but weighed like a particle, so it neither makes nor breaks a match.
    const { words: rest } = stripLegalForms(words, { shortForms: true });
    if (rest.length < words.length && rest.join(' ') === words.slice(0, rest.length).join(' ')) {
      for (let i = rest.length; i < tokens.length; i++) tokens[i] = { ...tokens[i], particle: true };
    }
  }
  return {
    original: name,
    script,
    tokens,
    legalForms,
    surnameFirst: /^[^,]+,[^,]+$/.test(name.trim()),
  };
}
