/**
 * FtM identifier properties -> typed identifiers. Russian registry codes carry their scheme (INN,
 * OGRN, OKPO); KPP is a shared "reason for registration" code, not an identifier, and stays in extra.
 */
import type { Entity, IdentifierType } from '../../model/entity.js';
import { addIdentifier, makeIdentifier } from '../common/build.js';
import { prop, type FtmObject } from './parse.js';

interface IdSpec {
  type: IdentifierType;
  scheme?: string;
  country?: string;
}

/** In order: the first property to give a value fixes its type and scheme (innCode before taxNumber). */
const ID_PROPS: [string, IdSpec][] = [
  ['innCode', { type: 'tax', scheme: 'INN', country: 'RU' }],
  ['ogrnCode', { type: 'registration', scheme: 'OGRN', country: 'RU' }],
  ['okpoCode', { type: 'registration', scheme: 'OKPO', country: 'RU' }],
  ['vatCode', { type: 'tax', scheme: 'VAT' }],
  ['taxNumber', { type: 'tax' }],
  ['leiCode', { type: 'lei' }],
  ['swiftBic', { type: 'swift_bic' }],
  ['bikCode', { type: 'other', scheme: 'BIK', country: 'RU' }],
  ['imoNumber', { type: 'imo' }],
  ['mmsi', { type: 'mmsi' }],
  ['serialNumber', { type: 'aircraft_serial' }],
  ['passportNumber', { type: 'passport' }],
  ['socialSecurityNumber', { type: 'national_id', scheme: 'SSN' }],
  ['registrationNumber', { type: 'registration' }],
  ['dunsCode', { type: 'other', scheme: 'DUNS' }],
  ['uniqueEntityId', { type: 'other', scheme: 'UEI' }],
  ['permId', { type: 'other', scheme: 'PermID' }],
];

const LABELLED = /^([A-Za-z][A-Za-z .]{0,20}?)\s*(?::|\bNo\.|#)\s*(\S*\d.*)$/;
const TAX_LABEL = /^(tin|inn|tax|itn|vat)/i;

export function addFtmIdentifiers(entity: Entity, obj: FtmObject): void {
  for (const [property, spec] of ID_PROPS) {
    for (const v of prop(obj, property)) addIdentifier(entity, makeIdentifier(spec.type, v, { scheme: spec.scheme, country: spec.country }));
  }
  // idNumber is a generic "ID number": a national id for people, a registration for organisations;
  // a "TIN: 1831..." label makes it a tax number.
  for (const v of prop(obj, 'idNumber')) {
    const m = LABELLED.exec(v);
    const label = m?.[1];
    const value = m ? m[2] : v;
    const type: IdentifierType = label && TAX_LABEL.test(label) ? 'tax' : entity.schema === 'Person' ? 'national_id' : 'registration';
    addIdentifier(entity, makeIdentifier(type, value, { scheme: label }));
  }
}

/** A Passport or Identification record folded into its holder. */
export function identifierFromDocument(doc: FtmObject, country: (code: string) => string | undefined) {
  const number = prop(doc, 'number')[0] ?? prop(doc, 'passportNumber')[0];
  if (!number) return undefined;
  const kind = prop(doc, 'type')[0];
  const type: IdentifierType = doc.schema === 'Passport' || /passport/i.test(kind ?? '') ? 'passport' : /tax|inn/i.test(kind ?? '') ? 'tax' : 'national_id';
  const note = [kind, ...prop(doc, 'authority'), prop(doc, 'startDate')[0] && `issued ${prop(doc, 'startDate')[0]}`, prop(doc, 'endDate')[0] && `expires ${prop(doc, 'endDate')[0]}`]
    .filter(Boolean)
    .join('; ');
  return makeIdentifier(type, number, { country: country(prop(doc, 'country')[0] ?? ''), note: note || undefined });
}
