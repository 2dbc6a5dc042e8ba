/**
 * Fold the records that point at a thing into its entity: Sanction -> programmes, lists (the
 * authority), listing date, remarks; Ownership -> owned_by / subsidiary_of on the asset; Family,
 * Associate, UnknownLink, Employment, Membership, Representation -> links both ways; Directorship ->
 * director_of on the director; Occupancy -> the post as a title; Passport, Identification,
 * CryptoWallet -> identifiers of the holder.
 */
import type { Entity, LinkType } from '../../model/entity.js';
import { toIsoDay } from '../../common/dates.js';
import { addIdentifier, addProgram, addUnique, clean, makeIdentifier } from '../common/build.js';
import type { FtmIndex } from './collect.js';
import { ftmCountry } from './countries.js';
import { identifierFromDocument } from './identifiers.js';
import { prop, type FtmObject } from './parse.js';

const SECONDARY = /secondary sanctions/i;
const PROGRAM_TAG = /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*$/;

/** [schema, property naming this side, property naming the other side, link type]. */
const LINKS: [string, string, string, LinkType][] = [
  ['Ownership', 'asset', 'owner', 'owned_by'],
  ['Family', 'person', 'relative', 'family_of'],
  ['Family', 'relative', 'person', 'family_of'],
  ['Associate', 'person', 'associate', 'associate_of'],
  ['Associate', 'associate', 'person', 'associate_of'],
  ['Directorship', 'director', 'organization', 'director_of'],
  ['UnknownLink', 'subject', 'object', 'linked_to'],
  ['UnknownLink', 'object', 'subject', 'linked_to'],
  ['Employment', 'employee', 'employer', 'linked_to'],
  ['Membership', 'member', 'organization', 'linked_to'],
  ['Representation', 'agent', 'client', 'linked_to'],
  ['Representation', 'client', 'agent', 'linked_to'],
];

export function foldRelated(entity: Entity, ftmId: string, related: readonly FtmObject[], index: FtmIndex): void {
  for (const rec of related) {
    if (rec.schema === 'Sanction') foldSanction(entity, rec);
    else if (rec.schema === 'Passport' || rec.schema === 'Identification') addIdentifier(entity, identifierFromDocument(rec, ftmCountry));
    else if (rec.schema === 'CryptoWallet') {
      for (const key of prop(rec, 'publicKey')) addIdentifier(entity, makeIdentifier('other', key, { scheme: `crypto:${prop(rec, 'currency')[0] ?? 'unknown'}` }));
    } else if (rec.schema === 'Occupancy') {
      for (const post of prop(rec, 'post')) addUnique(entity.titles, index.captions.get(post));
    }
    for (const [schema, self, other, type] of LINKS) {
      if (rec.schema !== schema || !prop(rec, self).includes(ftmId)) continue;
      const linkType = type === 'owned_by' && /subsidiar/i.test(prop(rec, 'role').join(' ')) ? 'subsidiary_of' : type;
      for (const target of prop(rec, other)) addLink(entity, linkType, target, index);
    }
  }
}

function addLink(entity: Entity, type: LinkType, ftmTarget: string, index: FtmIndex): void {
  const targetId = `ftm:${ftmTarget}`;
  if (targetId === entity.id || entity.links.some((l) => l.type === type && l.targetId === targetId)) return;
  entity.links.push({ type, targetName: index.captions.get(ftmTarget) ?? ftmTarget, targetId });
}

function foldSanction(entity: Entity, s: FtmObject): void {
  const ids = prop(s, 'programId');
  for (const id of ids) addProgram(entity, id);
  for (const p of prop(s, 'program')) {
    // Programme tags ("RUSSIA-EO14024", "UKR") are programmes; titles ("364/2023", "Autonomous
    // (Russia)", "Ordinance of 4 March 2022 ...") name the list the designation sits on.
    if (PROGRAM_TAG.test(p)) addProgram(entity, p);
    else addUnique(entity.lists, clean(p));
  }
  addUnique(entity.lists, ...prop(s, 'authority').map(clean));
  for (const d of [...prop(s, 'listingDate'), ...prop(s, 'startDate')]) {
    const day = toIsoDay(d);
    if (day && (!entity.listedOn || day < entity.listedOn)) entity.listedOn = day;
  }
  addUnique(entity.remarks, ...prop(s, 'reason').map(clean), ...prop(s, 'summary').map(clean));
  if ([...prop(s, 'summary'), ...prop(s, 'reason')].some((t) => SECONDARY.test(t))) entity.secondarySanctions = true;
}
