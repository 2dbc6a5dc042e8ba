/**
 * Map the Denied Persons List rows of one name into an entity. Pure: no I/O.
 *
 * The DPL has no identifiers: the id is a slug of the name ("ZIMO SHENG" -> `zimo-sheng`), so rows that
 * repeat a name (other addresses, renewed orders) merge into one entity, and names differing only in
 * spacing or punctuation ("AL-NASER  AIRLINES", "AL NASER AIRLINES") merge too. The list names persons
 * mostly: a name is an organisation only on evidence (legal form, organisational word), see schema-guess.
 */
import type { Address, Entity } from '../../model/entity.js';
import { toIsoDay } from '../../common/dates.js';
import { addName, addProgram, addUnique, clean, newEntity } from '../common/build.js';
import { countryOf } from '../csl/country.js';
import { addExtra } from '../csl/ids.js';
import { splitNameNotes } from '../csl/name-notes.js';
import { guessSchema } from '../csl/schema-guess.js';
import { isUsState } from '../csl/us-states.js';
import type { DplRecord } from './parse.js';

export const DPL_SOURCE = 'us-bis-dpl';
export const DPL_LIST = 'Denied Persons List (DPL) - Bureau of Industry and Security';

/** The stable id of a name: letters and digits of the upper-cased name, hyphen-joined, lower case. */
export function dplId(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** MM/DD/YYYY (the DPL's US order) to YYYY-MM-DD; undefined when not a valid day. */
export function usDate(text: string | undefined): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text?.trim() ?? '');
  return m ? toIsoDay(`${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`) : undefined;
}

/** The address of one row; a US state with no country (or in the country column) means US. */
export function dplAddress(r: DplRecord): Address | undefined {
  const [street, city, state, postal, countryText] = [r.Street_Address, r.City, r.State, r.Postal_Code, r.Country].map(clean);
  let region = state;
  let country = countryOf(countryText);
  if (!country && isUsState(countryText) && !region) [region, country] = [countryText, 'US'];
  if (!country && !countryText && isUsState(state)) country = 'US';
  const full = [street, city, region, postal, country ?? countryText].filter(Boolean).join(', ');
  if (!full) return undefined;
  const addr: Address = { full };
  if (street) addr.street = street;
  if (city) addr.city = city;
  if (region) addr.region = region;
  if (postal) addr.postalCode = postal;
  if (country) addr.country = country;
  return addr;
}

export function mapDplRows(rows: DplRecord[]): Entity {
  const first = rows[0];
  const notes = splitNameNotes(first.Name);
  const schema = notes.person ? 'Person' : guessSchema(notes.name, 'Person');
  const e = newEntity(DPL_SOURCE, dplId(first.Name), schema, rows);
  const comma = schema === 'Person' ? /^([^,]+),\s*([^,]+)$/.exec(notes.name) : null;
  const suffix = comma && /^(?:JR|SR|I{2,3}|IV)\.?$/i.test(comma[2]);
  addName(e, notes.name, 'primary', comma && !suffix ? { family: comma[1], given: comma[2] } : undefined);
  for (const r of rows) {
    const n = r === first ? notes : splitNameNotes(r.Name);
    addName(e, n.name, 'strong_alias');
    for (const a of n.aliases) addName(e, a.name, a.kind);
    addUnique(e.remarks, ...n.notes);
  }
  e.lists.push(DPL_LIST);
  addProgram(e, 'DPL');
  for (const r of rows) mapRow(e, r);
  return e;
}

function mapRow(e: Entity, r: DplRecord): void {
  const addr = dplAddress(r);
  if (addr && !e.addresses.some((a) => a.full === addr.full)) e.addresses.push(addr);
  addUnique(e.countries, addr?.country);
  const effective = usDate(r.Effective_Date);
  if (effective && (!e.listedOn || effective < e.listedOn)) e.listedOn = effective;
  const expires = usDate(r.Expiration_Date) ?? clean(r.Expiration_Date);
  if (expires) addExtra(e, 'expirationDate', expires);
  const order = clean(r.Standard_Order)?.toUpperCase();
  if (order) addExtra(e, 'standardOrder', order);
  const action = clean(r.Action);
  if (action) addExtra(e, 'action', action);
  const citation = clean(r.FR_Citation);
  if (citation) addExtra(e, 'frCitation', citation);
  const updated = toIsoDay(r.Last_Update);
  if (updated && (!e.extra?.lastUpdate || updated > e.extra.lastUpdate)) {
    e.extra = { ...e.extra, lastUpdate: updated };
  }
}
