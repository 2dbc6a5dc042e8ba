/**
 * OFAC's spellings of countries -> ISO 3166 alpha-2. OFAC writes "Region: Gaza", "Bahamas, The",
 * "Man, Isle of" and "Cote d Ivoire", which the shared table does not know. Pure.
 */
import { toCountryCode } from '../../common/countries.js';

const OFAC_COUNTRIES: Record<string, string> = {
  'bahamas, the': 'BS',
  'cote d ivoire': 'CI',
  'man, isle of': 'IM',
  'north macedonia, the republic of': 'MK',
  'st. kitts & nevis': 'KN',
  'saint kitts & nevis': 'KN',
  'palestinian authority': 'PS',
  gaza: 'PS',
  'west bank': 'PS',
  'northern mali': 'ML',
  'cabo verde. previously cape verde.': 'CV',
};

const REGION_PREFIX = /^region:\s*/i;
const SPACES = /\s+/g;

/** ISO code of an OFAC country name, or undefined ("undetermined", "Region: Kafia Kingi", not a country). */
export function ofacCountry(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const name = text.replace(SPACES, ' ').trim().replace(REGION_PREFIX, '');
  if (!name) return undefined;
  return toCountryCode(name) ?? OFAC_COUNTRIES[name.toLowerCase()];
}
