/**
 * The CSL `ids` column: "; "-separated entries of comma-separated parts. Two layouts exist:
 * - 2022 and before, label last: "[CC, ][expiry, [issue, ]]value, label" ("CA, BC166787, Passport",
 *   "Male, Gender", "Subject to Secondary Sanctions, Additional Sanctions Information -");
 * - current trade.gov files, label first: "label, value[, CC]" ("Passport, 836238033, KP", "Gender, Male").
 * Each entry is read in whichever layout puts a known label (or one ending in ":" or "-") at its end.
 */
import type { Entity } from '../../model/entity.js';
import { isCountryCode } from '../../common/countries.js';
import { addIdentifier, addUnique, clean, makeIdentifier } from '../common/build.js';
import { countryOf } from './country.js';
import { actionFor, isLabel } from './id-labels.js';

export interface IdEntry {
  label: string;
  value: string;
  country?: string;
  /** Issue and expiry dates printed with the document (ISO). */
  dates: string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = (s: string | undefined): boolean => !!s && /^[A-Z]{2}$/.test(s) && isCountryCode(s);

/** Read one entry in either layout; undefined when no part of it is a label. */
export function parseIdEntry(text: string): IdEntry | undefined {
  const parts = text.split(/,\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const lastIsLabel = isLabel(parts[parts.length - 1]);
  const firstIsLabel = isLabel(parts[0]);
  if (!lastIsLabel && !firstIsLabel) return undefined;
  const dates: string[] = [];
  let country: string | undefined;
  let label: string;
  let rest: string[];
  if (lastIsLabel && (!firstIsLabel || /[:-]\s*$/.test(parts[parts.length - 1]))) {
    label = parts[parts.length - 1];
    rest = parts.slice(0, -1);
    if (rest.length >= 2 && CODE(rest[0])) country = rest.shift();
    while (rest.length >= 2 && ISO_DAY.test(rest[0])) dates.push(rest.shift() as string);
  } else {
    label = parts[0];
    rest = parts.slice(1);
    while (rest.length >= 2 && ISO_DAY.test(rest[rest.length - 1])) dates.unshift(rest.pop() as string);
    if (rest.length >= 2 && CODE(rest[rest.length - 1])) country = rest.pop();
  }
  return { label: label.replace(/\s*[:-]\s*$/, ''), value: rest.join(', '), country, dates: dates.sort() };
}

/** "issued 1999-06-23; expires 2004-02-05" for two dates, "dated 2016-02-08" for one. */
function dateNote(dates: string[]): string | undefined {
  if (dates.length >= 2) return `issued ${dates[0]}; expires ${dates[dates.length - 1]}`;
  return dates.length === 1 ? `dated ${dates[0]}` : undefined;
}

/** Finer scheme names where the label and country identify one: Russian INN and OGRN. */
function schemeFor(scheme: string | undefined, value: string, country: string | undefined): string | undefined {
  if (country === 'RU' && scheme === 'TAX ID NO.') return 'INN';
  if (country === 'RU' && /^\d{13}$/.test(value) && /REGISTRATION/.test(scheme ?? '')) return 'OGRN';
  return scheme;
}

/** Set an `extra` fact, joining distinct values with "; ". */
export const addExtra = (e: Entity, key: string, value: string): void => {
  e.extra ??= {};
  const prev = e.extra[key];
  if (!prev) e.extra[key] = value;
  else if (!prev.split('; ').includes(value)) e.extra[key] = `${prev}; ${value}`;
};

/** Apply one entry to the entity; false when its label means nothing to the model (it becomes a remark). */
function applyEntry(e: Entity, entry: IdEntry): boolean {
  const action = actionFor(entry.label);
  const { value, country } = entry;
  if (!action || !value) return false;
  switch (action.kind) {
    case 'id': {
      let type = action.type;
      let v = value;
      if (type === 'imo') v = value.replace(/^IMO\s*/i, '');
      if (/legal entity number/i.test(entry.label) && /^[A-Z0-9]{18}\d{2}$/.test(value)) type = 'lei';
      const scheme = type === 'lei' ? undefined : schemeFor(action.scheme, v, country);
      addIdentifier(e, makeIdentifier(type, v, { scheme, country, note: dateNote(entry.dates) }));
      if (country) addUnique(e.countries, country);
      return true;
    }
    case 'gender':
      if (/^m(ale)?$/i.test(value)) e.gender = 'male';
      else if (/^f(emale)?$/i.test(value)) e.gender = 'female';
      return true;
    case 'secondary':
      if (/secondary sanctions/i.test(`${entry.label} ${value}`)) e.secondarySanctions = true;
      addUnique(e.remarks, `${entry.label}: ${value}`);
      return true;
    case 'model':
      e.craft = { ...e.craft, model: value };
      return true;
    case 'build': {
      const year = /\b(1[89]\d{2}|20\d{2})\b/.exec(value);
      e.craft = { ...e.craft, buildYear: year ? year[1] : value };
      return true;
    }
    case 'registry':
      addExtra(e, 'registrationCountry', value);
      addUnique(e.countries, countryOf(value));
      return true;
    case 'extra':
      addExtra(e, action.key, value);
      return true;
    case 'remark':
      return false;
  }
}

/** Apply the whole `ids` column; entries without a known meaning are kept as remarks. */
export function applyIds(e: Entity, text: string | undefined): void {
  for (const raw of (text ?? '').split(/;\s+/)) {
    const t = clean(raw);
    if (!t) continue;
    const entry = parseIdEntry(t);
    if (entry && applyEntry(e, entry)) continue;
    addUnique(e.remarks, entry ? `${entry.label}: ${entry.value}` : t);
  }
}
