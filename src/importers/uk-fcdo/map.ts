/**
 * One subject of the derived UK Sanctions List set, with its rows from the side tables -> one
 * Entity. Pure. The regime is the unique_id's letter prefix (RUS0001 -> RUS), the FCDO's own code.
 */
import type { Entity, Schema } from '../../model/entity.js';
import { addUnique, clean, makeIdentifier, newEntity } from '../common/build.js';
import { dedupeDates, toIsoDay } from '../../common/dates.js';
import { malformed } from '../../errors.js';
import { mergeIdentifier } from '../uk-ofsi/merge.js';
import { isBankName } from '../uk-ofsi/text.js';
import { addCountry, birthDate } from './facts.js';
import { rowIdentifiers } from './identifiers.js';
import { addNames } from './names.js';
import type { FcdoRecord, SideRole, SideRow } from './parse.js';

export const FCDO_SOURCE = 'uk-fcdo';

const SCHEMAS: Record<string, Schema> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

export interface FcdoSubject {
  uniqueId: string;
  record: FcdoRecord;
  line: number;
  side: Record<SideRole, SideRow[]>;
}

/** Where each table of the set is, for error messages. */
export type FcdoFiles = Record<'subjects' | SideRole, string>;

export function mapFcdoSubject(subject: FcdoSubject, files: FcdoFiles): Entity {
  const { uniqueId, record: r, side } = subject;
  const schema = SCHEMAS[clean(r.subject_type)?.toLowerCase() ?? ''];
  if (!schema) throw malformed(`unknown subject_type '${r.subject_type ?? ''}'`, { file: files.subjects, line: subject.line, field: 'subject_type' });
  const raw = { subject: r, ...Object.fromEntries(Object.entries(side).map(([k, rows]) => [k, rows.map((x) => x.record)])) };
  const e = newEntity(FCDO_SOURCE, uniqueId, schema, raw);
  addNames(e, side.names, files.names);
  if (!e.names.length) throw malformed(`subject ${uniqueId} has no name in ${files.names}`, { file: files.subjects, line: subject.line, field: 'unique_id' });
  e.birthDates = dedupeDates(side.dobs.map((row) => birthDate(row, files.dobs)));
  const unresolved: string[] = [];
  for (const row of side.countries) addUnique(unresolved, addCountry(e, row, files.countries));
  for (const row of side.identifiers) for (const id of rowIdentifiers(row, files.identifiers)) mergeIdentifier(e, id);
  const regime = /^[A-Z]+/.exec(uniqueId)?.[0];
  if (regime) {
    e.programs.push({ raw: regime, key: `UK-${regime}` });
    e.lists.push(regime);
  }
  const extra: Record<string, string> = {};
  const unRef = clean(r.un_reference_number);
  if (unRef) {
    mergeIdentifier(e, makeIdentifier('other', unRef, { scheme: 'UN-REF' }));
    extra.unReference = unRef;
  }
  const groupId = clean(r.ofsi_group_id);
  if (groupId) extra.ofsiGroupId = groupId;
  const listedOn = toIsoDay(r.date_designated);
  if (listedOn) e.listedOn = listedOn;
  const lastUpdated = toIsoDay(r.last_updated);
  if (lastUpdated) extra.lastUpdated = lastUpdated;
  if (unresolved.length) extra.unresolvedCountries = unresolved.join('; ');
  if (Object.keys(extra).length) e.extra = extra;
  if (schema === 'Organization' && e.names.some((n) => n.kind !== 'weak_alias' && isBankName(n.full))) e.orgKind = 'bank';
  return e;
}
