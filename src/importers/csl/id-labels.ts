/**
 * What each label of the CSL `ids` column means (the OFAC feature and document types): a typed
 * identifier, gender, a secondary-sanctions flag, craft particulars or a further fact for `extra`.
 * Keys are lower case without the trailing ":" or "-" the list prints. Unknown labels become remarks.
 */
import type { IdentifierType } from '../../model/entity.js';

export type IdAction =
  | { kind: 'id'; type: IdentifierType; scheme?: string }
  | { kind: 'gender' }
  | { kind: 'secondary' }
  | { kind: 'model' }
  | { kind: 'build' }
  | { kind: 'registry' }
  | { kind: 'extra'; key: string }
  | { kind: 'remark' };

/** Identifier labels of one type; the printed label becomes the identifier's scheme. */
const ids = (type: IdentifierType, labels: string): [string, IdAction][] =>
  labels.split('|').map((l) => [l, { kind: 'id', type, scheme: l.toUpperCase() }]);

export const ID_LABELS: ReadonlyMap<string, IdAction> = new Map<string, IdAction>([
  ['passport', { kind: 'id', type: 'passport' }],
  ...ids('passport', 'diplomatic passport|stateless person passport|british national overseas passport|travel document number'),
  ...ids('national_id', 'national id no.|national id|cedula no.|c.u.r.p.|d.n.i.|personal id card|identification number|' +
    'national foreign id number|turkish identification number|citizen\'s card number|numero de identidad|kenyan id no.|' +
    'tazkira national id card|bosnian personal id no.|cnp (personal numerical code)|moroccan personal id no.|' +
    'uae identification|credencial electoral|electoral registry no.|i.f.e.|ssn|residency number|refugee id card|' +
    'stateless person id card|n.i.e.|c.u.i.|c.u.i.p.|romanian permanent resident|birth certificate number|' +
    'immigration no.|public security and immigration no.'),
  ...ids('tax', 'tax id no.|r.f.c.|rfc|nit #|ruc #|v.a.t. number|italian fiscal code|fiscal code|c.u.i.t.|rif #|us fein|' +
    'rtn|c.i.f.|paraguayan tax identification number|numero unico de identificacao tributaria (nuit)|' +
    'romanian tax registration|rsin'),
  ...ids('registration', 'registration number|registration id|company number|commercial registry number|' +
    'business registration number|business registration document #|folio mercantil no.|matricula mercantil no|' +
    'trade license no.|public registration number|chamber of commerce number|uk company number|enterprise number|' +
    'certificate of incorporation number|c.r. no.|government gazette number|le number|' +
    'dubai chamber of commerce membership no.|istanbul chamber of comm. no.|romanian c.r.|registered charity no.|' +
    'central registration system number|branch unit number|d-u-n-s number|business number|file number|license|' +
    'tourism license no.|msb registration number|afghan money service provider license number|legal entity number'),
  ['unified social credit code (uscc)', { kind: 'id', type: 'registration', scheme: 'UNIFIED SOCIAL CREDIT CODE' }],
  ['united social credit code certificate (usccc)', { kind: 'id', type: 'registration', scheme: 'UNIFIED SOCIAL CREDIT CODE' }],
  ['swift/bic', { kind: 'id', type: 'swift_bic' }],
  ['vessel registration identification', { kind: 'id', type: 'imo' }],
  ['mmsi', { kind: 'id', type: 'mmsi' }],
  ...ids('aircraft_serial', 'aircraft manufacturer\'s serial number (msn)|aircraft serial identification|' +
    'aircraft construction number (also called l/n or s/n or f/n)'),
  ...ids('other', 'aircraft tail number|previous aircraft tail number|aircraft mode s transponder code|isin|equity ticker|' +
    'bik (ru)|micex code|un/locode|chinese commercial code|driver\'s license no.|cartilla de servicio militar nacional|' +
    'seafarer\'s identification document|pilot license number|visanumberid|sre permit no.|serial no.'),
  ['gender', { kind: 'gender' }],
  ['secondary sanctions risk', { kind: 'secondary' }],
  ['additional sanctions information', { kind: 'secondary' }],
  ['aircraft model', { kind: 'model' }],
  ['aircraft manufacture date', { kind: 'build' }],
  ['nationality of registration', { kind: 'registry' }],
  ['registration country', { kind: 'registry' }],
  ['aircraft operator', { kind: 'extra', key: 'aircraftOperator' }],
  ['email address', { kind: 'extra', key: 'email' }],
  ['website', { kind: 'extra', key: 'website' }],
  ['phone number', { kind: 'extra', key: 'phone' }],
  ['organization established date', { kind: 'extra', key: 'established' }],
  ['organization type', { kind: 'extra', key: 'organizationType' }],
  ['target type', { kind: 'extra', key: 'targetType' }],
  ['issuer name', { kind: 'extra', key: 'issuerName' }],
  ['listing date (cmic)', { kind: 'extra', key: 'cmicListingDate' }],
  ['effective date (cmic)', { kind: 'extra', key: 'cmicEffectiveDate' }],
  ['purchase/sales for divestment date (cmic)', { kind: 'extra', key: 'cmicDivestmentDate' }],
  // Known labels kept as remarks ("Former Vessel Flag: Malta")
  ...'former vessel flag|other vessel flag|other vessel type|other vessel call sign'
    .split('|').map((l): [string, IdAction] => [l, { kind: 'remark' }]),
]);

/** Lower case, without the trailing ":" / "-" and spaces: the key into ID_LABELS. */
export function labelKey(label: string): string {
  return label.trim().replace(/[\s:-]+$/, '').toLowerCase();
}

/** The action for a label; "Digital Currency Address - XBT" and friends are identifiers too. */
export function actionFor(label: string): IdAction | undefined {
  const key = labelKey(label);
  const known = ID_LABELS.get(key);
  if (known) return known;
  if (key.startsWith('digital currency address')) return { kind: 'id', type: 'other', scheme: label.trim().toUpperCase() };
  return undefined;
}

/** Whether a comma-separated part of an `ids` entry is its label rather than its value. */
export function isLabel(part: string): boolean {
  return ID_LABELS.has(labelKey(part)) || /[:-]\s*$/.test(part) || /^digital currency address/i.test(part.trim());
}
