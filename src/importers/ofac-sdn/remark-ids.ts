/**
 * The identifier labels OFAC prints in Remarks ("Tax ID No. 7701234567 (Russia)", "SWIFT/BIC SABRRUMM",
 * "Passport A123 (Iran) issued 01 Jan 2001 expires ...") and how each maps to a typed identifier. Pure.
 */
import type { Entity, IdentifierType } from '../../model/entity.js';
import { addIdentifier, makeIdentifier } from '../common/build.js';
import { ofacCountry } from './country.js';

interface IdRule {
  /** `national_id` for people and `registration` for everything else when given as 'id'. */
  type: IdentifierType | 'id';
  scheme?: string;
}

const P = (scheme?: string): IdRule => ({ type: 'passport', scheme });
const N = (scheme?: string): IdRule => ({ type: 'national_id', scheme });
const T = (scheme?: string): IdRule => ({ type: 'tax', scheme });
const R = (scheme?: string): IdRule => ({ type: 'registration', scheme });
const O = (scheme: string): IdRule => ({ type: 'other', scheme });

/** Label as printed (case-insensitive) -> identifier type and scheme. */
export const ID_LABELS: Record<string, IdRule> = {
  'Passport': P(), 'Diplomatic Passport': P('DIPLOMATIC'), 'British National Overseas Passport': P('BNO'),
  'Stateless Person Passport': P('STATELESS'), 'Passport Booklet': P('BOOKLET'), 'Passport No.': P(),
  'Travel Document Number': P('TRAVEL DOCUMENT'),
  'National ID No.': N(), 'Cedula No.': N('CEDULA'), 'C.U.R.P.': N('CURP'), 'C.U.R.P. #': N('CURP'),
  'D.N.I.': N('DNI'), 'Personal ID Card': N(), "Citizen's Card Number": N(), 'Kenyan ID No.': N(),
  'Turkish Identification Number': N(), 'Numero de Identidad': N(), 'C.U.I.': N('CUI'), 'C.U.I.P.': N('CUIP'),
  'Tazkira National ID Card': N('TAZKIRA'), 'Bosnian Personal ID No.': N(), 'Moroccan Personal ID No.': N(),
  'CNP (Personal Numerical Code)': N('CNP'), 'National Foreign ID Number': N('FOREIGN ID'), 'N.I.E.': N('NIE'),
  'UAE Identification': N(), 'Residency Number': N('RESIDENCY'), 'Birth Certificate Number': N('BIRTH CERTIFICATE'),
  'Electoral Registry No.': N('ELECTORAL'), 'Credencial electoral': N('ELECTORAL'), 'I.F.E.': N('ELECTORAL'),
  'SSN': N('SSN'), 'Refugee ID Card': N('REFUGEE ID'), 'Stateless Person ID Card': N('STATELESS'),
  'Romanian Permanent Resident CAN': N('RESIDENCE PERMIT'), 'Identification Number': { type: 'id' },
  'Tax ID No.': T(), 'NIT #': T('NIT'), 'R.F.C.': T('RFC'), 'R.F.C. #': T('RFC'), 'RFC': T('RFC'), 'RUC #': T('RUC'),
  'RIF #': T('RIF'), 'V.A.T. Number': T('VAT'), 'US FEIN': T('FEIN'), 'C.U.I.T.': T('CUIT'),
  'Italian Fiscal Code': T('CODICE FISCALE'), 'Fiscal Code': T(), 'Romanian Tax Registration': T(),
  'Paraguayan tax identification number': T('RUC'), 'Numero Unico de Identificacao Tributaria (NUIT)': T('NUIT'),
  'C.I.F.': T('CIF'), 'N.I.F.': T('NIF'), 'RTN': T('RTN'),
  'Registration Number': R(), 'Registration ID': R(), 'Business Registration Number': R(),
  'Business Registration Document #': R(), 'Commercial Registry Number': R('COMMERCIAL REGISTRY'),
  'C.R. No.': R('COMMERCIAL REGISTRY'), 'Romanian C.R.': R('COMMERCIAL REGISTRY'), 'Company Number': R(),
  'UK Company Number': R(), 'Government Gazette Number': R('OKPO'), 'GovernmentGazette Number': R('OKPO'), 'Unified Social Credit Code (USCC)': R('USCC'),
  'United Social Credit Code Certificate (USCCC)': R('USCC'), 'Folio Mercantil No.': R('FOLIO MERCANTIL'),
  'Matricula Mercantil No': R('MATRICULA MERCANTIL'), 'Trade License No.': R('TRADE LICENSE'),
  'Chamber of Commerce Number': R('CHAMBER OF COMMERCE'), 'Istanbul Chamber of Comm. No.': R('CHAMBER OF COMMERCE'),
  'Dubai Chamber of Commerce Membership No.': R('CHAMBER OF COMMERCE'), 'Central Registration System Number': R('MERSIS'),
  'Economic Register Number (CBLS)': R('CBLS'), 'Business Number': R(), 'Enterprise Number': R(),
  'Branch Unit Number': R(), 'Public Registration Number': R(), 'Certificate of Incorporation Number': R(),
  'Registered Charity No.': R('CHARITY'), 'Organization Code': R('ORGANIZATION CODE'), 'LE Number': R('LE'),
  'MSB Registration Number': R('MSB'), 'Afghan Money Service Provider License Number': R('MSP LICENSE'),
  'Aircraft Tail Number': R('TAIL NUMBER'), 'Previous Aircraft Tail Number': R('PREVIOUS TAIL NUMBER'),
  'Legal Entity Number': { type: 'lei' }, 'SWIFT/BIC': { type: 'swift_bic' },
  'Vessel Registration Identification IMO': { type: 'imo' }, 'Identification Number IMO': { type: 'imo' },
  'International Maritime Organization No.': { type: 'imo' }, 'Company Number IMO': { type: 'imo', scheme: 'COMPANY' },
  'Vessel Registration Identification': R('VESSEL REGISTRATION'), 'MMSI': { type: 'mmsi' },
  "Aircraft Manufacturer's Serial Number (MSN)": { type: 'aircraft_serial', scheme: 'MSN' },
  'Aircraft Construction Number (also called L/N or S/N or F/N)': { type: 'aircraft_serial', scheme: 'CONSTRUCTION NUMBER' },
  'Aircraft Serial Identification': { type: 'aircraft_serial' },
  'Aircraft Mode S Transponder Code': O('MODE S'), 'D-U-N-S Number': O('DUNS'), 'BIK (RU)': O('BIK'),
  'ISIN': O('ISIN'), 'Identification Number ISIN': O('ISIN'), 'Equity Ticker': O('TICKER'), 'License': O('LICENSE'),
  "Driver's License No.": O('DRIVERS LICENSE'), 'Cartilla de Servicio Militar Nacional': O('MILITARY SERVICE'),
  'Military Registration Number': O('MILITARY'), 'VisaNumberID': O('VISA'), 'Immigration No.': O('IMMIGRATION'),
  'Pilot License Number': O('PILOT LICENSE'), "Seafarer's Identification Document": O('SEAFARER ID'),
  'Permit Number': O('PERMIT'), 'SRE Permit No.': O('SRE PERMIT'), 'Tourism License No.': O('TOURISM LICENSE'),
  'File Number': O('FILE NUMBER'), 'Trademark number': O('TRADEMARK'), 'Chinese Commercial Code': O('CHINESE COMMERCIAL CODE'),
};

