/**
 * Property values cleaned the way FtM cleans them: countries become lower-case codes, dates ISO
 * prefixes, genders one of three words; a value FtM would reject is dropped (undefined), not guessed.
 */
import { toCountryCode } from '../../common/countries.js';
import { parseDate } from '../../common/dates.js';
import type { PropType } from './properties.js';

/** FtM's own codes for states that no longer exist, both ways. */
const FTM_TO_ISO: Readonly<Record<string, string>> = { suhh: 'SU', yucs: 'YU' };
const ISO_TO_FTM: Readonly<Record<string, string>> = { SU: 'suhh', YU: 'yucs' };

/** ISO alpha-2 of a country given as an FtM code, an ISO code in either case, or a name. */
export function countryCode(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  const ftm = FTM_TO_ISO[v.toLowerCase()];
  if (ftm) return ftm;
  return toCountryCode(v.length === 2 ? v.toUpperCase() : v);
}

/** The FtM form of an ISO alpha-2 code: lower case, or FtM's code for a former state. */
export function ftmCountry(iso: string): string {
  return ISO_TO_FTM[iso] ?? iso.toLowerCase();
}

const GENDERS: Readonly<Record<string, string>> = {
  male: 'male', m: 'male', man: 'male', female: 'female', f: 'female', woman: 'female', other: 'other',
};

/** A date as FtM keeps it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, also read from a timestamp or a list's print. */
export function cleanDate(value: string): string | undefined {
  const v = value.trim();
  const stamp = /^(\d{4}-\d{2}-\d{2})T/.exec(v);
  return parseDate(stamp ? stamp[1] : v)?.value;
}

/** One raw query value cleaned for its property type, or undefined when FtM would drop it. */
export function cleanValue(type: PropType, raw: string): string | undefined {
  const v = raw.replace(/\s+/g, ' ').trim();
  if (!v) return undefined;
  switch (type) {
    case 'country': {
      const iso = countryCode(v);
      return iso ? ftmCountry(iso) : undefined;
    }
    case 'date':
      return cleanDate(v);
    case 'gender':
      return GENDERS[v.toLowerCase()];
    default:
      return v;
  }
}

/** Raw JSON values of one property as strings: FtM takes a string or a list, and stringifies numbers. */
export function rawValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' && Number.isFinite(v) ? [String(v)] : []));
}
