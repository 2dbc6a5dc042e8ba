/**
 * A list entity in yente's entity shape (EntityResponse): FtM id, caption, schema and properties, the
 * dataset it comes from, its native id as a referent, and the seen/changed times where they are known.
 * /entities nests the designation as a Sanction entity, as yente nests adjacent entities.
 */
import { caption, type Entity } from '../../model/entity.js';
import { datasetName, listInfo } from './datasets.js';
import { entityProperties } from './entity-properties.js';
import { yenteId } from './ids.js';
import { ftmSchemaOf } from './schemata.js';

export interface YenteEntity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, (string | YenteEntity)[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/**
 * `lastSeen`: when the list version holding the entity was imported. First-seen and last-change times
 * need a list's history, which only FtM files carry; elsewhere they are null, not guessed.
 */
export function toYenteEntity(entity: Entity, lastSeen: string | null): YenteEntity {
  const schema = ftmSchemaOf(entity);
  const extra = entity.extra ?? {};
  const fromFtm = entity.source === 'ftm';
  return {
    id: yenteId(entity.id),
    caption: caption(entity),
    schema,
    properties: entityProperties(entity, schema),
    datasets: [datasetName(entity.source)],
    referents: [entity.id],
    target: fromFtm ? extra.target !== 'false' : true,
    first_seen: (fromFtm && extra.first_seen) || null,
    last_seen: (fromFtm && extra.last_seen) || lastSeen,
    last_change: (fromFtm && extra.last_change) || null,
  };
}

/** The designation behind a listed entity, as the Sanction entity yente nests under `sanctions`. */
export function sanctionOf(entity: Entity, lastSeen: string | null): YenteEntity | undefined {
  if (!entity.programs.length && !entity.lists.length && !entity.listedOn) return undefined;
  const authority = listInfo(entity.source).publisher;
  const unscId = entity.identifiers.filter((i) => i.scheme === 'UN-REF').map((i) => i.value);
  const ref = entity.extra?.unReference ?? entity.extra?.referenceNumber;
  if (ref && !unscId.includes(ref)) unscId.push(ref);
  const properties: Record<string, string[]> = {
    authority: [authority],
    program: entity.programs.map((p) => p.raw),
    programId: entity.programs.map((p) => p.key),
    provisions: entity.lists,
    listingDate: entity.listedOn ? [entity.listedOn] : [],
    unscId,
  };
  for (const k of Object.keys(properties)) if (!properties[k].length) delete properties[k];
  return {
    id: `${yenteId(entity.id)}-sanction`,
    caption: properties.program?.[0] ?? authority,
    schema: 'Sanction',
    properties,
    datasets: [datasetName(entity.source)],
    referents: [],
    target: false,
    first_seen: null,
    last_seen: lastSeen,
    last_change: null,
  };
}

/** The entity with its adjacent entities nested, as GET /entities/{id} serves it. */
export function nestedEntity(entity: Entity, lastSeen: string | null): YenteEntity {
  const y = toYenteEntity(entity, lastSeen);
  const sanction = sanctionOf(entity, lastSeen);
  return sanction ? { ...y, properties: { ...y.properties, sanctions: [sanction] } } : y;
}
