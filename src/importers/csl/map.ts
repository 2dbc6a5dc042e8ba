/**
 * Map the CSL rows of one `_id` into an entity. Pure: no I/O.
 * One row per sub-list the subject is on; repeated rows (an SDN entry also on the SSI or CAPTA list)
 * add their list, programmes and any identifiers or addresses the first row lacks.
 * `raw` is the parsed row, or the array of rows when the `_id` repeats.
 */
import type { Entity, NameParts, Schema } from '../../model/entity.js';
import { parseDates, toIsoDay } from '../../common/dates.js';
import { addName, addProgram, addUnique, clean, newEntity } from '../common/build.js';
import { parseCslAddresses } from './address.js';
import { countryOf } from './country.js';
import { addExtra, applyIds } from './ids.js';
import { defaultSchema, listCode, schemaOfType } from './lists.js';
import { splitNameNotes } from './name-notes.js';
import type { CslRecord } from './parse.js';
import { splitRemarks } from './remarks.js';
import { guessSchema } from './schema-guess.js';

export const CSL_SOURCE = 'us-trade-csl';

const split = (v: string | undefined): string[] => (v ?? '').split(/\s*;\s*/).map((x) => clean(x)).filter((x): x is string => !!x);

/** OFAC writes personal names "SURNAME, Given Names": the family name in capitals before the comma. */
function personParts(name: string): NameParts | undefined {
  const m = /^([^,a-z]+),\s*([^,]+)$/.exec(name);
  return m ? { family: m[1].trim(), given: m[2].trim() } : undefined;
}

function schemaOf(rows: CslRecord[], name: string, personHint: boolean): Schema {
  for (const r of rows) {
    const s = schemaOfType(r.type);
    if (s) return s;
  }
  return personHint ? 'Person' : guessSchema(name, defaultSchema(rows[0].source));
}

const BANK = /\b(?:bank|banco|banque|bankasi|banka|banca|bancorp)\b/i;
const FIELDS_TO_EXTRA: [keyof CslRecord, string][] = [
  ['federal_register_notice', 'federalRegisterNotice'], ['end_date', 'endDate'], ['standard_order', 'standardOrder'],
  ['license_requirement', 'licenseRequirement'], ['license_policy', 'licensePolicy'],
];

export function mapCslRows(rows: CslRecord[]): Entity {
  const first = rows[0];
  const notes = splitNameNotes(first.name);
  const schema = schemaOf(rows, notes.name, !!notes.person);
  const e = newEntity(CSL_SOURCE, first._id.trim(), schema, rows.length === 1 ? first : rows);
  addName(e, notes.name, 'primary', schema === 'Person' ? personParts(notes.name) : undefined);
  for (const a of notes.aliases) addName(e, a.name, a.kind);
  e.titles.push(...notes.titles);
  e.remarks.push(...notes.notes);
  addUnique(e.nationalities, notes.nationality);
  for (const r of rows) mapRow(e, r);
  const kind = schema === 'Organization' ? orgKind(e) : undefined;
  if (kind) e.orgKind = kind;
  return e;
}

function mapRow(e: Entity, r: CslRecord): void {
  const source = clean(r.source);
  if (source) {
    addUnique(e.lists, source);
    addProgram(e, listCode(source));
  }
  for (const p of split(r.programs)) addProgram(e, p);
  addName(e, splitNameNotes(r.name).name, 'strong_alias'); // a no-op unless a repeated row spells the name otherwise
  for (const alt of split(r.alt_names)) {
    const n = splitNameNotes(alt.replace(/^(?:and|or)\s+/i, ''));
    addName(e, n.name, 'strong_alias', e.schema === 'Person' ? personParts(n.name) : undefined);
    for (const a of n.aliases) addName(e, a.name, a.kind);
  }
  for (const addr of parseCslAddresses(r.addresses)) {
    if (!e.addresses.some((a) => a.full === addr.full)) e.addresses.push(addr);
    addUnique(e.countries, addr.country);
  }
  for (const d of parseDates(r.dates_of_birth)) if (!e.birthDates.some((b) => b.value === d.value)) e.birthDates.push(d);
  addUnique(e.birthPlaces, ...split(r.places_of_birth));
  addUnique(e.nationalities, ...[...split(r.citizenships), ...split(r.nationalities)].map(countryOf));
  addUnique(e.titles, clean(r.title));
  const listed = toIsoDay(r.start_date);
  if (listed && (!e.listedOn || listed < e.listedOn)) e.listedOn = listed;
  for (const [col, key] of FIELDS_TO_EXTRA) {
    const v = clean(r[col]);
    if (v) addExtra(e, key, v);
  }
  const remarks = splitRemarks(r.remarks);
  for (const l of remarks.links) if (!e.links.some((x) => x.targetName === l.targetName)) e.links.push(l);
  addUnique(e.remarks, ...remarks.remarks);
  if (remarks.secondarySanctions) e.secondarySanctions = true;
  applyIds(e, r.ids);
  if (e.schema === 'Vessel' || e.schema === 'Aircraft') mapCraft(e, r);
}

function mapCraft(e: Entity, r: CslRecord): void {
  const flagText = clean(r.vessel_flag);
  const flag = countryOf(flagText);
  const craft = { ...e.craft };
  if (flag) craft.flag = flag;
  else if (flagText && !/none identified/i.test(flagText)) craft.flag = flagText;
  craft.type = clean(r.vessel_type) ?? craft.type;
  craft.callSign = clean(r.call_sign) ?? craft.callSign;
  craft.tonnage = clean(r.gross_tonnage) ?? craft.tonnage;
  craft.grossRegisteredTonnage = clean(r.gross_registered_tonnage) ?? craft.grossRegisteredTonnage;
  craft.owner = clean(r.vessel_owner) ?? craft.owner;
  for (const k of Object.keys(craft) as (keyof typeof craft)[]) if (craft[k] === undefined) delete craft[k];
  e.craft = craft;
  addUnique(e.countries, flag);
}

/** Bank by name or by a SWIFT code on a financial institution; government and company by target type. */
function orgKind(e: Entity): Entity['orgKind'] {
  const target = e.extra?.targetType ?? '';
  if (e.names.some((n) => n.kind !== 'weak_alias' && BANK.test(n.full))) return 'bank';
  if (/financial institution/i.test(target) && e.identifiers.some((i) => i.type === 'swift_bic')) return 'bank';
  if (/government/i.test(target)) return 'government';
  if (/company|enterprise/i.test(target)) return 'company';
  return undefined;
}
