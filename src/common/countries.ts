/**
 * Country names, official names, alternative spellings, demonyms and codes -> ISO 3166 alpha-2.
 * Built on the world-countries data set, plus the spellings sanctions lists use that it lacks.
 * Pure: a lookup table, no I/O.
 */
import worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';

// The package's types describe a CommonJS default; at run time the ESM default is the array itself.
const worldCountries: Country[] =
  (worldCountriesModule as unknown as { default?: Country[] }).default ?? (worldCountriesModule as unknown as Country[]);

/** Spellings found on sanctions lists that the world-countries data does not carry. */
const EXTRA: Record<string, string> = {
  'korea, north': 'KP', 'north korea': 'KP', "democratic people's republic of korea": 'KP', dprk: 'KP',
  'korea, south': 'KR', 'south korea': 'KR', 'republic of korea': 'KR',
  burma: 'MM', 'iran, islamic republic of': 'IR', 'islamic republic of iran': 'IR',
  'syrian arab republic': 'SY', 'russian federation': 'RU', 'the russian federation': 'RU',
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', britain: 'GB', british: 'GB',
  'united states': 'US', usa: 'US', 'united states of america': 'US', america: 'US', american: 'US',
  'congo, democratic republic of the': 'CD', 'democratic republic of the congo': 'CD', drc: 'CD',
  'congo, republic of the': 'CG', 'republic of the congo': 'CG',
  "cote d'ivoire": 'CI', 'ivory coast': 'CI', 'côte d’ivoire': 'CI',
  'lao pdr': 'LA', laos: 'LA', 'viet nam': 'VN', vietnam: 'VN', 'moldova, republic of': 'MD',
  'the netherlands': 'NL', holland: 'NL', 'west bank': 'PS', gaza: 'PS', 'gaza strip': 'PS',
  'palestinian territories': 'PS', 'occupied palestinian territory': 'PS', palestinian: 'PS',
  'state of palestine': 'PS', kosovo: 'XK', kosovar: 'XK', 'the gambia': 'GM', 'the bahamas': 'BS',
  'turkey': 'TR', turkiye: 'TR', 'türkiye': 'TR', 'hong kong': 'HK', 'hong kong sar': 'HK',
  'hong kong, china': 'HK', 'macau': 'MO', 'macao': 'MO', 'taiwan': 'TW', 'taiwan, province of china': 'TW',
  'czech republic': 'CZ', czechia: 'CZ', 'swaziland': 'SZ', 'eswatini': 'SZ', 'cape verde': 'CV',
  'cabo verde': 'CV', 'east timor': 'TL', 'timor-leste': 'TL', 'macedonia': 'MK', 'north macedonia': 'MK',
  'former yugoslav republic of macedonia': 'MK', 'vatican': 'VA', 'holy see': 'VA',
  'bosnia-herzegovina': 'BA', 'bosnia and herzegovina': 'BA', 'kyrgyz republic': 'KG', kirghizia: 'KG',
  'brunei darussalam': 'BN', 'tanzania, united republic of': 'TZ', 'bolivia, plurinational state of': 'BO',
  'venezuela, bolivarian republic of': 'VE', 'micronesia, federated states of': 'FM', 'st. lucia': 'LC',
  'st. kitts and nevis': 'KN', 'st. vincent and the grenadines': 'VC', 'saint kitts and nevis': 'KN',
  'sudan, south': 'SS', 'south sudan': 'SS', 'soviet union': 'SU', ussr: 'SU', 'yugoslavia': 'YU',
  emirati: 'AE', uae: 'AE', 'united arab emirates': 'AE', 'u.a.e.': 'AE', 'ksa': 'SA',
  'region: crimea': 'UA', crimea: 'UA', 'crimea region of ukraine': 'UA',
  afghan: 'AF', iraqi: 'IQ', iranian: 'IR', syrian: 'SY', 'north korean': 'KP', 'south korean': 'KR',
  chinese: 'CN', russian: 'RU', belarusian: 'BY', belarussian: 'BY', ukrainian: 'UA', libyan: 'LY',
  yemeni: 'YE', somali: 'SO', sudanese: 'SD', malian: 'ML', lebanese: 'LB', saudi: 'SA', 'saudi arabian': 'SA',
  pakistani: 'PK', indian: 'IN', turkish: 'TR', german: 'DE', french: 'FR', 'venezuelan': 'VE',
  cuban: 'CU', nicaraguan: 'NI', burmese: 'MM', myanmar: 'MM', zimbabwean: 'ZW', congolese: 'CD',
  emirian: 'AE', kazakh: 'KZ', kazakhstani: 'KZ', kyrgyz: 'KG', kyrgyzstani: 'KG', armenian: 'AM',
  georgian: 'GE', uzbek: 'UZ', uzbekistani: 'UZ', tajik: 'TJ', turkmen: 'TM', azerbaijani: 'AZ',
  moldovan: 'MD', serbian: 'RS', bosnian: 'BA', montenegrin: 'ME', albanian: 'AL', cypriot: 'CY',
  israeli: 'IL', jordanian: 'JO', egyptian: 'EG', tunisian: 'TN', algerian: 'DZ', moroccan: 'MA',
  nigerian: 'NG', kenyan: 'KE', ethiopian: 'ET', eritrean: 'ER', 'central african': 'CF',
  'south sudanese': 'SS', 'bahraini': 'BH', qatari: 'QA', kuwaiti: 'KW', omani: 'OM', filipino: 'PH',
  indonesian: 'ID', malaysian: 'MY', singaporean: 'SG', thai: 'TH', vietnamese: 'VN', cambodian: 'KH',
  'sri lankan': 'LK', bangladeshi: 'BD', nepalese: 'NP', mexican: 'MX', colombian: 'CO', panamanian: 'PA',
  guatemalan: 'GT', haitian: 'HT', honduran: 'HN', salvadoran: 'SV', ecuadorian: 'EC', peruvian: 'PE',
  brazilian: 'BR', argentine: 'AR', argentinian: 'AR', chilean: 'CL', bolivian: 'BO', paraguayan: 'PY',
  british_virgin_islands: 'VG', 'british virgin islands': 'VG', 'virgin islands, british': 'VG',
  guinean: 'GN', 'bissau-guinean': 'GW', liberian: 'LR', 'sierra leonean': 'SL', ugandan: 'UG',
  rwandan: 'RW', burundian: 'BI', tanzanian: 'TZ', mozambican: 'MZ', 'south african': 'ZA', italian: 'IT',
  spanish: 'ES', dutch: 'NL', belgian: 'BE', swiss: 'CH', austrian: 'AT', polish: 'PL', latvian: 'LV',
  lithuanian: 'LT', estonian: 'EE', finnish: 'FI', swedish: 'SE', norwegian: 'NO', danish: 'DK',
  greek: 'GR', hungarian: 'HU', romanian: 'RO', bulgarian: 'BG', croatian: 'HR', slovak: 'SK', czech: 'CZ',
  canadian: 'CA', australian: 'AU', japanese: 'JP', mongolian: 'MN', maltese: 'MT', irish: 'IE',
  portuguese: 'PT', slovenian: 'SI', luxembourgish: 'LU', icelandic: 'IS', djiboutian: 'DJ',
  mauritanian: 'MR', nigerien: 'NE', chadian: 'TD', cameroonian: 'CM', gabonese: 'GA', beninese: 'BJ',
  togolese: 'TG', ghanaian: 'GH', senegalese: 'SN', gambian: 'GM', zambian: 'ZM', malawian: 'MW',
  'bahamas, the': 'BS', 'gambia, the': 'GM', 'man, isle of': 'IM', 'cote d ivoire': 'CI',
  'north macedonia, the republic of': 'MK', 'st kitts & nevis': 'KN', 'st. kitts & nevis': 'KN',
  'iran islamic republic of': 'IR', 'bolivia plurinational state of': 'BO', 'venezuela bolivarian republic of': 'VE',
  'former soviet union': 'SU', 'china, hong kong special administrative region': 'HK',
  'china, macao special administrative region': 'MO', 'united republic of tanzania': 'TZ',
  angolan: 'AO', namibian: 'NA', botswanan: 'BW', tajikistani: 'TJ', turkmenistani: 'TM', belarus: 'BY',
};

