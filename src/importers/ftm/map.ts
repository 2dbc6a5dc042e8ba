/**
 * Map one FtM thing (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane),
 * with the records folded into it from the first pass, into the model. Pure.
 */
import type { Address, Entity } from '../../model/entity.js';
import { findCountries } from '../../common/countries.js';
import { dedupeDates, parseDate } from '../../common/dates.js';
import { malformed } from '../../errors.js';
import { addProgram, addUnique, clean, newEntity } from '../common/build.js';
import type { FtmIndex } from './collect.js';
import { ftmCountry } from './countries.js';
import { foldRelated } from './fold.js';
import { addFtmIdentifiers } from './identifiers.js';
import { addFtmNames } from './names.js';
import { prop, type FtmObject } from './parse.js';
import { THINGS } from './schemas.js';
import { craftInfo, extraFields } from './extra.js';

export const FTM_SOURCE = 'ftm';
const BANK = /\bbank(?:ing)?\b|банк/i;

export function mapFtmThing(obj: FtmObject, index: FtmIndex, where: { file: string; line: number }): Entity {
  const thing = THINGS[obj.schema];
  if (!thing) throw new Error(`not a thing schema: ${obj.schema}`);
  const related = index.related.get(obj.id) ?? [];
  const raw = related.length ? { ...obj, related } : obj;
  const entity = newEntity(FTM_SOURCE, obj.id, thing.schema, raw);
  addFtmNames(entity, obj);
  if (!entity.names.length) throw malformed(`FtM ${obj.schema} ${obj.id} has no name`, { ...where, field: 'name' });
  if (thing.orgKind) entity.orgKind = thing.orgKind;
  if (thing.schema === 'Organization' && entity.names.some((n) => BANK.test(n.full))) entity.orgKind = 'bank';

  const gender = prop(obj, 'gender')[0]?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  entity.birthDates = dedupeDates(prop(obj, 'birthDate').map(parseDate).filter((d) => d !== undefined));
  addUnique(entity.birthPlaces, ...prop(obj, 'birthPlace').map(clean));
  for (const p of ['nationality', 'citizenship']) addUnique(entity.nationalities, ...prop(obj, p).map(ftmCountry));
  for (const p of ['country', 'jurisdiction', 'mainCountry', 'flag']) addUnique(entity.countries, ...prop(obj, p).map(ftmCountry));
  addAddresses(entity, obj, index);
  addFtmIdentifiers(entity, obj);
  addUnique(entity.titles, ...prop(obj, 'position').map(clean), ...prop(obj, 'title').map(clean));
  addUnique(entity.remarks, ...['notes', 'summary', 'description'].flatMap((p) => prop(obj, p)).map(clean));
  for (const p of prop(obj, 'programId')) addProgram(entity, p);
  foldRelated(entity, obj.id, related, index);
  const craft = craftInfo(obj);
  if (craft) entity.craft = craft;
  entity.extra = extraFields(obj);
  return entity;
}

function addAddresses(entity: Entity, obj: FtmObject, index: FtmIndex): void {
  const push = (a: Address): void => {
    if (entity.addresses.some((x) => x.full.toLowerCase() === a.full.toLowerCase())) return;
    entity.addresses.push(a);
    addUnique(entity.countries, a.country);
  };
  for (const ref of prop(obj, 'addressEntity')) {
    const rec = index.addresses.get(ref);
    if (rec) {
      const a = addressOf(rec);
      if (a) push(a);
    }
  }
  for (const full of prop(obj, 'address')) {
    const text = clean(full);
    if (!text) continue;
    const found = findCountries(text.split(',').pop());
    push(found.length === 1 ? { full: text, country: found[0] } : { full: text });
  }
}

/** An FtM Address record as a model address. */
export function addressOf(rec: FtmObject): Address | undefined {
  const one = (p: string): string | undefined => clean(prop(rec, p)[0]);
  const [street, city, region, postalCode] = [one('street'), one('city'), one('region'), one('postalCode')];
  const country = ftmCountry(prop(rec, 'country')[0]);
  const full = one('full') ?? [street, city, region, postalCode].filter(Boolean).join(', ');
  if (!full) return undefined;
  const a: Address = { full };
  if (street) a.street = street;
  if (city) a.city = city;
  if (region) a.region = region;
  if (postalCode) a.postalCode = postalCode;
  if (country) a.country = country;
  return a;
}
