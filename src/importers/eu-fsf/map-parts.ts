/** Mapping of the FSF sub-records (names, birth dates, addresses) onto an entity. Pure. */
import type { Address, Entity, PartialDate } from '../../model/entity.js';
import { addName, addUnique, clean } from '../common/build.js';
import { countryName, toCountryCode } from '../../common/countries.js';
import { parseDate, parseDates } from '../../common/dates.js';
import type { FsfAddress, FsfBirth, FsfName, FsfRow } from './row.js';

/** Characters lost when the list was written in ISO-8859-1 (Greek, Bulgarian names) come out as `??`. */
const LOST_CHARACTERS = /\?{2,}/;
/** Languages whose names are the list's own spelling rather than a translation. */
const UNKNOWN = /^(?:unknown|n\/a|-|00)$/i;
const NEUTRAL = (lang: string | undefined): boolean => !lang || lang.toUpperCase() === 'EN';

/**
 * Names in file order. FSF v1.0 has no alias quality: the first name in no language or English is the
 * primary name (the first name of all where there is none), every other one a strong alias.
 */
export function applyNames(e: Entity, names: FsfName[]): void {
  const primary = names.find((n) => nameText(n) && NEUTRAL(n.language)) ?? names.find((n) => nameText(n));
  const lost: string[] = [];
  for (const n of primary ? [primary, ...names.filter((x) => x !== primary)] : names) {
    const full = nameText(n);
    if (!full) continue;
    if (LOST_CHARACTERS.test(full)) {
      lost.push(full);
      continue;
    }
    const parts = { given: clean(n.first), middle: clean(n.middle), family: clean(n.last), title: clean(n.title) };
    addName(e, full, n === primary ? 'primary' : 'strong_alias', parts, n.language?.toLowerCase());
  }
  if (lost.length) e.extra = { ...e.extra, unreadableNames: lost.join(' | ') };
  if (e.schema === 'Person') {
    const g = names.find((n) => n.gender)?.gender?.toUpperCase();
    if (g === 'M' || g === 'MALE') e.gender = 'male';
    else if (g === 'F' || g === 'FEMALE') e.gender = 'female';
  }
  const neutral = names.filter((n) => n.function && NEUTRAL(n.language));
  addUnique(e.titles, ...(neutral.length ? neutral : names).map((n) => clean(n.function)));
}

function nameText(n: FsfName): string | undefined {
  return clean(n.whole) ?? clean([n.first, n.middle, n.last].filter(Boolean).join(' '));
}

/** A country code from an ISO-2 cell (`00` = unknown) or an ISO-3 code / name. */
export function countryOf(iso2: string | undefined, text: string | undefined): string | undefined {
  if (iso2 === '00') return undefined;
  if (iso2) return toCountryCode(iso2) ?? toCountryCode(text);
  return toCountryCode(text);
}

/** A cell's text, without the placeholders the list prints for an unknown value. */
function known(text: string | undefined): string | undefined {
  const t = clean(text);
  return t && !UNKNOWN.test(t) ? t : undefined;
}

/** The country as printed where it resolves to no code, unless it is the unknown placeholder. */
function countryText(iso2: string | undefined, text: string | undefined): string | undefined {
  const code = countryOf(iso2, text);
  return code ? countryName(code) : iso2 === '00' ? undefined : known(text);
}

/** Birth dates and places; places printed with a language tag (`Mossoul (J.O. FR)`) only where no other is. */
export function applyBirths(e: Entity, births: FsfBirth[]): void {
  const places: string[] = [];
  const translated: string[] = [];
  for (const b of births) {
    for (const d of birthDates(b)) if (!e.birthDates.some((x) => x.value === d.value)) e.birthDates.push(d);
    const place = [b.place, b.city, b.region].map(known).filter(Boolean).join(', ');
    const text = [place, countryText(b.countryIso2, b.country)].filter(Boolean).join(', ');
    if (!text) continue;
    (/\(J\.O\. [A-Z]{2}\)/.test(text) ? translated : places).push(text);
  }
  addUnique(e.birthPlaces, ...(places.length ? places : translated));
}

function birthDates(b: FsfBirth): PartialDate[] {
  const circa = /^(?:1|t|true|y|yes)$/i.test(b.circa ?? '');
  let dates: PartialDate[] = [];
  const single = parseDate(b.date);
  if (single) dates = [single];
  else if (b.yearFrom && b.yearTo) dates = parseDates(`${b.yearFrom} to ${b.yearTo}`);
  else if (b.year) dates = parseDates(b.year);
  return circa ? dates.map((d) => ({ ...d, circa: true })) : dates;
}

/** One address; its country also counts among the entity's countries. Contact lines go to `extra`. */
export function applyAddress(e: Entity, a: FsfAddress): void {
  const country = countryOf(a.countryIso2, a.country);
  const street = [a.number, a.street].map(known).filter(Boolean).join(' ');
  const parts = [street, known(a.poBox), known(a.zip), known(a.city), known(a.region), known(a.place)].filter(Boolean);
  const full = [...parts, countryText(a.countryIso2, a.country)].filter(Boolean).join(', ');
  if (full && !e.addresses.some((x) => x.full === full)) {
    const addr: Address = { full };
    if (street) addr.street = street;
    if (known(a.city)) addr.city = known(a.city);
    if (known(a.region)) addr.region = known(a.region);
    if (known(a.zip)) addr.postalCode = known(a.zip);
    if (country) addr.country = country;
    e.addresses.push(addr);
  }
  addUnique(e.countries, country);
  const contact = clean(a.other?.replace(/\\n/g, '; '));
  if (contact) e.extra = { ...e.extra, contact: e.extra?.contact ? `${e.extra.contact}; ${contact}` : contact };
}

/** Entity remarks, whose line breaks v1.0 prints as a literal `\n`. */
export function remarksOf(rows: FsfRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) addUnique(out, ...(r.remark ?? '').split(/\\n|\n/).map(clean));
  return out;
}
