/** Lookups over the gazetteers, keyed the way spans are: officials by name and surname, known organisations. */
import { placeKey } from './countries.js';
import { OFFICIALS, type Official } from './officials.js';
import { ORG_NAMES } from './cues.js';

const byName = new Map<string, Official>();
const bySurname = new Map<string, Official>();
/** Surnames too common to name an official on their own. */
const COMMON_SURNAMES = new Set(['smith', 'nelson', 'li', 'wang', 'kim', 'lin', 'mao', 'xi', 'lee']);
for (const o of OFFICIALS) {
  for (const n of [o.name, ...(o.aliases ?? [])]) byName.set(placeKey(n), o);
  const surname = placeKey(o.name).split(' ').at(-1)!;
  if (!COMMON_SURNAMES.has(surname) && !bySurname.has(surname)) bySurname.set(surname, o);
}
byName.set('xi', OFFICIALS.find((o) => o.name === 'Xi Jinping')!);

export function officialByName(s: string): Official | undefined {
  return byName.get(placeKey(s));
}

/** The official a lone surname most likely denotes ("Putin", "Yellen"), when it is distinctive. */
export function officialBySurname(s: string): Official | undefined {
  return bySurname.get(placeKey(s));
}

const ORGS = [...ORG_NAMES].map((s) => s.replace(/_/g, ' '));
const orgsExact = new Set(ORGS.filter((s) => /\p{Lu}.*\p{Lu}/u.test(s)));
const orgsFolded = new Set(ORGS.filter((s) => !orgsExact.has(s)).map((s) => s.toLowerCase()));

/** A known organisation name or acronym (acronyms match in capitals only: "SEC" is one, "sec" is not). */
export function knownOrganisation(s: string): boolean {
  return orgsExact.has(s) || orgsFolded.has(s.toLowerCase());
}
