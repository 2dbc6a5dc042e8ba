/**
 * Guess Person or Organization for a name the list gives no type for (the Entity List, the Denied
 * Persons List, ITAR debarments, the Unverified and Military End User lists, ISN sanctions).
 *
 * Rules, in order:
 * 1. Organisation evidence wins: a legal form or organisational word (LTD, LLC, GMBH, OOO, BANK,
 *    INSTITUTE, TRADING, ...), a coined company stem ("...TRONICS", "...TECH"), a digit, "&", "@",
 *    a web domain, or a single word.
 * 2. Person evidence: "SURNAME, Given" with nothing corporate, an honorific or a generational suffix
 *    (JR, III), an initial ("George K. Cheng"), a common given name first, a common Chinese/Korean
 *    family name in a short name, or a Russian/Persian/Armenian surname ending last.
 * 3. Otherwise the list's own default: Person for lists of individuals (DPL, ITAR debarred) when the
 *    name reads like a personal name, Organization for the others.
 */
import type { Schema } from '../../model/entity.js';
import { ORG_STEMS, ORG_WORDS, TRAILING_FORMS } from './org-words.js';
import { FAMILY_NAMES, GIVEN_NAMES, PERSON_MARKERS, SURNAME_ENDINGS } from './person-words.js';

type Guess = Extract<Schema, 'Person' | 'Organization'>;

/** Upper-case words without punctuation; dotted abbreviations lose their dots ("S.A." -> "SA"). */
function words(name: string): string[] {
  return name
    .toUpperCase()
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** Whether the name carries any mark of an organisation. */
export function looksLikeOrganization(name: string): boolean {
  if (/\d|&|@|\+|\.(?:com|net|org|ru|cn)\b/i.test(name)) return true;
  const ws = words(name);
  if (ws.length <= 1) return true;
  if (ws.some((w) => ORG_WORDS.has(w) || w.split('-').some((p) => ORG_WORDS.has(p)) || ORG_STEMS.test(w))) return true;
  // Short dotted forms only at the end or before a comma: "KOTO COMMERCIO IBERICA, S.L.", "YARRA ANSTALT A.G."
  const last = ws[ws.length - 1];
  if (TRAILING_FORMS.has(last)) return true;
  return /,\s*(?:S\.?A|S\.?L|A\.?G|N\.?V|B\.?V|A\.?S)\.?(?:\s|,|$)/i.test(name);
}

/** Whether the name carries positive evidence of being a person's. */
export function looksLikePerson(name: string): boolean {
  const ws = words(name);
  if (ws.length < 2 || ws.length > 6) return false;
  if (ws.some((w) => PERSON_MARKERS.has(w))) return true;
  if (/^[^,]+,\s*[^,]+$/.test(name.trim()) && ws.length <= 5) return true;
  if (/(?:^|\s)\p{Lu}\.(?:\s|\p{Lu}\.)/u.test(name)) return true;
  if (GIVEN_NAMES.has(ws[0]) || (ws[0] === 'DR' && GIVEN_NAMES.has(ws[1]))) return true;
  if (ws.length <= 3 && ws.every((w) => w.length <= 8) && (FAMILY_NAMES.has(ws[0]) || FAMILY_NAMES.has(ws[ws.length - 1]))) return true;
  return ws.length <= 4 && SURNAME_ENDINGS.test(ws[ws.length - 1]) && ws.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w));
}

/** Letters, spaces, hyphens, apostrophes and dotted initials only, two to six words. */
function readsLikePersonalName(name: string): boolean {
  const ws = words(name);
  return ws.length >= 2 && ws.length <= 6 && !/[()[\]"/]/.test(name);
}

/** Person or Organization for an untyped name; `fallback` is the list's usual kind of subject. */
export function guessSchema(name: string, fallback: Guess): Guess {
  if (looksLikeOrganization(name)) return 'Organization';
  // Nicknames and bracketed variants do not change what the name is: 'IHSAN MEDHAT "SAMMY" ELASHI'.
  const bare = name.replace(/\([^)]*\)|\[[^\]]*\]|["“][^"”]*["”]/g, ' ');
  if (looksLikePerson(bare)) return 'Person';
  return fallback === 'Person' && readsLikePersonalName(bare) ? 'Person' : 'Organization';
}
