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
import { PARTICLES, PERSON_TITLES } from './stopwords.js';
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
}

export interface AnalyzedName {
  original: string;
  script: Script;
  tokens: NameToken[];
  legalForms: LegalFormHit[];
  /** Written "SURNAME, Given": the part before the comma is the family name. */
  surnameFirst: boolean;
}

export function makeToken(text: string, foreign = false, loose = false): NameToken {
  const key = phoneticKey(text);
  return {
    text,
    key,
    skel: skeleton(key),
    initial: text.length === 1,
    particle: PARTICLES.has(text),
    foreign,
    loose,
  };
}

/** Split Arabic compounds written apart the way they are written together: "abd al rahman" -> "abdalrahman". */
function joinArabicCompounds(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === 'abd' || w === 'abdul' || w === 'abdel' || w === 'abdal') && i + 1 < words.length) {
      const next = words[i + 1];
      if ((next === 'al' || next === 'el' || next === 'ul') && i + 2 < words.length) {
        out.push(`abdul${words[i + 2]}`);
        i += 2;
      } else {
        out.push(`abdul${next}`);
        i += 1;
      }
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Scripts whose romanisation is regular enough that spelling, not skeletons, decides. */
const STRICT_SCRIPTS = new Set<Script>(['Latin', 'Cyrillic', 'Greek']);

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
    const kept = words.filter((w) => !PERSON_TITLES.has(w));
    if (kept.length) words = kept;
  }
  words = joinArabicCompounds(words);
  return {
    original: name,
    script,
    tokens: words.map((w) => makeToken(w, script !== 'Latin', !STRICT_SCRIPTS.has(script))),
    legalForms,
    surnameFirst: /^[^,]+,[^,]+$/.test(name.trim()),
  };
}
