/**
 * The non-identifier facts OFAC prints in Remarks ("DOB 07 Oct 1952", "POB Leningrad, Russia",
 * "nationality Russia", "a.k.a. 'BNC'", "Linked To: HIZBALLAH.", "Aircraft Model IL-76TD", ...),
 * each as a handler that applies the value to the entity. Pure.
 */
import type { Entity, LinkType, NameKind } from '../../model/entity.js';
import { parseDate, toIsoDay } from '../../common/dates.js';
import { addUnique } from '../common/build.js';
import { ofacCountry } from './country.js';
import { parseOfacDob } from './dob.js';
import { addPersonName } from './names.js';
import { applyDigitalCurrency } from './remark-ids.js';

/** What a remark handler did: mapped (drop the piece), `keep` (mapped, but keep the text), or not mapped. */
export type Handled = boolean | 'keep';

export interface RemarkContext {
  /** The entity of the same list whose primary name is `name` (case-insensitive), if exactly one. */
  resolveLink(name: string): { name: string; id: string } | undefined;
  /** Use "Listing Date (...)" remarks as listedOn (non-SDN lists, where it is the listing date). */
  listingDates: boolean;
}

export type RemarkHandler = (entity: Entity, value: string, ctx: RemarkContext) => Handled;

const FINAL_DOT = /\.$/;
const QUOTED = /^'(.*)'$/s;
const LEADING_GROUP = /^\([^()]*\)\s*:?\s*/;
const ABBREVIATION_END = /\.\S*$/;
const DIGITAL_CURRENCY = /^-\s*([A-Za-z0-9]+)\s+(\S.*)$/;

const strip = (value: string): string => value.trim().replace(FINAL_DOT, '').trim();

/** Add a value under a key of `extra`, joining repeated values with '; '. */
export function addExtra(entity: Entity, key: string, value: string | undefined): void {
  if (!value) return;
  const extra = (entity.extra ??= {});
  const current = extra[key];
  if (!current) extra[key] = value;
  else if (!current.split('; ').includes(value)) extra[key] = `${current}; ${value}`;
}

const alias = (kind: NameKind): RemarkHandler => (entity, value) => {
  const text = value.trim();
  let name = QUOTED.exec(text.replace(FINAL_DOT, ''))?.[1] ?? strip(text);
  // A nickname is quoted once more (a.k.a. ''FOOPIE''); a leading ' alone is an ayn ('ABD AL-RAHMAN).
  const nickname = QUOTED.exec(name)?.[1];
  if (nickname && !nickname.includes("'")) name = nickname;
  if (!name.trim()) return false;
  addPersonName(entity, name, kind);
  return true;
};

const extra = (key: string): RemarkHandler => (entity, value) => {
  const v = strip(value);
  addExtra(entity, key, v);
  return v !== '';
};

const nationality: RemarkHandler = (entity, value) => {
  const code = ofacCountry(strip(value));
  if (code) addUnique(entity.nationalities, code);
  return code !== undefined;
};

const link = (type: LinkType): RemarkHandler => (entity, value, ctx) => {
  const printed = value.trim();
  const target = ctx.resolveLink(printed) ?? ctx.resolveLink(strip(printed));
  // An unresolved name keeps a final '.' only where it ends an abbreviation ("S.A.").
  const name = target?.name ?? (ABBREVIATION_END.test(printed.replace(FINAL_DOT, '')) ? printed : strip(printed));
  if (!name) return false;
  if (!entity.links.some((l) => l.type === type && l.targetName === name)) {
    entity.links.push(target ? { type, targetName: name, targetId: target.id } : { type, targetName: name });
  }
  return true;
};

const craftField = (field: 'model' | 'buildYear'): RemarkHandler => (entity, value) => {
  const v = strip(value);
  if (!v) return false;
  const craft = (entity.craft ??= {});
  const year = field === 'buildYear' ? parseDate(v)?.value.slice(0, 4) : undefined;
  craft[field] = year ?? v;
  if (year && year !== v) addExtra(entity, 'manufactureDate', parseDate(v)?.value);
  return true;
};

const countryExtra = (key: string, current: boolean): RemarkHandler => (entity, value) => {
  const v = strip(value);
  const code = ofacCountry(v);
  if (current && code) {
    addUnique(entity.countries, code);
    if (!entity.craft?.flag) (entity.craft ??= {}).flag = code;
  }
  addExtra(entity, key, v);
  return v !== '';
};

/** Handlers by label, lower case. */
export const FIELD_LABELS: Record<string, RemarkHandler> = {
  dob: (entity, value) => {
    const dates = parseOfacDob(strip(value));
    for (const d of dates) if (!entity.birthDates.some((x) => x.value === d.value)) entity.birthDates.push(d);
    return dates.length > 0;
  },
  pob: (entity, value) => {
    const place = strip(value);
    addUnique(entity.birthPlaces, place);
    return place !== '';
  },
  nationality,
  citizen: nationality,
  gender: (entity, value) => {
    const g = strip(value).toLowerCase();
    if (g === 'male' || g === 'female') entity.gender = g;
    return entity.gender === g;
  },
  'a.k.a.': alias('weak_alias'),
  'f.k.a.': alias('weak_alias'),
  'n.k.a.': alias('weak_alias'),
  'issuer name': alias('weak_alias'),
  'linked to': link('linked_to'),
  'organization established date': (entity, value) => {
    const v = strip(value);
    addExtra(entity, 'organizationEstablished', parseDate(v)?.value ?? v);
    return v !== '';
  },
  'organization type': extra('organizationType'),
  'target type': extra('targetType'),
  website: extra('website'),
  'email address': extra('email'),
  email: extra('email'),
  'phone number': extra('phone'), 'phone no.': extra('phone'), phone: extra('phone'),
  telephone: extra('phone'), 'telephone no.': extra('phone'), 'telephone number': extra('phone'),
  fax: extra('fax'), 'fax no.': extra('fax'),
  'aircraft model': craftField('model'),
  'aircraft manufacture date': craftField('buildYear'),
  'vessel year of build': craftField('buildYear'),
  'aircraft operator': extra('aircraftOperator'),
  'other vessel call sign': extra('otherCallSign'),
  'other vessel type': extra('otherVesselType'),
  'other vessel flag': countryExtra('otherFlag', true),
  'nationality of registration': countryExtra('nationalityOfRegistration', true),
  'former vessel flag': countryExtra('formerFlag', false),
  'secondary sanctions risk': (entity) => ((entity.secondarySanctions = true), 'keep'),
  'additional sanctions information - subject to secondary sanctions': (entity) => ((entity.secondarySanctions = true), 'keep'),
  'listing date': (entity, value, ctx) => {
    const day = ctx.listingDates ? toIsoDay(strip(value).replace(LEADING_GROUP, '')) : undefined;
    if (day && (!entity.listedOn || day < entity.listedOn)) entity.listedOn = day;
    return 'keep';
  },
  'digital currency address': (entity, value) => {
    const m = DIGITAL_CURRENCY.exec(value.trim());
    return m ? applyDigitalCurrency(entity, m[1], m[2]) : false;
  },
};