const ISSUED_OR_EXPIRES = /\s+(issued|expires|expired)\s+/i;
const TRAILING_GROUP = /\s*\(([^()]*)\)$/;
const DIGITS = /^\d+$/;
const SEVEN_DIGITS = /^\d{7}$/;
const MAX_WORDS = 5;

/**
 * Add the identifier in `value` (what follows the label) to the entity. The last bracketed country is
 * the issuer; other brackets and "issued/expires" go to the note. False when nothing usable is left.
 */
export function applyIdentifier(entity: Entity, rule: IdRule, value: string): boolean {
  let rest = value.trim().replace(/\.$/, '');
  const notes: string[] = [];
  const cut = ISSUED_OR_EXPIRES.exec(rest);
  if (cut) {
    notes.push(rest.slice(cut.index).trim());
    rest = rest.slice(0, cut.index);
  }
  let country: string | undefined;
  for (let m = TRAILING_GROUP.exec(rest); m; m = TRAILING_GROUP.exec(rest)) {
    const code = country ? undefined : ofacCountry(m[1]);
    if (code) country = code;
    else notes.unshift(m[1]);
    rest = rest.slice(0, m.index);
  }
  rest = rest.replace(/^[:#]\s*/, '').trim();
  // A long phrase is prose that happens to start with a label, not an identifier.
  if (!rest || rest.split(' ').length > MAX_WORDS) return false;
  let type: IdentifierType = rule.type === 'id' ? (entity.schema === 'Person' ? 'national_id' : 'registration') : rule.type;
  let scheme = rule.scheme;
  const compact = rest.replace(/\s+/g, '');
  if (rule.scheme === 'VESSEL REGISTRATION' && SEVEN_DIGITS.test(compact)) [type, scheme] = ['imo', undefined];
  if (country === 'RU' && type === 'tax' && !scheme && DIGITS.test(compact)) scheme = 'INN';
  if (country === 'RU' && type === 'registration' && !scheme && (compact.length === 13 || compact.length === 15) && DIGITS.test(compact)) scheme = 'OGRN';
  const id = makeIdentifier(type, rest, { scheme, country, note: notes.join('; ') || undefined });
  if (!id) return false;
  addIdentifier(entity, id);
  return true;
}

/** "Digital Currency Address - XBT 1A2b..." -> identifier `other`, scheme `DIGITAL CURRENCY XBT`. */
export function applyDigitalCurrency(entity: Entity, currency: string, value: string): boolean {
  const address = value.trim().replace(/\.$/, '');
  const id = makeIdentifier('other', address, { scheme: `DIGITAL CURRENCY ${currency.toUpperCase()}` });
  if (!id) return false;
  addIdentifier(entity, id);
  return true;
}
