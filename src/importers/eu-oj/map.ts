/**
 * Maps EU OJ annex rows into model entities. One row is one designation in one legal context
 * (framework act + annex); rows with the same id within a file are merged into one entity. Pure.
 */
import type { Entity, Schema } from '../../model/entity.js';
import { addIdentifier, addName, addProgram, addUnique, clean, newEntity } from '../common/build.js';
import { findCountries } from '../../common/countries.js';
import { toIsoDay } from '../../common/dates.js';
import { birthDatesOf } from './birth-dates.js';
import type { OjRow } from './parse.js';
import { celexTitle, ojSourceId } from './celex.js';
import { countryCodes, countryCodesOf } from './country-values.js';
import { ID_COLUMNS, identifiersOf } from './identifiers.js';
import { orgKindOf } from './org-kind.js';
import { splitAll, splitValues } from './values.js';

export const SOURCE = 'eu-oj';

const SCHEMAS: Record<string, Schema> = {
  Person: 'Person', LegalEntity: 'Organization', Organization: 'Organization', Company: 'Organization',
  Asset: 'Organization', Vessel: 'Vessel',
};

/** Free-text columns shown as they are, under `extra`. */
const EXTRA_COLUMNS = [
  'incorporationDate', 'legalForm', 'sector', 'appearance', 'ethnicity', 'fatherName', 'motherName', 'phone', 'email', 'website',
] as const;

/** Printed placeholders for an unknown place. */
const UNKNOWN = /^(?:N\/?D|N\/?A|unknown|-)$/i;

/** A new entity from one row. */
export function mapOjRow(row: OjRow): Entity {
  const entity = newEntity(SOURCE, ojSourceId(row), SCHEMAS[row.schema] ?? 'Organization', row);
  applyRow(entity, row);
  return entity;
}

/** Add a further row of the same record (same CELEX, annex and entry) to its entity. */
export function mergeOjRow(entity: Entity, row: OjRow): void {
  entity.raw = Array.isArray(entity.raw) ? [...entity.raw, row] : [entity.raw, row];
  applyRow(entity, row);
}

function applyRow(e: Entity, row: OjRow): void {
  addName(e, row.name, 'primary');
  for (const a of splitValues(row.alias)) addName(e, a, 'strong_alias');
  for (const a of splitValues(row.weakAlias)) addName(e, a, 'weak_alias');
  for (const a of splitValues(row.previousName)) addName(e, a, 'former');

  if (e.schema === 'Person') {
    const g = row.gender.toLowerCase();
    if (g.startsWith('f')) e.gender = 'female';
    else if (g.startsWith('m')) e.gender = 'male';
  }
  for (const d of splitAll(row.birthDate).flatMap(birthDatesOf)) if (!e.birthDates.some((x) => x.value === d.value)) e.birthDates.push(d);
  addUnique(e.birthPlaces, ...splitAll(row.birthPlace).filter((p) => !UNKNOWN.test(p)));
  addUnique(e.nationalities, ...countryCodes(row.nationality));
  addUnique(e.countries, ...countryCodes(row.country), ...countryCodes(row.jurisdiction));
  const flags = countryCodes(row.flag);
  if (e.schema === 'Vessel' && (flags.length || row.flag)) e.craft = { ...e.craft, flag: flags[0] ?? row.flag };
  addUnique(e.countries, ...flags);
  for (const full of splitAll(row.address)) {
    if (UNKNOWN.test(full)) continue;
    const found = findCountries(full);
    const country = found[found.length - 1] ?? countryCodesOf(full)[0];
    if (!e.addresses.some((a) => a.full === full)) e.addresses.push(country ? { full, country } : { full });
    addUnique(e.countries, country);
  }
  for (const column of Object.keys(ID_COLUMNS)) for (const id of identifiersOf(column, row[column as keyof OjRow])) addIdentifier(e, id);

  addProgram(e, row.programKey);
  const annex = row.annex ? `, Annex ${row.annex}` : '';
  addUnique(e.lists, `${celexTitle(row.celex)}${annex}${row.measure ? ` (${row.measure})` : ''}`);
  addUnique(e.titles, ...splitValues(row.position));
  const listed = toIsoDay(row.startDate);
  if (listed && (!e.listedOn || listed < e.listedOn)) e.listedOn = listed;
  addUnique(e.remarks, clean(row.reason), ...splitValues(row.notes));

  const kind = orgKindOf(e.schema, row.schema, [row.name, row.legalForm, row.sector]);
  if (kind && (!e.orgKind || kind === 'bank')) e.orgKind = kind;
  e.extra = { ...e.extra, ...contextOf(row) };
  for (const c of EXTRA_COLUMNS) if (row[c]) e.extra[c] = joinNew(e.extra[c], splitValues(row[c]));
}

function contextOf(row: OjRow): Record<string, string> {
  const out: Record<string, string> = { celex: row.celex, schema: row.schema };
  if (row.annex) out.annex = row.annex;
  if (row.recordId) out.recordId = row.recordId;
  if (row.measure) out.measure = row.measure;
  if (row.startDate) out.startDate = row.startDate;
  return out;
}

function joinNew(existing: string | undefined, values: string[]): string {
  const all = existing ? existing.split('; ') : [];
  addUnique(all, ...values);
  return all.join('; ');
}
