/**
 * Maps the rows of one FSF entity (grouped by `Entity_logical_id`) into one model entity. Pure.
 */
import type { Entity, Program, Schema } from '../../model/entity.js';
import { addIdentifier, addUnique, makeIdentifier, makeProgram, clean, newEntity } from '../common/build.js';
import { toIsoDay } from '../../common/dates.js';
import { orgKindOf } from '../eu-oj/org-kind.js';
import type { FsfGroup } from './parse.js';
import { applyAddress, applyBirths, applyNames, countryOf, remarksOf } from './map-parts.js';
import { idTypeOf, splitIdText } from './id-text.js';

export const SOURCE = 'eu-fsf';

/** `P` / `person` and `E` / `enterprise` (v1.0 and v1.1 subject types). */
export function schemaOf(subjectType: string): Schema | undefined {
  if (/^(?:P|person)$/i.test(subjectType)) return 'Person';
  if (/^(?:E|enterprise)$/i.test(subjectType)) return 'Organization';
  return undefined;
}

/** A programme tag with its key in the EU namespace: `ZWE` -> `EU-ZWE`. */
export function euProgram(raw: string): Program | undefined {
  const p = makeProgram(raw);
  if (!p) return undefined;
  return { raw: p.raw, key: p.key.startsWith('EU-') ? p.key : `EU-${p.key}` };
}

export function mapFsfGroup(group: FsfGroup): Entity {
  const { rows } = group;
  const e = newEntity(SOURCE, group.entityId, schemaOf(rows[0].subjectType) ?? 'Organization', rows.map((r) => r.raw));
  applyNames(e, rows.flatMap((r) => (r.name ? [r.name] : [])));
  applyBirths(e, rows.flatMap((r) => (r.birth ? [r.birth] : [])));
  for (const r of rows) if (r.address) applyAddress(e, r.address);
  for (const r of rows) {
    const code = r.citizenship && countryOf(r.citizenship.countryIso2, r.citizenship.country);
    addUnique(e.nationalities, code);
    if (r.identification) addIdentification(e, r);
    const program = r.programme ? euProgram(r.programme) : undefined;
    if (program && !e.programs.some((p) => p.key === program.key)) e.programs.push(program);
    addUnique(e.lists, clean(r.regulation));
  }
  const euRef = rows.find((r) => r.euRef)?.euRef;
  addIdentifier(e, euRef ? makeIdentifier('other', euRef, { scheme: 'EU-REF' }) : undefined);
  const unId = rows.find((r) => r.unId)?.unId;
  addIdentifier(e, unId ? makeIdentifier('other', unId, { scheme: 'UN' }) : undefined);
  e.remarks = remarksOf(rows);
  const listed = listedOn(group);
  if (listed) e.listedOn = listed;
  const kind = orgKindOf(e.schema, '', e.names.map((n) => n.full));
  if (kind) e.orgKind = kind;
  const extra: Record<string, string> = { ...e.extra };
  if (euRef) extra.euReferenceNumber = euRef;
  if (unId) extra.unId = unId;
  const url = rows.find((r) => r.regulationUrl)?.regulationUrl;
  if (url) extra.regulationUrl = url;
  if (Object.keys(extra).length) e.extra = extra;
  return e;
}

function addIdentification(e: Entity, r: NonNullable<FsfGroup['rows'][number]>): void {
  const id = r.identification!;
  const text = id.typeCode || id.typeDescription ? { number: id.number, typeCode: id.typeCode, typeDescription: id.typeDescription, remark: id.remark } : splitIdText(id.number);
  const type = idTypeOf(text.typeCode, text.typeDescription);
  const note = [text.typeDescription, text.remark].filter(Boolean).join('; ');
  const scheme = type === 'other' && text.typeCode && text.typeCode !== 'other' ? text.typeCode.toUpperCase() : undefined;
  addIdentifier(e, makeIdentifier(type, text.number, { scheme, country: countryOf(id.countryIso2, id.country), note }));
}

/**
 * v1.1 gives the designation date. v1.0 does not: there the earliest publication date of the
 * regulations the entity's rows cite stands for it.
 */
function listedOn(group: FsfGroup): string | undefined {
  const designated = group.rows.map((r) => toIsoDay(r.designationDate)).find(Boolean);
  if (designated) return designated;
  const dates = group.rows.map((r) => toIsoDay(r.regulationDate)).filter((d): d is string => !!d).sort();
  return dates[0];
}
