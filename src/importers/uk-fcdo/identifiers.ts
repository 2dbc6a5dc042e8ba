/**
 * subject_identifiers.csv rows -> typed identifiers. identifier_type says which column of the FCDO
 * list the number came from (passport, national identifier, business registration numbers, IMO);
 * additional_info, the publisher's note, refines the type ("Russia INN" makes a national identifier
 * a tax number) and often names the issuing country ("Afghanistan diplomatic passport ...").
 */
import type { Identifier } from '../../model/entity.js';
import { clean, makeIdentifier } from '../common/build.js';
import { malformed } from '../../errors.js';
import { leadingCountry } from '../uk-ofsi/text.js';
import { parseRegistrations } from './registration.js';
import type { SideRow } from './parse.js';

const INN = /\bINN\b|ИНН/;
const TAX = /\b(?:tax|TIN|taxpayer)\b/i;
const RUSSIAN = /\brussia/i;

/** The printed value without Excel's leading text-marker apostrophe and stray spaces. */
function printed(raw: string | undefined): string {
  return (raw ?? '').replace(/^\s*'/, '').trim();
}

function nationalIdentifier(value: string, info: string | undefined): Identifier | undefined {
  const country = leadingCountry(info)?.code;
  if (info && INN.test(info)) return makeIdentifier('tax', value, { scheme: 'INN', country, note: info });
  if (info && TAX.test(info)) {
    const scheme = RUSSIAN.test(info) ? 'INN' : undefined;
    return makeIdentifier('tax', value, { scheme, country, note: info });
  }
  return makeIdentifier('national_id', value, { country, note: info });
}

/** The identifiers of one row; throws on an identifier_type this mapping does not know. */
export function rowIdentifiers(row: SideRow, file: string): Identifier[] {
  const r = row.record;
  const info = clean(r.additional_info);
  const value = printed(r.raw_value);
  if (!value) return [];
  switch (r.identifier_type) {
    case 'passport': {
      const id = makeIdentifier('passport', value, { country: leadingCountry(info)?.code, note: info });
      return id ? [id] : [];
    }
    case 'national': {
      const id = nationalIdentifier(value, info);
      return id ? [id] : [];
    }
    case 'business_registration_numbers':
      return parseRegistrations(value);
    case 'imo': {
      const id = makeIdentifier('imo', value.replace(/^IMO\s*:?\s*/i, ''), { note: info });
      return id ? [id] : [];
    }
    default:
      throw malformed(`unknown identifier_type '${r.identifier_type ?? ''}'`, { file, line: row.line, field: 'identifier_type' });
  }
}
