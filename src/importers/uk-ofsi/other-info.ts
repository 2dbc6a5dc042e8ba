/**
 * Facts the OFSI ConList states only inside "Other Information": UN reference numbers, IMO and MMSI
 * numbers, SWIFT/BIC codes, gender, flag state, low-quality aliases and the UK Sanctions List
 * reference. The remark itself is always kept whole as well.
 */
import type { Identifier } from '../../model/entity.js';
import { makeIdentifier } from '../common/build.js';
import { countryOf, splitEnumeration, unReferences } from './text.js';

export interface OtherInfo {
  unReferences: string[];
  identifiers: Identifier[];
  gender?: 'male' | 'female';
  /** Flag state as ISO alpha-2, or as printed when it cannot be resolved. */
  flag?: string;
  weakAliases: string[];
  /** The FCDO UK Sanctions List unique id the 2022 layout quotes ("(UK Sanctions List Ref):RUS0296"). */
  ukSanctionsListRef?: string;
}

const IMO = /(Company\s+Number\s+)?\bIMO(?:\s*(?:number|no\.?))?\s*:?\s*(\d{7})\b/gi;
const MMSI = /\bMMSI\s*:?\s*(\d{9})\b/g;
const SWIFT = /\bSWIFT(?:\s*\/\s*BIC)?(?:\s*code)?\s*:?\s*([A-Z]{4}\s?[A-Z]{2}\s?[A-Z0-9]{2}(?:\s?[A-Z0-9]{3})?)(?![A-Za-z0-9])/g;
const GENDER_LABELLED = /\b(?:gender|sex)\s*:\s*(male|female)\b/i;
const GENDER_SENTENCE = /(?:^|[.;]\s*)(male|female)\s*(?:[.;]|$)/i;
const FLAG = /\bFlag(?:\s+State)?\s*:\s*([^.;]+)/i;
const LOW_QUALITY = /\bLow[- ]quality\s+(?:A\.?K\.?A\.?|aliases?)\s*:?\s*(.*?)(?:\.\s|\.$|$)/i;
const UK_REF = /\(UK Sanctions List Ref\)\s*:\s*([A-Z]{3}\d{4})/;

/**
 * Whether a 7-digit number passes the IMO ship-number check digit. Company and registered-owner
 * numbers (also 7 digits, "Company Number IMO 5434358") use another scheme and fail it.
 */
export function isShipImo(digits: string): boolean {
  if (!/^\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]);
}

export function readOtherInfo(text: string | undefined): OtherInfo {
  const info: OtherInfo = { unReferences: [], identifiers: [], weakAliases: [] };
  if (!text) return info;
  info.unReferences = unReferences(text);
  const push = (id: Identifier | undefined): void => {
    if (id && !info.identifiers.some((x) => x.type === id.type && x.normalized === id.normalized)) info.identifiers.push(id);
  };
  for (const m of text.matchAll(IMO)) {
    const ship = !m[1] && isShipImo(m[2]);
    push(ship ? makeIdentifier('imo', m[2]) : makeIdentifier('registration', m[2], { scheme: 'IMO COMPANY NUMBER' }));
  }
  for (const m of text.matchAll(MMSI)) push(makeIdentifier('mmsi', m[1]));
  for (const m of text.matchAll(SWIFT)) push(makeIdentifier('swift_bic', m[1]));
  const gender = (GENDER_LABELLED.exec(text) ?? GENDER_SENTENCE.exec(text))?.[1].toLowerCase();
  if (gender === 'male' || gender === 'female') info.gender = gender;
  const flag = FLAG.exec(text)?.[1].trim();
  if (flag) info.flag = countryOf(flag) ?? flag;
  const low = LOW_QUALITY.exec(text)?.[1];
  if (low) {
    const { head, items } = splitEnumeration(low);
    const names = items.length ? items : head.split(/[,;]/);
    info.weakAliases = names.map((n) => n.trim()).filter(Boolean);
  }
  info.ukSanctionsListRef = UK_REF.exec(text)?.[1];
  return info;
}
