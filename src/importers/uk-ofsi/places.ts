/**
 * Places of an OFSI ConList row: the address (Address 1..6, Post/Zip Code, Country) and the place
 * of birth (Town of Birth, Country of Birth, either possibly enumerated).
 */
import type { Address } from '../../model/entity.js';
import { clean } from '../common/build.js';
import { countryOf, splitEnumeration } from './text.js';

/** The row's address, or undefined when it has none. The country is ISO where it resolves. */
export function rowAddress(record: Record<string, string>): Address | undefined {
  const lines = [1, 2, 3, 4, 5, 6].map((i) => clean(record[`Address ${i}`])).filter((l): l is string => Boolean(l));
  const postalCode = clean(record['Post/Zip Code']);
  const countryText = clean(record['Country']);
  const full = [...lines, postalCode, countryText].filter(Boolean).join(', ');
  if (!full) return undefined;
  const address: Address = { full };
  if (lines.length) address.street = lines[0];
  if (postalCode) address.postalCode = postalCode;
  const country = countryOf(countryText ?? lines[lines.length - 1]);
  if (country) address.country = country;
  return address;
}

const PLACEHOLDER = /^[-–\s.]*$/;

/**
 * Places of birth: "Town, Country" for a plain row; for enumerated fields ("(1) Tiaret (2) Maskara",
 * "(1)-(2) Tunisia (3) Libya") each town and each country is a place of its own.
 */
export function birthPlaces(record: Record<string, string>): string[] {
  const town = clean(record['Town of Birth']);
  const country = clean(record['Country of Birth']);
  if (!town && !country) return [];
  const towns = town ? splitEnumeration(town) : undefined;
  const countries = country ? splitEnumeration(country) : undefined;
  if (!towns?.enumerated && !countries?.enumerated) return [[town, country].filter(Boolean).join(', ')];
  const out: string[] = [];
  for (const part of [towns?.head, ...(towns?.items ?? []), countries?.head, ...(countries?.items ?? [])]) {
    const p = clean(part);
    if (p && !PLACEHOLDER.test(p) && !out.includes(p)) out.push(p);
  }
  return out;
}
