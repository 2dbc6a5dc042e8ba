/**
 * Countries, their names, official names, alternative spellings, demonyms and capitals, from the
 * world-countries package (ODbL), plus the spellings news uses that it lacks (U.S., Britain, Burma).
 * Keys are folded with `placeKey`. Pure data built once on import.
 */
import worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';

// The package's types describe a CommonJS default; at run time the ESM default is the array itself.
const countries: Country[] = (worldCountriesModule as unknown as { default?: Country[] }).default ?? (worldCountriesModule as unknown as Country[]);

export interface CountryEntry {
  /** ISO 3166 alpha-2. */
  code: string;
  name: string;
}

/** Lower-case, dots and "the " removed, apostrophes and spaces normalised. */
export function placeKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").replace(/\./g, '')
    .replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  RU: ['Russian Federation', 'Rossiya'],
  CN: ['PRC', "People's Republic of China", 'mainland China', 'Mainland China'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea', 'Korea', 'ROK'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  MM: ['Burma'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  KG: ['Kyrgyz Republic', 'Kirghizia'],
  IR: ['Persia'],
  SY: ['Syrian Arab Republic'],
  CI: ['Ivory Coast'],
  MK: ['Macedonia', 'North Macedonia'],
  VA: ['Vatican'],
  BY: ['Belarus', 'Byelorussia'],
  MD: ['Moldova'],
  PS: ['Palestine', 'Gaza', 'West Bank'],
  TW: ['Taiwan'],
  HK: ['Hong Kong', 'HK'],
  MO: ['Macau', 'Macao'],
  XK: ['Kosovo'],
  CD: ['DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'Americans', 'US', 'U.S.'],
  GB: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  CN: ['Chinese'],
  RU: ['Russian', 'Russians'],
  AE: ['Emirati', 'Emiratis'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  KZ: ['Kazakh', 'Kazakhstani', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  TR: ['Turkish', 'Turks'],
  HK: ['Hong Kong', 'Hongkonger'],
  KP: ['North Korean', 'North Koreans'],
  KR: ['South Korean', 'South Koreans', 'Korean'],
  IR: ['Iranian', 'Iranians', 'Persian'],
  SY: ['Syrian', 'Syrians'],
  IQ: ['Iraqi', 'Iraqis'],
  UA: ['Ukrainian', 'Ukrainians'],
  BY: ['Belarusian', 'Belarusians'],
  AM: ['Armenian', 'Armenians'],
  GE: ['Georgian', 'Georgians'],
  IN: ['Indian', 'Indians'],
  EU: ['European'],
};

const names = new Map<string, CountryEntry>();
const demonyms = new Map<string, CountryEntry>();
const capitals = new Map<string, CountryEntry>();

for (const c of countries) {
  const entry: CountryEntry = { code: c.cca2, name: c.name.common };
  const add = (map: Map<string, CountryEntry>, s: string | undefined) => {
    if (!s) return;
    const k = placeKey(s);
    if (k.length >= 2 && !map.has(k)) map.set(k, entry);
  };
  add(names, c.name.common);
  add(names, c.name.official);
  // Alternative spellings: two-letter codes are too ambiguous in text ("IT", "IN", "AM"), skip them.
  for (const a of c.altSpellings) if (a.length > 3 && /^[\p{L} .'’-]+$/u.test(a)) add(names, a);
  for (const d of Object.values(c.demonyms ?? {})) {
    add(demonyms, d.m);
    add(demonyms, d.f);
  }
  for (const cap of c.capital ?? []) add(capitals, cap);
}
const byCode = new Map<string, CountryEntry>(countries.map((c) => [c.cca2, { code: c.cca2, name: c.name.common }]));
for (const [code, list] of Object.entries(EXTRA_NAMES)) for (const s of list) names.set(placeKey(s), byCode.get(code) ?? { code, name: list[0] });
for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) {
  for (const s of list) demonyms.set(placeKey(s), byCode.get(code) ?? { code, name: code === 'EU' ? 'European Union' : list[0] });
}

/** Cities that the sanctions and diversion news names beyond the capitals, with their country. */
const CITIES: Record<string, string[]> = {
  RU: ['St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Vladivostok', 'Kaliningrad', 'Rostov', 'Crimea', 'Sevastopol', 'Donetsk', 'Luhansk', 'Izhevsk', 'Tula', 'Alabuga'],
  CN: ['Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Xiamen', 'Tianjin', 'Harbin', 'Urumqi', 'Xinjiang', 'Heilongjiang'],
  KZ: ['Almaty'], UZ: ['Samarkand'], TR: ['Istanbul', 'Izmir', 'Mersin'], AE: ['Dubai', 'Sharjah', 'Jebel Ali'],
  IQ: ['Mosul', 'Fallujah', 'Ramadi', 'Basra', 'Kirkuk', 'Erbil', 'Tikrit'], SY: ['Aleppo', 'Raqqa', 'Homs', 'Idlib', 'Palmyra', 'Deir ez-Zor', 'Manbij', 'Kobani'],
  UA: ['Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Mariupol', 'Kherson', 'Bakhmut'],
  US: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Philadelphia', 'Boston', 'Pittsburgh', 'Seattle', 'San Francisco', 'Hollywood', 'Virginia',
    'New York', 'Washington', 'California', 'Texas', 'Florida', 'Miami', 'Chicago', 'Los Angeles'],
  GB: ['London', 'Manchester', 'Birmingham', 'Glasgow', 'Edinburgh', 'Liverpool'], EU: ['Europe', 'Asia', 'Africa', 'Middle East', 'Central Asia', 'Latin America', 'South America', 'North America', 'Caucasus', 'Balkans', 'Levant'], IR: ['Isfahan', 'Bandar Abbas'], HK: ['Kowloon'], DE: ['Frankfurt', 'Munich', 'Hamburg'],
  BE: ['Brussels'], CH: ['Geneva', 'Zurich'], LB: ['Tripoli'], AF: ['Kandahar'],
};
for (const [code, list] of Object.entries(CITIES)) for (const s of list) capitals.set(placeKey(s), byCode.get(code) ?? { code, name: code });

/** The country a name denotes ("Kyrgyzstan", "the U.S.", "Russian Federation"), if any. */
export function countryByName(s: string): CountryEntry | undefined {
  return names.get(placeKey(s));
}

/** The country of a demonym or adjective ("Chinese", "Emirati", "Kyrgyz"). */
export function countryByDemonym(s: string): CountryEntry | undefined {
  return demonyms.get(placeKey(s));
}

/** The country of a capital or a city the domain's news names ("Bishkek", "Dubai"). */
export function cityCountry(s: string): CountryEntry | undefined {
  return capitals.get(placeKey(s));
}

export function countryByCode(code: string): CountryEntry | undefined {
  return byCode.get(code.toUpperCase());
}

/** Longest number of words of any name, demonym or city (bounds the lookups of a span). */
export const MAX_PLACE_WORDS = 6;
