/**
 * A bank index over the BIC directory: bank names and acronyms -> the head-office BIC8. Names are
 * keyed without legal forms, branch words and parenthesised parts ("VTB BANK (PJSC)" -> VTB BANK);
 * acronyms are the initials of names of three or more significant words (Industrial and Commercial
 * Bank of China -> ICBC). A name held by several BIC8s (a bank's foreign branches) resolves to the
 * one with the most directory rows, a lettered location code before a numbered one. Pure: the records
 * come from the BIC directory the edge loads (src/transactions/parse/bic.ts).
 */
import { initials } from './acronyms.js';
import { countryByName } from './gazetteer/countries.js';

export interface BankRecord {
  bic: string;
  institution: string;
  city?: string;
  /** ISO alpha-2, from the BIC's characters 5-6. */
  country: string;
}

export interface BankHit {
  bic8: string;
  name: string;
  city?: string;
  country: string;
  /** How the mention met the bank. */
  via: 'name' | 'acronym';
  /** Other banks the acronym could stand for, when it is not clear-cut. */
  alternatives?: string[];
}

export interface BankIndex {
  size: number;
  /** The bank a mention names (full name, short name, or acronym), if the directory knows it. */
  resolve(mention: string): BankHit | undefined;
}

const LEGAL = new Set(['PJSC', 'JSC', 'OJSC', 'CJSC', 'PAO', 'AO', 'ZAO', 'OAO', 'LTD', 'LIMITED', 'LLC', 'PLC', 'CO', 'CORP', 'CORPORATION',
  'INC', 'SA', 'AG', 'NV', 'BV', 'SPA', 'BHD', 'BERHAD', 'AS', 'AD', 'DD', 'KSC', 'SAL', 'PSC', 'SAOG', 'PJSC', 'THE', 'TBK', 'PT', 'PCL']);
const LEGAL_PHRASES = /\b(PUBLIC JOINT[- ]STOCK COMPANY|OPEN JOINT[- ]STOCK COMPANY|CLOSED JOINT[- ]STOCK COMPANY|JOINT[- ]STOCK COMPANY|JOINT[- ]STOCK COMMERCIAL BANK|JOINT - STOCK COMPANY|PUBLIC LIMITED COMPANY|COMPANY LIMITED|HEAD OFFICE|MAIN OFFICE|MAIN BRANCH|[A-Z]+ BRANCH)\b/g;
/** Words that name no bank on their own: a mention made only of these resolves to nothing. */
const GENERIC = new Set(['BANK', 'OF', 'AND', 'THE', 'CENTRAL', 'NATIONAL', 'STATE', 'COMMERCIAL', 'INTERNATIONAL', 'DEVELOPMENT', 'INVESTMENT',
  'SAVINGS', 'PEOPLES', 'PEOPLE', 'CREDIT', 'TRADE', 'FOREIGN', 'EXPORT', 'IMPORT', 'RESERVE', 'FEDERAL', 'AGRICULTURAL', 'INDUSTRIAL', 'UNION', 'FIRST', 'UNITED']);
const BANKISH = /bank|banca|banque|banco|bancorp|kredit|credit|savings|sberbank/i;

/** The key a bank name is indexed and looked up by. */
export function bankKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/\([^)]*\)?/g, ' ').replace(/\./g, '').replace(/&/g, ' AND ')
    .replace(LEGAL_PHRASES, ' ').replace(/[^A-Z0-9]+/g, ' ').trim().split(' ').filter((w) => w && !LEGAL.has(w)).join(' ');
}

interface Group { rows: number; bic8s: Map<string, { rows: number; city?: string; country: string; name: string }> }

