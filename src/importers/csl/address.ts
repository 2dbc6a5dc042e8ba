/**
 * CSL addresses: one field per address, "street, city, region, postal code, CC" with the empty parts
 * left out, so only the ends can be read reliably: the ISO country code last (or a country name), a
 * postal code before it, and the city before that. US addresses often omit the country ("RICHARDSON,
 * TX, 75081"): a state code followed by a ZIP gives country US.
 */
import type { Address } from '../../model/entity.js';
import { clean } from '../common/build.js';
import { countryOf } from './country.js';
import { isUsState, isUsZip } from './us-states.js';

const NOT_POSTAL = /^(?:room|rm|suite|unit|floor|fl|no|apt|box|bldg|building|office|flat|block|house|km|dom|d)\b/i;

/** A postal code: at least two digits, few letters, at most one space ("115035", "M2M 3Z9", "N-1630"). */
function isPostal(text: string): boolean {
  if (text.length > 10 || NOT_POSTAL.test(text) || (text.match(/ /g) ?? []).length > 1) return false;
  const digits = (text.match(/\d/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return digits >= 2 && letters <= 4 && /^[\p{L}\d -]+$/u.test(text);
}

/** Parse one address of the CSL `addresses` column. */
export function parseCslAddress(text: string): Address | undefined {
  const full = clean(text.replace(/^\s*and\s+/i, ''));
  if (!full) return undefined;
  const parts = full.split(/\s*,\s*/).filter(Boolean);
  const addr: Address = { full };
  const last = parts[parts.length - 1];
  const country = countryOf(last);
  if (country) {
    addr.country = country;
    parts.pop();
    // "Yerevan, Armenia, AM": the country name printed before its code
    if (parts.length && countryOf(parts[parts.length - 1]) === country) parts.pop();
  }
  const [prev, tail] = [parts[parts.length - 2], parts[parts.length - 1]];
  if (parts.length >= 2 && isUsZip(tail) && isUsState(prev) && (!addr.country || addr.country === 'US')) {
    addr.postalCode = parts.pop();
    addr.region = parts.pop();
    addr.country = 'US';
    if (parts.length >= 2) addr.city = parts.pop();
  } else if (parts.length >= 2 && isPostal(tail)) {
    addr.postalCode = parts.pop();
  }
  const cityCandidate = parts[parts.length - 1];
  if (!addr.city && cityCandidate && !/\d/.test(cityCandidate) && (parts.length >= 2 || cityCandidate.split(' ').length <= 3)) {
    addr.city = parts.pop();
  }
  if (parts.length) addr.street = parts.join(', ');
  return addr;
}

/** Every address of the `addresses` column (separated by "; "). */
export function parseCslAddresses(text: string | undefined): Address[] {
  if (!text) return [];
  return text.split(/\s*;\s*/).map(parseCslAddress).filter((a): a is Address => !!a);
}
