/**
 * Free-text helpers the two UK importers (OFSI ConList, FCDO Sanctions List) share: numbered
 * enumerations, countries named in prose, UN references and bank names. Pure.
 */
import { findCountries, toCountryCode } from '../../common/countries.js';
import { clean } from '../common/build.js';

/** `(1)`, `1)`, `(a)`, `b)` and ranges such as `(2)-(6)` or `(1) to (6)`; not `(Syria)` nor `2006)`. */
const ENUM_MARKER = /\(?(?<![\p{L}\p{N}])(?:\d{1,2}|[a-hA-H])\)(?:\s*(?:-|to)\s*\(?(?:\d{1,2}|[a-hA-H])\))?/gu;

/**
 * Split an enumerated field ("(1) 428720 (2) 215215", "a) French, b) Tunisian") into its items.
 * `head` is the text before the first marker ("Jordanian passport numbers"); without markers the
 * whole text is the single item.
 */
export function splitEnumeration(text: string): { head: string; items: string[]; enumerated: boolean } {
  const parts = text.split(ENUM_MARKER);
  if (parts.length === 1) return { head: '', items: [text.trim()].filter(Boolean), enumerated: false };
  const [head, ...items] = parts.map((p) => p.trim().replace(/^[,;.\s]+|[,;\s]+$/g, ''));
  return { head, items: items.filter((i) => /[\p{L}\p{N}]/u.test(i)), enumerated: true };
}

/** A country code for one to three words, guarding short words: "no", "in" are not Norway, India. */
function wordsCountry(words: string[]): string | undefined {
  if (words.length === 1) {
    const w = words[0];
    if (w.length <= 3 && w !== w.toUpperCase()) return undefined;
  }
  return toCountryCode(words.join(' '));
}

const WORD_SPLIT = /[\s,;:()\[\]]+/;

/**
 * The country named by the first one to three words of a text ("Saudi Arabian passport no. ...",
 * "Tunisia number G557170", "Afghan"), with the rest of the text after those words.
 */
export function leadingCountry(text: string | undefined): { code: string; rest: string } | undefined {
  if (!text) return undefined;
  const words = text.trim().replace(/\.(?=\s|$)/g, '').split(WORD_SPLIT).filter(Boolean).slice(0, 3);
  for (let n = words.length; n >= 1; n--) {
    const code = wordsCountry(words.slice(0, n));
    if (code) {
      let rest = text.trim();
      for (const w of words.slice(0, n)) rest = rest.slice(rest.indexOf(w) + w.length);
      return { code, rest: rest.replace(/^[\s.,:;\-–]+/, '') };
    }
  }
  return undefined;
}

const COUNTRY_CACHE = new Map<string, string | undefined>();

/**
 * The country of an address or birth-country field: the whole text without brackets
 * ("Afghanistan (since 2009)"), a comma segment ("Moscow, Russia"), or a country named inside
 * ("In Syria as at June 2013").
 */
export function countryOf(text: string | undefined | null): string | undefined {
  const t = clean(text?.replace(/\([^)]*\)/g, ' '));
  if (!t) return undefined;
  if (COUNTRY_CACHE.has(t)) return COUNTRY_CACHE.get(t);
  let code: string | undefined = toCountryCode(t) ?? findCountries(t)[0];
  if (!code) {
    const words = t.split(WORD_SPLIT).filter(Boolean);
    outer: for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        code = wordsCountry(words.slice(i, i + n));
        if (code) break outer;
      }
    }
  }
  if (COUNTRY_CACHE.size < 5000) COUNTRY_CACHE.set(t, code);
  return code;
}

const FILLER = /\b(?:also believed to hold|believed to be|possibly|citizenship|nationality|national|citizen)\b/gi;

/** Every country of a nationality field: "1) Saudi Arabia 2) Qatar", "a) French, b) Tunisian". */
export function countriesIn(text: string | undefined | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  const { head, items } = splitEnumeration(text);
  for (const item of [head, ...items]) {
    const whole = toCountryCode(clean(item.replace(FILLER, ' ').replace(/\.$/, '')));
    for (const segment of whole ? [item] : item.split(/[,;/]|\.\s|\band\b/)) {
      const s = clean(segment.replace(FILLER, ' ').replace(/\.$/, ''));
      if (!s) continue;
      const code = toCountryCode(s) ?? leadingCountry(s)?.code;
      if (code && !out.includes(code)) out.push(code);
    }
  }
  return out;
}

const UN_REF = /\bUN\s*Ref(?:erence)?\.?\s*(?:No\.?\s*)?:?\s*([A-Za-z]{1,3}\.(?:[A-Za-z0-9]+\.)*[A-Za-z0-9]+)/gi;

/** UN reference numbers named in a remark: "UN Ref QDe.004", "UN REF:QE.A.146.14", "UN Ref.KPI.067.". */
export function unReferences(text: string | undefined | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of text.matchAll(UN_REF)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

const BANK = /bank\b|\bbank|\bbanco\b|\bbanque\b|\bbanca\b/i;
/** Bank-named companies that are not banks ("Bank Melli Printing and Publishing Company"). */
const NOT_BANK = /\b(?:printing|publishing|insurance|leasing|foundation|construction|trading)\b/i;

/** Whether a name says the organisation is a bank ("Gazprombank", "Bank Melli", "Banco ..."). */
export function isBankName(name: string): boolean {
  return BANK.test(name) && !NOT_BANK.test(name);
}