const INDEX = buildIndex();

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (key: string | undefined, code: string): void => {
    if (!key) return;
    const k = countryKey(key);
    if (k && !index.has(k)) index.set(k, code);
  };
  for (const c of worldCountries) {
    const code = c.cca2;
    add(c.name.common, code);
    add(c.name.official, code);
    for (const alt of c.altSpellings) if (alt.length > 2) add(alt, code);
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, code);
      add(dem.f, code);
    }
  }
  for (const [k, v] of Object.entries(EXTRA)) index.set(countryKey(k), v);
  return index;
}

/** Lower-case, without diacritics, brackets, "the" and punctuation: the form used as a lookup key. */
function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[().]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const CCA3 = new Map(worldCountries.map((c) => [c.cca3, c.cca2] as const));
const CODES = new Set(worldCountries.map((c) => c.cca2).concat(['XK', 'SU', 'YU']));

/**
 * Resolve a country name, demonym or code to ISO 3166 alpha-2, or undefined when it is not a country.
 * Accepts "Russia", "Russian Federation", "Russian", "RUS", "RU", "Korea, North".
 */
export function toCountryCode(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  // Two letters must be upper case to count as a code: lists write "na" for "not available".
  if (trimmed.length === 2) return CODES.has(trimmed) ? trimmed : undefined;
  // Three upper-case letters are an alpha-3 code; in lower case they are a word ("bin", "ali").
  if (/^[A-Z]{3}$/.test(trimmed) && CCA3.has(trimmed)) return CCA3.get(trimmed);
  const key = countryKey(trimmed).replace(/^region: /, '');
  if (!key) return undefined;
  return INDEX.get(key) ?? (key.endsWith(' national') ? INDEX.get(key.slice(0, -9).trim()) : undefined);
}

/** Whether a string is an ISO 3166 alpha-2 code this table knows. */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** The common English name of a country code, for display. */
export function countryName(code: string): string {
  return worldCountries.find((c) => c.cca2 === code)?.name.common ?? code;
}

/**
 * Find every country named in a free text, e.g. an address line "Moscow, Russia" or
 * "1) Saudi Arabia 2) Qatar". Tries the whole text, then comma/semicolon/numbered segments.
 */
export function findCountries(text: string | undefined | null): string[] {
  if (!text) return [];
  const whole = toCountryCode(text);
  if (whole) return [whole];
  const found = new Set<string>();
  for (const segment of text.split(/[,;/]|\d\)|\band\b/)) {
    const code = toCountryCode(segment);
    if (code) found.add(code);
  }
  return [...found];
}
