/**
 * Country cells of the EU OJ annexes hold the printed wording (`Russian`, `DPRK`, `Myanmar/Burma`,
 * `(a) Algerian (b) German`, `Italian since 1990`, `Gaza Strip, West Bank, Southern Lebanon`):
 * resolve each to ISO 3166 alpha-2 codes. Pure.
 */
import { findCountries, toCountryCode } from '../../common/countries.js';
import { splitAll } from './values.js';

/** Qualifiers printed around a country that are not part of its name. */
const QUALIFIER = /\b(?:since|from|until|as of|by birth)\b.*$|\([^)]*\)|\b(?:nationality|citizen(?:ship)?|national|origin|passport)\b|^(?:possibly|probably|allegedly|reportedly|presumably|assumed|former|formerly|of the|of)\s+/gi;

/** A compass qualifier before a country (`Southern Lebanon`), tried only when the whole part is no country. */
const DIRECTION = /^(?:south|north|east|west)(?:ern)?\s+/i;

/** Misspellings printed in the annexes. */
const TYPOS: Record<string, string> = { afgan: 'AF' };

/** Country codes of one printed country value, or none. */
export function countryCodesOf(value: string): string[] {
  const whole = toCountryCode(value);
  if (whole) return [whole];
  const sentence = value.split(/\.\s/)[0];
  const stripped = sentence.replace(QUALIFIER, ' ').replace(QUALIFIER, ' ').replace(/\s+/g, ' ').trim();
  const typo = TYPOS[stripped.toLowerCase()];
  if (typo) return [typo];
  const direct = toCountryCode(stripped);
  if (direct) return [direct];
  const found = new Set<string>();
  for (const part of stripped.split(/\s*(?:[,;/]|\band\b|\bor\b)\s*/i)) {
    // Short parts count only as printed codes (`US`, `DRC`): a lower-case `no` is not Norway.
    if (part.length <= 3 && part !== part.toUpperCase()) continue;
    const code = toCountryCode(part) ?? toCountryCode(part.replace(DIRECTION, ''));
    if (code) found.add(code);
  }
  if (found.size === 0) for (const c of findCountries(stripped)) found.add(c);
  return [...found];
}

/** Country codes of every value of a multi-valued country cell, in order, without repeats. */
export function countryCodes(cell: string | undefined | null): string[] {
  const out: string[] = [];
  for (const value of splitAll(cell)) for (const c of countryCodesOf(value)) if (!out.includes(c)) out.push(c);
  return out;
}
