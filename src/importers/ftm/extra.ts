/**
 * FtM fields with no place of their own in the model: vessel and aircraft particulars go into
 * `craft`; dates, legal form, contact details, topics and provenance into `extra`.
 */
import type { CraftInfo } from '../../model/entity.js';
import { ftmCountry } from './countries.js';
import { prop, type FtmObject } from './parse.js';

const EXTRA_PROPS = [
  'birthCountry', 'deathDate', 'incorporationDate', 'dissolutionDate', 'legalForm', 'status', 'sector', 'kppCode',
  'email', 'phone', 'website', 'topics', 'sourceUrl', 'createdAt', 'modifiedAt',
];

export function extraFields(obj: FtmObject): Record<string, string> {
  const out: Record<string, string> = { schema: obj.schema };
  for (const p of EXTRA_PROPS) {
    const v = prop(obj, p);
    if (v.length) out[p] = v.join('; ');
  }
  if (Array.isArray(obj.datasets) && obj.datasets.length) out.datasets = obj.datasets.join(', ');
  for (const k of ['first_seen', 'last_seen', 'last_change'] as const) {
    if (typeof obj[k] === 'string') out[k] = obj[k] as string;
  }
  if (typeof obj.target === 'boolean') out.target = String(obj.target);
  return out;
}

export function craftInfo(obj: FtmObject): CraftInfo | undefined {
  if (obj.schema !== 'Vessel' && obj.schema !== 'Airplane') return undefined;
  const one = (p: string): string | undefined => prop(obj, p)[0];
  const craft: CraftInfo = {};
  const set = (k: keyof CraftInfo, v: string | undefined): void => {
    if (v) craft[k] = v;
  };
  set('flag', ftmCountry(one('flag')) ?? one('flag'));
  set('type', one('type'));
  set('callSign', one('callSign'));
  set('tonnage', one('tonnage'));
  set('grossRegisteredTonnage', one('grossRegisteredTonnage'));
  set('model', one('model'));
  set('buildYear', one('buildDate')?.slice(0, 4));
  set('owner', one('owner'));
  return Object.keys(craft).length ? craft : undefined;
}
