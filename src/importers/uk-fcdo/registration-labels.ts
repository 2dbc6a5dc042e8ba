/**
 * The labels the UK Sanctions List puts before (or, bracketed, after) the numbers in its "Business
 * registration number(s)" field, and what each says the number is. Built into one regular
 * expression once, when the module loads.
 */
import type { IdentifierType } from '../../model/entity.js';

export interface LabelDef {
  type: IdentifierType;
  scheme?: string;
  /** A short acronym that only counts in capitals ("CR", "BR", "TIN"), not inside prose. */
  upper?: boolean;
  /** A state registration number: OGRN when it has the OGRN's 13 (or OGRNIP's 15) digits. */
  srn?: boolean;
}

const reg = (scheme?: string): LabelDef => ({ type: 'registration', scheme });

export const LABELS: Record<string, LabelDef> = {
  'УНН/ИНН': { type: 'tax', scheme: 'INN' },
  'ИНН': { type: 'tax', scheme: 'INN' },
  'INN/TIN': { type: 'tax', scheme: 'INN' },
  'Tax ID Number/INN': { type: 'tax', scheme: 'INN' },
  'INN number': { type: 'tax', scheme: 'INN' },
  'INN': { type: 'tax', scheme: 'INN', upper: true },
  'KPP': { type: 'tax', scheme: 'KPP', upper: true },
  'PPC': { type: 'tax', scheme: 'KPP', upper: true },
  'TIN (Taxpayer Identification Number)': { type: 'tax' },
  'Taxpayer Identification Number': { type: 'tax' },
  'Tax Identification Number': { type: 'tax' },
  'Tax ID Number': { type: 'tax' },
  'Tax ID No.': { type: 'tax' },
  'Tax ID': { type: 'tax' },
  'Taxpayer ID': { type: 'tax' },
  'Tax Identifier': { type: 'tax' },
  'Tax number': { type: 'tax' },
  'TIN number': { type: 'tax' },
  'TIN': { type: 'tax', upper: true },
  'VAT Tax Number': { type: 'tax', scheme: 'VAT' },
  'VAT number': { type: 'tax', scheme: 'VAT' },
  'NIP': { type: 'tax', scheme: 'NIP', upper: true },
  'PAN': { type: 'tax', scheme: 'PAN', upper: true },
  'Registration Number/OGRN': reg('OGRN'),
  'BIN/OGRN': reg('OGRN'),
  'OGRN': { type: 'registration', scheme: 'OGRN', upper: true },
  'SRN (State registration number)': { type: 'registration', srn: true },
  'State Registration Number': { type: 'registration', srn: true },
  'SRN': { type: 'registration', srn: true, upper: true },
  'Business Identification Number': reg('BIN'),
  'BIN': { type: 'registration', scheme: 'BIN', upper: true },
  'OKPO': { type: 'registration', scheme: 'OKPO', upper: true },
  'OKTMO': { type: 'other', scheme: 'OKTMO', upper: true },
  'Government Gazette Number': reg('GOVERNMENT GAZETTE NUMBER'),
  'Unified Social Credit Code': reg('UNIFIED SOCIAL CREDIT CODE'),
  'USCC': { type: 'registration', scheme: 'UNIFIED SOCIAL CREDIT CODE', upper: true },
  'Organisation code': reg('ORGANISATION CODE'),
  'Legal Entity Identifier': { type: 'lei' },
  'Legal Entity Number': { type: 'lei' },
  'LEI': { type: 'lei', upper: true },
  'SWIFT/BIC': { type: 'swift_bic' },
  'SWIFT/ BIC': { type: 'swift_bic' },
  'SWIFT/BIN': { type: 'swift_bic' },
  'SWIFT CODE': { type: 'swift_bic' },
  'SWIFT': { type: 'swift_bic', upper: true },
  'BIC': { type: 'swift_bic', upper: true },
  'Russian Bank Identification Code': { type: 'other', scheme: 'BIK' },
  'BIK (RU)': { type: 'other', scheme: 'BIK' },
  'BIK number': { type: 'other', scheme: 'BIK' },
  'BIK': { type: 'other', scheme: 'BIK', upper: true },
  'Commercial register number (Trade register number)': reg(),
  'Commercial Registration Number': reg(),
  'Commercial register number': reg(),
  'Company Registration Number': reg(),
  'Business Registration Number': reg(),
  'Business register number': reg(),
  'Business registry number': reg(),
  'Registration Number': reg(),
  'Registration No.': reg(),
  'Trade Register Number': reg(),
  'Trade Registry': reg(),
  'Company House number': reg(),
  'Company Number': reg(),
  'Company no.': reg(),
  'CR Number': { type: 'registration', scheme: 'CR' },
  'CR No.': { type: 'registration', scheme: 'CR' },
  'CRN': { type: 'registration', scheme: 'CR', upper: true },
  'CR': { type: 'registration', scheme: 'CR', upper: true },
  'BR No.': { type: 'registration', scheme: 'BR' },
  'BRN': { type: 'registration', scheme: 'BR', upper: true },
  'BR': { type: 'registration', scheme: 'BR', upper: true },
  'National ID Number': reg('NATIONAL ID'),
  'UID Number': reg('UID'),
  'CH-ID': { type: 'registration', scheme: 'CH-ID', upper: true },
  'UEN ID': { type: 'registration', scheme: 'UEN' },
  'CIN': { type: 'registration', scheme: 'CIN', upper: true },
  'LLPIN Number': reg('LLPIN'),
  'USREOU code': reg('USREOU'),
  'Registered Russian Bank No.': { type: 'other', scheme: 'LICENCE' },
  'Central Bank Licence': { type: 'other', scheme: 'LICENCE' },
  'License number': { type: 'other', scheme: 'LICENCE' },
  'License No.': { type: 'other', scheme: 'LICENCE' },
  'Licence No.': { type: 'other', scheme: 'LICENCE' },
  'BvD ID number': { type: 'other', scheme: 'BVD' },
  'BvD account number': { type: 'other', scheme: 'BVD' },
  'BvD number': { type: 'other', scheme: 'BVD' },
  'BvD ID': { type: 'other', scheme: 'BVD' },
  'Acuris Unique ID': { type: 'other', scheme: 'ACURIS' },
  'Cedar Rose number (IP identification)': { type: 'other', scheme: 'IP IDENTIFICATION' },
  'IP Identification': { type: 'other', scheme: 'IP IDENTIFICATION' },
  'OFAC UID Number': { type: 'other', scheme: 'OFAC-UID' },
  'ISN Number': { type: 'other', scheme: 'ISIN' },
  'SPARK code': { type: 'other', scheme: 'SPARK' },
};

