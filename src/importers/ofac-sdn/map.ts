/**
 * One OFAC record (its sdn.csv / cons_prim.csv row, address rows, alias rows and comment overflow)
 * -> one model Entity. Pure: no I/O.
 */
import type { Address, CraftInfo, Entity, Program, Schema } from '../../model/entity.js';
import { addProgram, addUnique, clean, newEntity } from '../common/build.js';
import { ofacCountry } from './country.js';
import { addPersonName, saysBank } from './names.js';
import type { AddressRow, AliasRow, PrimaryRow } from './parse.js';
import { applyRemarks, type RemarkContext } from './remarks.js';

/** Everything a list publishes about one ent_num. */
export interface OfacRecord {
  /** Usually one row; more when the publisher repeats the ent_num (they are merged). */
  primary: PrimaryRow[];
  addresses: AddressRow[];
  aliases: AliasRow[];
  /** Remarks_Extended: the continuation of a Remarks text cut at 1000 characters. */
  comments: string[];
}

export interface MapOptions extends RemarkContext {
  source: string;
  /** The sub-lists an entity is on, from its programmes. */
  lists(programs: readonly Program[]): string[];
}

const SCHEMA: Record<string, Schema> = { individual: 'Person', vessel: 'Vessel', aircraft: 'Aircraft' };
const PROGRAM_SEPARATOR = /\]\s*\[/;
const BRACKETS = /^\[|\]$/g;
const WEAK = /\bweak\b|low[- ]quality/i;
const GOVERNMENT = /government/i;
const COMPANY = /company|enterprise/i;
const CITY_CODE = /^(?<city>[^\d,]*[^\d\s,])\s+(?<code>\d{4,6})$/;
const CODE_CITY = /^(?<code>\d{4,6})\s+(?<city>[^\d,]+)$/;

export function mapOfacRecord(record: OfacRecord, opts: MapOptions): Entity {
  const first = record.primary[0];
  const schema = SCHEMA[first.SDN_Type?.toLowerCase() ?? ''] ?? 'Organization';
  const entity = newEntity(opts.source, first.ent_num as string, schema, record);
  for (const [i, row] of record.primary.entries()) {
    addPersonName(entity, row.SDN_Name as string, 'primary');
    for (const p of row.Program?.split(PROGRAM_SEPARATOR) ?? []) addProgram(entity, p.replace(BRACKETS, ''));
    addUnique(entity.titles, clean(row.Title));
    applyCraft(entity, row);
    // Remarks_Extended continues the first row's Remarks mid-word, so it is joined without a separator.
    const remarks = i === 0 ? [row.Remarks ?? '', ...record.comments].join('') : row.Remarks;
    applyRemarks(entity, remarks, opts);
  }
  for (const alt of record.aliases) applyAlias(entity, alt);
  for (const add of record.addresses) applyAddress(entity, add);
  entity.lists = opts.lists(entity.programs);
  if (schema === 'Organization') entity.orgKind = orgKind(entity);
  if (entity.orgKind === undefined) delete entity.orgKind;
  return entity;
}

function applyAlias(entity: Entity, alt: AliasRow): void {
  const name = alt.alt_name as string;
  const type = (alt.alt_type as string).toLowerCase();
  const note = alt.alt_remarks;
  const kind = note && WEAK.test(note) ? 'weak_alias' : type === 'fka' ? 'former' : 'strong_alias';
  addPersonName(entity, name, kind);
  if (note && kind !== 'weak_alias') addUnique(entity.remarks, `${type} ${name}: ${note}`);
}

function applyAddress(entity: Entity, row: AddressRow): void {
  const street = clean(row.Address);
  const city = clean(row['City/State/Province/Postal Code']);
  const countryText = clean(row.Country);
  const full = [street, city, countryText].filter(Boolean).join(', ');
  if (!full) return;
  const address: Address = { full };
  if (street) address.street = street;
  if (city) Object.assign(address, splitPostalCode(city));
  const country = ofacCountry(countryText);
  if (country) {
    address.country = country;
    addUnique(entity.countries, country);
  }
  if (!entity.addresses.some((a) => a.full === full)) entity.addresses.push(address);
  if (row.Add_remarks) addUnique(entity.remarks, `${full}: ${row.Add_remarks}`);
}

/** "Moscow 107016" / "107016 Moscow" -> city and numeric postal code; anything else stays the city. */
function splitPostalCode(text: string): Pick<Address, 'city' | 'postalCode'> {
  const m = CITY_CODE.exec(text) ?? CODE_CITY.exec(text);
  if (!m?.groups) return { city: text };
  return { city: m.groups.city, postalCode: m.groups.code };
}

function applyCraft(entity: Entity, row: PrimaryRow): void {
  const craft: CraftInfo = { ...entity.craft };
  const flagCode = ofacCountry(row.Vess_flag ?? undefined);
  const values: [keyof CraftInfo, string | null | undefined][] = [
    ['callSign', row.Call_Sign], ['type', row.Vess_type], ['tonnage', row.Tonnage],
    ['grossRegisteredTonnage', row.GRT], ['flag', flagCode ?? row.Vess_flag], ['owner', row.Vess_owner],
  ];
  let any = false;
  for (const [key, value] of values) {
    const v = clean(value);
    if (v && !craft[key]) [craft[key], any] = [v, true];
  }
  if (any) entity.craft = craft;
  addUnique(entity.countries, flagCode);
}

function orgKind(entity: Entity): Entity['orgKind'] {
  const primary = entity.names.find((n) => n.kind === 'primary')?.full;
  if (saysBank(primary) || saysBank(entity.extra?.organizationType)) return 'bank';
  const target = entity.extra?.targetType;
  if (target && GOVERNMENT.test(target)) return 'government';
  if (target && COMPANY.test(target)) return 'company';
  return undefined;
}
