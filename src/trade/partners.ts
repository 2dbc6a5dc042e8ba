/**
 * Partner labels -> ISO 3166 alpha-2. Eurostat writes English names (French in the 2016 annual rows,
 * e.g. "Kirghizistan", "Belgique (incl. Luxembourg 'LU' -> 1998)"), national offices their own spellings,
 * Comtrade alpha-3 codes. Aggregates (EU27, World) get their own codes; regions stay unresolved (null).
 */
import worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';
import { countryName, toCountryCode } from '../common/countries.js';

const worldCountries: Country[] =
  (worldCountriesModule as unknown as { default?: Country[] }).default ?? (worldCountriesModule as unknown as Country[]);

/** The 27 EU member states since 2020 (Eurostat writes Greece as EL or GR). */
export const EU27 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU',
  'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** Default transit (diversion-risk) countries: a policy choice, so every analysis takes its own list. */
export const DEFAULT_TRANSIT = ['AM', 'GE', 'KZ', 'KG', 'UZ'] as const;

/** Labels of aggregates that map to a code of their own. */
const AGGREGATES: Record<string, string> = {
  'european union - 27 countries (from 2020)': 'EU27',
  eu27_2020: 'EU27',
  'eu27': 'EU27',
  world: 'WORLD',
  'all countries': 'WORLD',
};

/** Spellings seen in the national-statistics and Armstat files that the general table lacks. */
const EXTRA: Record<string, string> = {
  'bosnia herzegovina': 'BA', bouvet: 'BV', 'cocos islands': 'CC', "cote d' ivoire": 'CI', 'eastern samoa': 'AS',
  'biélorussie (belarus)': 'BY', 'russie': 'RU', 'kirghizistan': 'KG', 'ouzbékistan': 'UZ', 'arménie': 'AM',
  'georgie': 'GE', 'el': 'GR', 'congo, republique democratique du': 'CD', 'congo, democratic republic of': 'CD',
  'korea, dpr of': 'KP', 'korea (dprk)': 'KP', 'sar-hong kong': 'HK', monako: 'MC', 'czech rep.': 'CZ',
  'fyr of macedonia': 'MK', 'libyan arab jamahiriya': 'LY', 'palestinian territory, occupied': 'PS',
  'virgin islands, united states': 'VI', 'iles vierges des etats-unis': 'VI', 'словакия': 'SK',
  'босния и герцеговина': 'BA', 'moldavie, republique de': 'MD', 'russie, federation de': 'RU',
  'iran, republique islamique d’': 'IR', 'tanzanie, republique unie de': 'TZ', 'bolivie, etat plurinational de': 'BO',
  'venezuela, republique bolivarienne du': 'VE', 'micronesie, etats federes de': 'FM', 'cap-vert': 'CV',
  'saint-siege': 'VA', 'timor-oriental': 'TL', 'maurice': 'MU', 'palaos': 'PW', 'tokelaou': 'TK',
  'french southern terrirories': 'TF', saoma: 'WS', 'american saoma': 'AS', 'folkland islands (malvinas)': 'FK',
  'wallis and futuna islands': 'WF', 'saint-barth?lemy': 'BL', 'st pierre and miquelon': 'PM',
};

/** Lower case, without diacritics, single spaces. */
function key(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The label without its bracketed notes: "Belgique (incl. Luxembourg 'LU' -> 1998)" -> "belgique". */
function stripped(label: string): string {
  return key(label.split(' (')[0]);
}

/** The bracketed alternative: "Corée, République de (Corée du Sud)" -> "coree du sud". */
function bracketed(label: string): string {
  const m = /\(([^()]*)\)\s*$/.exec(label);
  return m ? key(m[1]) : '';
}

const FRENCH = new Map<string, string>();
for (const c of worldCountries) {
  const fra = c.translations?.fra;
  if (fra) {
    if (!FRENCH.has(key(fra.common))) FRENCH.set(key(fra.common), c.cca2);
    if (!FRENCH.has(key(fra.official))) FRENCH.set(key(fra.official), c.cca2);
  }
}

/** ISO2 (or 'EU27' / 'WORLD') for a partner label; null when it is a region or unknown. */
export function partnerCode(label: string): string | null {
  const k = key(label);
  if (!k) return null;
  if (label.trim() === 'EL') return 'GR';
  const s = stripped(label);
  const b = bracketed(label);
  return (
    AGGREGATES[k] ?? EXTRA[k] ?? EXTRA[s] ?? toCountryCode(label) ?? toCountryCode(s) ?? FRENCH.get(k) ?? FRENCH.get(s) ??
    (b ? toCountryCode(b) ?? FRENCH.get(b) : undefined) ?? null
  );
}

/** Display name of a partner code. */
export function partnerName(code: string): string {
  if (code === 'EU27') return 'EU27';
  if (code === 'WORLD') return 'World';
  if (code === 'KG') return 'Kyrgyzstan';
  return countryName(code);
}
