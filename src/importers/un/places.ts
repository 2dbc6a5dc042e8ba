/**
 * UN INDIVIDUAL_ADDRESS / ENTITY_ADDRESS -> addresses with an ISO country. A NOTE on an address
 * ("as of June 2016", "in prison") is not part of the address: it is returned for the remarks.
 */
import type { Address } from '../../model/entity.js';
import { clean } from '../common/build.js';
import { text, type XmlNode } from '../common/xml.js';
import { unCountry } from './countries.js';

export function unAddress(node: XmlNode): { address?: Address; remark?: string } {
  const street = clean(text(node, 'STREET'));
  const city = clean(text(node, 'CITY'));
  const region = clean(text(node, 'STATE_PROVINCE'));
  const postalCode = clean(text(node, 'ZIP_CODE'));
  const countryName = clean(text(node, 'COUNTRY'));
  const note = clean(text(node, 'NOTE'));
  const parts: string[] = [];
  for (const p of [street, city, region, postalCode, countryName]) if (p && !parts.includes(p)) parts.push(p);
  if (!parts.length) return note ? { remark: `Address: ${note}` } : {};
  const address: Address = { full: parts.join(', ') };
  if (street) address.street = street;
  if (city) address.city = city;
  if (region) address.region = region;
  if (postalCode) address.postalCode = postalCode;
  const country = unCountry(countryName);
  if (country) address.country = country;
  return { address, remark: note ? `Address ${address.full}: ${note}` : undefined };
}
