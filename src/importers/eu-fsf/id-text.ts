/**
 * FSF identification numbers. v1.0 prints the type and the remark after the number
 * (`AD001095 (passport-National passport) ((passport))`, `33301/862 (other-Other identification number)
 * (issued: 17 october 1997 expires: 1 october 2005)`); v1.1 has them in their own columns. Pure.
 */
import type { IdentifierType } from '../../model/entity.js';

export interface IdText {
  number: string;
  typeCode?: string;
  typeDescription?: string;
  remark?: string;
}

const V10_NUMBER = /^(.*?)\s*\(([A-Za-z]+)-([^()]*)\)\s*(.*)$/;

/** Split a v1.0 identification cell into number, type and remark; other text comes back as the number. */
export function splitIdText(text: string): IdText {
  const m = V10_NUMBER.exec(text.trim());
  if (!m || !m[1]) return { number: text.trim() };
  const remark = m[4].replace(/^\((.*)\)$/, '$1').trim();
  const out: IdText = { number: m[1].trim(), typeCode: m[2], typeDescription: m[3].trim() };
  if (remark) out.remark = remark;
  return out;
}

const TYPES: [RegExp, IdentifierType][] = [
  [/passport|travel/i, 'passport'],
  [/^id$|identi(?:ty|fication) card|national id|\bssn\b|social security/i, 'national_id'],
  [/swift|\bbic\b/i, 'swift_bic'],
  [/\bimo\b/i, 'imo'],
  [/regnumber|registration|\bogrn\b/i, 'registration'],
  [/tax|fiscal|\binn\b|\btin\b/i, 'tax'],
];

/** The model type for an FSF type code and description (`passport`, `id`, `regnumber`, `other`, ...). */
export function idTypeOf(code: string | undefined, description: string | undefined): IdentifierType {
  for (const [re, type] of TYPES) if ((code && re.test(code)) || (description && re.test(description))) return type;
  return 'other';
}
