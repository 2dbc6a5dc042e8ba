/**
 * Country names as the UN list prints them -> ISO 3166 alpha-2. The shared table misses a few UN
 * spellings (brackets are stripped before its lookup), so those are resolved here first.
 */
import { findCountries, toCountryCode } from '../../common/countries.js';

/** UN spellings the shared lookup misses or would resolve wrongly (`na` means "not available"). */
const UN_COUNTRIES: Record<string, string | null> = {
  'iran (islamic republic of)': 'IR',
  'former soviet union': 'SU',
  'soviet union': 'SU',
  'china, hong kong special administrative region': 'HK',
  'china, macao special administrative region': 'MO',
  'bolivia (plurinational state of)': 'BO',
  'venezuela (bolivarian republic of)': 'VE',
  'micronesia (federated states of)': 'FM',
  car: 'CF',
  na: null,
  'n/a': null,
  unknown: null,
};

/** ISO alpha-2 for a UN country name or demonym, or undefined. */
export function unCountry(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const key = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!key) return undefined;
  if (key in UN_COUNTRIES) return UN_COUNTRIES[key] ?? undefined;
  return toCountryCode(text.replace(/\s+/g, ' ').trim());
}

/** Every country in a UN country field: "Afghanistan/Pakistan border area" -> AF, PK. */
export function unCountries(text: string | undefined | null): string[] {
  const whole = unCountry(text);
  if (whole) return [whole];
  return findCountries(text).filter((c) => c !== 'NA' || /namibia/i.test(text ?? ''));
}

/**
 * The first country named by a run of up to four words in a label such as "CAR diplomatic passport
 * no." or "Afghan national identification card (tazkira) number". Words shorter than three letters are
 * not tried alone, so that "PS 472330208" is not read as Palestine.
 */
export function countryInLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const words = label.replace(/[(),:;“”"]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (phrase.length < 3) continue;
      const code = unCountry(phrase);
      if (code) return code;
    }
  }
  return undefined;
}