export function buildBankIndex(records: Iterable<BankRecord>): BankIndex {
  const groups = new Map<string, Group>();
  let size = 0;
  for (const r of records) {
    size++;
    const key = bankKey(r.institution);
    if (!key || key.split(' ').every((w) => GENERIC.has(w))) continue;
    const g = groups.get(key) ?? { rows: 0, bic8s: new Map() };
    g.rows++;
    const b8 = r.bic.slice(0, 8);
    const b = g.bic8s.get(b8) ?? { rows: 0, city: r.city, country: r.country, name: r.institution };
    b.rows++;
    // The head office row (BIC ending XXX) names the bank best; else the shortest name of its rows.
    if (r.bic.length === 8 || r.bic.endsWith('XXX') || r.institution.length < b.name.length) b.name = r.institution;
    if (r.bic.length === 8 || r.bic.endsWith('XXX')) b.city = r.city;
    g.bic8s.set(b8, b);
    groups.set(key, g);
  }
  const acronyms = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const significant = key.split(' ').filter((w) => !['OF', 'AND', 'THE', 'FOR'].includes(w));
    if (significant.length < 3) continue;
    const acr = initials(key);
    acronyms.set(acr, [...(acronyms.get(acr) ?? []), key]);
  }
  const hit = (key: string, via: BankHit['via'], alternatives?: string[]): BankHit => {
    const g = groups.get(key)!;
    // The head office: most rows, a lettered location code (…MM) before a numbered one (…M2).
    const weight = (b8: string, rows: number) => rows * (/\d/.test(b8[7]) ? 0.1 : 1);
    const ranked = [...g.bic8s].sort((x, y) => weight(y[0], y[1].rows) - weight(x[0], x[1].rows) || x[0].localeCompare(y[0]));
    const [bic8, b] = ranked[0];
    // The same name in another country with a comparable presence ("Alfa-Bank" in Belarus and Russia) is an alternative.
    const abroad = ranked.slice(1).filter(([b8, x]) => x.country !== b.country && x.rows * 3 >= b.rows && !/\d/.test(b8[7])).map(([b8, x]) => `${titleCase(cleanName(x.name))} (${b8}, ${x.country})`);
    const alts = [...(alternatives ?? []), ...abroad];
    return { bic8, name: titleCase(cleanName(b.name)), ...(b.city ? { city: titleCase(b.city) } : {}), country: b.country, via, ...(alts.length ? { alternatives: alts } : {}) };
  };
  return {
    size,
    resolve(mention: string) {
      const key = bankKey(mention);
      if (!key) return undefined;
      const words = key.split(' ');
      if (words.every((w) => GENERIC.has(w))) return undefined;
      const acr = /^[A-Z]{3,6}$/.test(mention.trim()) ? acronyms.get(key) : undefined;
      if (acr) {
        const ranked = acr.map((k) => [k, groups.get(k)!.rows] as const).sort((a, b) => b[1] - a[1]);
        const others = ranked.slice(1).filter(([, n]) => n * 3 >= ranked[0][1]).map(([k]) => titleCase(cleanName([...groups.get(k)!.bic8s.values()][0].name)));
        return hit(ranked[0][0], 'acronym', others);
      }
      if (!BANKISH.test(mention) && !groups.has(`${key} BANK`)) return undefined;
      if (groups.has(key)) return hit(key, 'name');
      if (groups.has(`${key} BANK`)) return hit(`${key} BANK`, 'name');
      // "Sberbank of Russia", "Russia's VTB": drop the country the name carries.
      const of = /^(.*\S) OF ([A-Z ]+)$/.exec(key);
      if (of && countryByName(of[2]) && groups.has(of[1]) && !of[1].split(' ').every((w) => GENERIC.has(w))) return hit(of[1], 'name');
      return undefined;
    },
  };
}

/** The institution name without a parenthesised legal form or branch note. */
function cleanName(s: string): string {
  return s.replace(/\s*\((?:PJSC|JSC|OJSC|CJSC|PAO|AO|HEAD OFFICE|JOINT - STOCK COMPANY|[^)]*BRANCH)\)?\s*$/i, '').replace(/,\s*$/, '').trim() || s;
}

function titleCase(s: string): string {
  if (/^[^aeiou]{2,5}$/i.test(s)) return s.toUpperCase();
  return s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()).replace(/\b(Of|And|The|For)\b/g, (w) => w.toLowerCase())
    .replace(/\b(Pjsc|Jsc|Ojsc|Llc|Plc|Sa|Ag|Ao|Pao)\b/g, (w) => w.toUpperCase())
    .replace(/\b([B-DF-HJ-NP-TV-Z]{2,5})\b/gi, (w) => (/^[A-Z][a-z]+$/.test(w) && /[aeiouy]/i.test(w) ? w : w.toUpperCase()));
}
