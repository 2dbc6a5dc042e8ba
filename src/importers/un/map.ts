/**
 * Map one UN record (INDIVIDUAL or ENTITY) into the model. Pure.
 * sourceId is REFERENCE_NUMBER ("QDi.001", the id other lists cite), or DATAID when it is missing.
 */
import type { Entity } from '../../model/entity.js';
import { parseDate, toIsoDay } from '../../common/dates.js';
import { malformed } from '../../errors.js';
import { addIdentifier, addName, addProgram, addUnique, clean, makeIdentifier, newEntity } from '../common/build.js';
import { children, text, type XmlNode } from '../common/xml.js';
import { birthDates, birthPlace } from './birth.js';
import { unCountries, unCountry } from './countries.js';
import { documentIdentifier } from './documents.js';
import { aliasKind, primaryName, splitAcronym, splitAlias } from './names.js';
import type { UnRecord } from './parse.js';
import { unAddress } from './places.js';
import { unListName } from './programs.js';

export const UN_SOURCE = 'un-sc';

const values = (node: XmlNode, tag: string): string[] =>
  children(node, tag).flatMap((c) => children(c, 'VALUE')).map((v) => clean(v.text)).filter((v): v is string => Boolean(v));

/** The stable publisher id of a record: REFERENCE_NUMBER, else DATAID. */
export function unSourceId(node: XmlNode): string | undefined {
  return clean(text(node, 'REFERENCE_NUMBER')) ?? clean(text(node, 'DATAID'));
}

export function mapUnRecord(rec: UnRecord, file: string, sourceId = unSourceId(rec.node)): Entity {
  const { node, kind, line } = rec;
  if (!sourceId) throw malformed(`${kind} without REFERENCE_NUMBER or DATAID`, { file, line, field: 'REFERENCE_NUMBER' });
  const person = kind === 'INDIVIDUAL';
  const entity = newEntity(UN_SOURCE, sourceId, person ? 'Person' : 'Organization', node);
  const reference = clean(text(node, 'REFERENCE_NUMBER')) ?? '';
  const primary = person
    ? primaryName(['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => text(node, t)), reference)
    : { full: clean(text(node, 'FIRST_NAME')) };
  if (!primary.full) throw malformed(`${kind} ${sourceId} has no name`, { file, line, field: 'FIRST_NAME' });
  addName(entity, primary.full, 'primary', primary.parts);
  addName(entity, text(node, 'NAME_ORIGINAL_SCRIPT'), 'strong_alias');
  if (!person) addOrgNames(entity, primary.full);
  mapAliases(entity, node, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS');

  const listType = clean(text(node, 'UN_LIST_TYPE'));
  if (listType) {
    addProgram(entity, listType);
    addUnique(entity.lists, unListName(listType));
  }
  const listedOn = toIsoDay(text(node, 'LISTED_ON'));
  if (listedOn) entity.listedOn = listedOn;
  addUnique(entity.remarks, clean(text(node, 'COMMENTS1')));
  for (const a of children(node, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const { address, remark } = unAddress(a);
    if (address && !entity.addresses.some((x) => x.full === address.full)) entity.addresses.push(address);
    addUnique(entity.countries, ...unCountries(text(a, 'COUNTRY')));
    addUnique(entity.remarks, remark);
  }
  if (person) mapPerson(entity, node);
  else mapOrganization(entity);
  entity.extra = extra(node);
  return entity;
}

function mapPerson(entity: Entity, node: XmlNode): void {
  const gender = text(node, 'GENDER')?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  addUnique(entity.titles, ...values(node, 'TITLE'), ...values(node, 'DESIGNATION'));
  for (const n of values(node, 'NATIONALITY')) addUnique(entity.nationalities, unCountry(n));
  for (const d of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const { dates, remark } = birthDates(d);
    for (const date of dates) if (!entity.birthDates.some((x) => x.value === date.value)) entity.birthDates.push(date);
    addUnique(entity.remarks, remark);
  }
  for (const p of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) addUnique(entity.birthPlaces, birthPlace(p));
  for (const doc of children(node, 'INDIVIDUAL_DOCUMENT')) {
    const { id, remark } = documentIdentifier(doc);
    addIdentifier(entity, id);
    addUnique(entity.remarks, remark);
  }
}

const IMO = /\bIMO\)?\s*(?:number|no\.?)?\s*:?\s*(\d{7})\b/gi;
const BANK = /\bbank(?:ing)?\b/i;

function mapOrganization(entity: Entity): void {
  if (entity.names.some((n) => BANK.test(n.full))) entity.orgKind = 'bank';
  for (const remark of entity.remarks) {
    for (const m of remark.matchAll(IMO)) addIdentifier(entity, makeIdentifier('imo', m[1], { note: 'IMO company number' }));
  }
}

const NOT_ACRONYMS = new Set(['NGO', 'LTD', 'LLC', 'INC', 'CO', 'JSC', 'PLC']);

/**
 * "HAQQANI NETWORK (HQN)" also gives "HAQQANI NETWORK" (strong) and "HQN" (weak); a primary name
 * holding two names ("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY
 * (GLBC)") gives each as a strong alias.
 */
function addOrgNames(entity: Entity, full: string): void {
  const pieces = full.split(';').map((p) => p.trim()).filter(Boolean);
  for (const piece of pieces) {
    if (pieces.length > 1) addName(entity, piece, 'strong_alias');
    const split = splitAcronym(piece);
    if (!split) continue;
    addName(entity, split.name, 'strong_alias');
    if (!NOT_ACRONYMS.has(split.acronym)) addName(entity, split.acronym, 'weak_alias');
  }
}

function mapAliases(entity: Entity, node: XmlNode, tag: string): void {
  for (const alias of children(node, tag)) {
    const raw = clean(text(alias, 'ALIAS_NAME'));
    const names = splitAlias(raw);
    const kind = aliasKind(text(alias, 'QUALITY'));
    for (const name of names) addName(entity, name, kind);
    const dob = parseDate(text(alias, 'DATE_OF_BIRTH'));
    if (dob && !entity.birthDates.some((x) => x.value === dob.value)) entity.birthDates.push(dob);
    const pob = [clean(text(alias, 'CITY_OF_BIRTH')), clean(text(alias, 'COUNTRY_OF_BIRTH'))].filter(Boolean).join(', ');
    addUnique(entity.birthPlaces, pob || undefined);
    const note = clean(text(alias, 'NOTE'));
    if (note && raw) addUnique(entity.remarks, `Alias ${raw}: ${note}`);
  }
}

function extra(node: XmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: string | undefined): void => {
    if (v) out[k] = v;
  };
  put('dataId', clean(text(node, 'DATAID')));
  put('referenceNumber', clean(text(node, 'REFERENCE_NUMBER')));
  put('versionNum', clean(text(node, 'VERSIONNUM')));
  put('listType', values(node, 'LIST_TYPE').join(', ') || undefined);
  put('lastUpdated', values(node, 'LAST_DAY_UPDATED').join(', ') || undefined);
  put('unListType', clean(text(node, 'UN_LIST_TYPE')));
  return out;
}
