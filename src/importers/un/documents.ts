/**
 * UN INDIVIDUAL_DOCUMENT -> typed identifiers. TYPE_OF_DOCUMENT is "Passport" or "National
 * Identification Number" (TYPE_OF_DOCUMENT2 refines it), but NUMBER is free text as often as not:
 * "Libya 428720", "CAR diplomatic passport no. D00000898", "Social Security Number 423-31-3021 (US)",
 * "R00012098, South Sudan", "381110042 (Expired 25 Jan. 2016)". The value is the trailing run of
 * tokens that hold digits (or are short code letters such as "OB" or "TR-P"); what precedes it is a
 * label that may name the issuing country and the document type.
 */
import type { Identifier, IdentifierType } from '../../model/entity.js';
import { clean, makeIdentifier } from '../common/build.js';
import { text, type XmlNode } from '../common/xml.js';
import { countryInLabel, unCountry } from './countries.js';

const TRAILING_BRACKET = /\s*\(([^()]*)\)\s*$/;
const TRAILING_COUNTRY = /,\s*([^,]+)$/;
const CODE_TOKEN = /^[A-Z]{1,3}(?:[-/][A-Z]{1,2})?-?$/;
const NOTE_NUMBER = /\b(?:[Nn]umber|[Nn]o\.?|[Cc]ode|[Cc]ard|SSN)\s*:?\s*([A-Z0-9][A-Z0-9/-]*(?: [A-Z0-9/-]*\d[A-Z0-9/-]*)?)/;
const PASSPORT = /passport|pasaporte|passeport|travel document|reiseausweis|laissez-passer/;
const LEADING_NUMBER = /^(\d[\d\s/-]{3,}\d)\b/;

/** The type a document's words describe, defaulting to the UN TYPE_OF_DOCUMENT. */
export function documentType(words: string, fallback: string | undefined): { type: IdentifierType; scheme?: string } {
  const s = words.toLowerCase();
  if (PASSPORT.test(s)) return { type: 'passport' };
  if (/fiscal code|tax/.test(s)) return { type: 'tax' };
  if (/social security|\bssn\b/.test(s)) return { type: 'national_id', scheme: 'SSN' };
  if (/driv|birth certificate|ration card|voter|student|residen|military|serviceman|certificate of|alien|other id/.test(s)) return { type: 'other' };
  if (/identi|national|civil|tazkira|fardc/.test(s)) return { type: 'national_id' };
  return PASSPORT.test((fallback ?? '').toLowerCase()) ? { type: 'passport' } : { type: 'national_id' };
}

/** Split "Afghan passport number OA296623" into its label and value. */
export function splitNumber(raw: string): { label: string; value: string } {
  const tokens = raw.replace(/(\d)\s+No\.\s+(\d)/g, '$1 $2').split(/\s+/).filter(Boolean);
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1];
    const inValue = i < tokens.length;
    if (/\d/.test(t) || (inValue && CODE_TOKEN.test(t))) i--;
    else break;
  }
  if (i === tokens.length) return { label: '', value: raw };
  return { label: tokens.slice(0, i).join(' '), value: tokens.slice(i).join(' ') };
}

export function documentIdentifier(doc: XmlNode): { id?: Identifier; remark?: string } {
  const type1 = clean(text(doc, 'TYPE_OF_DOCUMENT'));
  const type2 = clean(text(doc, 'TYPE_OF_DOCUMENT2'));
  const note = clean(text(doc, 'NOTE'));
  let number = clean(text(doc, 'NUMBER'));
  const notes: string[] = [];
  let country = unCountry(text(doc, 'ISSUING_COUNTRY')) ?? unCountry(text(doc, 'COUNTRY_OF_ISSUE'));
  if (!number) {
    number = numberFrom(type2) ?? numberFrom(note);
    if (number && note) country ??= countryInLabel(note);
  }
  if (!number) {
    const what = [type1, type2, note].filter(Boolean).join('; ');
    return what ? { remark: `Document: ${what}` } : {};
  }
  const bracket = TRAILING_BRACKET.exec(number);
  if (bracket) {
    number = number.slice(0, bracket.index);
    const c = unCountry(bracket[1]);
    if (c) country ??= c;
    else notes.push(bracket[1]);
  }
  const trailing = TRAILING_COUNTRY.exec(number);
  if (trailing && unCountry(trailing[1])) {
    country ??= unCountry(trailing[1]);
    number = number.slice(0, trailing.index);
  }
  const { label, value } = splitNumber(number.trim());
  if (label) country ??= countryInLabel(label);
  country ??= countryInLabel(type2);
  const { type, scheme } = documentType([type2, label, note].filter(Boolean).join(' '), type1);
  const issued = [text(doc, 'DATE_OF_ISSUE') && `issued ${text(doc, 'DATE_OF_ISSUE')}`, clean(text(doc, 'CITY_OF_ISSUE')) && `in ${clean(text(doc, 'CITY_OF_ISSUE'))}`].filter(Boolean).join(' ');
  const parts = [type2, label, issued, note, ...notes].filter((x): x is string => Boolean(x) && x !== value);
  const noteText = parts.filter((x, i) => !parts.some((y, j) => j !== i && y.includes(x) && (y !== x || j < i))).join('; ');
  return { id: makeIdentifier(type, value, { scheme, country, note: noteText || undefined }) };
}

/** A number buried in TYPE_OF_DOCUMENT2 or NOTE: "... (tazkira) number 545167", "04643632 issued on ...". */
function numberFrom(words: string | undefined): string | undefined {
  if (!words) return undefined;
  const lead = LEADING_NUMBER.exec(words);
  if (lead) return lead[1];
  const m = NOTE_NUMBER.exec(words);
  if (!m || !/\d/.test(m[1])) return undefined;
  const prefix = words.slice(0, m.index).trim();
  return prefix ? `${prefix} ${m[0].replace(/\s*:\s*/, ' ')}`.trim() : m[1];
}
