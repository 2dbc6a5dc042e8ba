/**
 * One OFSI financial sanctions target (all rows of one Group ID) -> one Entity. Pure.
 *
 * Each row contributes its name (by Alias Type), date of birth, address, nationality, documents and
 * regime; fields repeated on every row are merged without duplicates.
 */
import type { Entity, Schema } from '../../model/entity.js';
import { addName, addProgram, addUnique, clean, makeIdentifier, newEntity } from '../common/build.js';
import { dedupeDates, parseDate, toIsoDay } from '../../common/dates.js';
import { malformed } from '../../errors.js';
import { documentIdentifiers } from './documents.js';
import { mergeIdentifier } from './merge.js';
import { nameKind, rowName, scriptLanguage, splitTitles } from './names.js';
import { readOtherInfo } from './other-info.js';
import type { OfsiGroup, OfsiRow } from './parse.js';
import { birthPlaces, rowAddress } from './places.js';
import { countriesIn, isBankName } from './text.js';

export const OFSI_SOURCE = 'uk-ofsi';

const SCHEMAS: Record<string, Schema> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

function schemaOf(row: OfsiRow, file: string): Schema {
  const schema = SCHEMAS[clean(row.record['Group Type'])?.toLowerCase() ?? ''];
  if (!schema) throw malformed(`unknown Group Type '${row.record['Group Type'] ?? ''}'`, { file, line: row.line, field: 'Group Type' });
  return schema;
}

const minDay = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : a < b ? a : b);
const maxDay = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : a > b ? a : b);

export function mapOfsiGroup(group: OfsiGroup, file: string): Entity {
  const first = group.rows[0];
  let schema = schemaOf(first, file);
  const e = newEntity(OFSI_SOURCE, group.groupId, schema, group.rows.map((r) => r.record));
  const positions: string[] = [];
  const remarks: string[] = [];
  let lastUpdated: string | undefined;
  let designated: string | undefined;
  for (const row of group.rows) {
    const r = row.record;
    const kind = nameKind(row, file);
    const name = rowName(r, schema);
    if (name) addName(e, name.full, kind, name.parts);
    const nonLatin = clean(r['Name Non-Latin Script']);
    if (nonLatin) addName(e, nonLatin, kind === 'primary' ? 'strong_alias' : kind, undefined, scriptLanguage(r['Non-Latin Script Language']));
    addUnique(e.titles, ...splitTitles(r['Title']));
    const dob = parseDate(r['DOB']);
    if (dob) e.birthDates.push(dob);
    addUnique(e.birthPlaces, ...birthPlaces(r));
    addUnique(e.nationalities, ...countriesIn(r['Nationality']));
    const passportNumber = clean(r['Passport Number']);
    for (const id of documentIdentifiers(passportNumber ?? r['Passport Details'], 'passport', passportNumber ? r['Passport Details'] : undefined)) mergeIdentifier(e, id);
    const nationalNumber = clean(r['National Identification Number']);
    const nationalText = nationalNumber ?? r['NI Number'];
    for (const id of documentIdentifiers(nationalText, 'national_id', nationalNumber ? r['National Identification Details'] : undefined)) mergeIdentifier(e, id);
    addUnique(positions, clean(r['Position']));
    const address = rowAddress(r);
    if (address && !e.addresses.some((a) => a.full === address.full)) e.addresses.push(address);
    if (address?.country) addUnique(e.countries, address.country);
    addProgram(e, r['Regime']);
    addUnique(e.lists, clean(r['Regime']));
    e.listedOn = minDay(e.listedOn, toIsoDay(r['Listed On']));
    designated = minDay(designated, toIsoDay(r['UK Sanctions List Date Designated']));
    lastUpdated = maxDay(lastUpdated, toIsoDay(r['Last Updated']));
    addUnique(remarks, clean(r['Other Information']));
  }
  if (!e.names.length) throw malformed('target has no name in Name 1..Name 6', { file, line: first.line, field: 'Name 6' });
  e.birthDates = dedupeDates(e.birthDates);
  e.remarks = remarks;
  const extra: Record<string, string> = {};
  const unRefs: string[] = [];
  for (const remark of remarks) {
    const info = readOtherInfo(remark);
    addUnique(unRefs, ...info.unReferences);
    for (const id of info.identifiers) mergeIdentifier(e, id);
    for (const alias of info.weakAliases) addName(e, alias, 'weak_alias');
    if (info.gender && schema === 'Person') e.gender = info.gender;
    if (info.flag) e.craft = { ...e.craft, flag: info.flag };
    if (info.ukSanctionsListRef) extra.ukSanctionsListRef = info.ukSanctionsListRef;
  }
  for (const ref of unRefs) mergeIdentifier(e, makeIdentifier('other', ref, { scheme: 'UN-REF' }));
  // The 2018 layout has no Ship group type: a ship is an Entity whose remark gives its IMO ship number.
  if (schema === 'Organization' && e.identifiers.some((i) => i.type === 'imo')) schema = e.schema = 'Vessel';
  if (schema !== 'Vessel') delete e.craft;
  else if (e.craft?.flag && e.craft.flag.length === 2) addUnique(e.countries, e.craft.flag);
  if (schema === 'Organization' && e.names.some((n) => n.kind !== 'weak_alias' && isBankName(n.full))) e.orgKind = 'bank';
  if (unRefs.length) extra.unReference = unRefs.join('; ');
  if (positions.length) extra.position = positions.join(' | ');
  if (lastUpdated) extra.lastUpdated = lastUpdated;
  if (designated) extra.ukDateDesignated = designated;
  if (Object.keys(extra).length) e.extra = extra;
  return e;
}