/** Country words that may precede a label ("Russia INN", "Kyrgyzstan OKPO", "Thai business register number"). */
const COUNTRY_WORDS = [
  'Russia', 'Russian', 'Kyrgyzstan', 'Kazakhstan', 'Iran', 'India', 'Germany', 'Switzerland', 'Thailand', 'Thai',
  'Turkey', 'Turkish', 'Belarusian', 'China', 'UK', 'USA',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s*');
const NAMES = Object.keys(LABELS).sort((a, b) => b.length - a.length);

/** Group 1: the country word; group 2 + i: label NAMES[i]. */
export const LABEL_RE = new RegExp(
  `(?<![\\p{L}])(?:(${COUNTRY_WORDS.join('|')})\\s+)?(?:${NAMES.map((n) => `(${escape(n)})`).join('|')})(?![\\p{L}])`,
  'giu',
);

/** The label a LABEL_RE match found, or undefined when an all-capitals label was written in lower case. */
export function matchedLabel(m: RegExpMatchArray): LabelDef | undefined {
  for (let i = 0; i < NAMES.length; i++) {
    const text = m[i + 2];
    if (text === undefined) continue;
    const def = LABELS[NAMES[i]];
    return def.upper && text !== text.toUpperCase() ? undefined : def;
  }
  return undefined;
}
