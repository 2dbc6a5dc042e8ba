/**
 * yente's result filters applied to list entities: the query type, exclude_schema, topics,
 * changed_since, excluded ids, and search's countries, datasets and target filters.
 */
import type { Entity } from '../../model/entity.js';
import { datasetName } from './datasets.js';
import { yenteId } from './ids.js';
import { ftmSchemaOf, isA, type FtmSchema } from './schemata.js';
import { topicsOf } from './topics.js';
import { countryCode, ftmCountry } from './values.js';

export interface ResultFilter {
  schema: FtmSchema;
  excludeSchema?: readonly string[];
  topics?: readonly string[];
  changedSince?: string;
  excludeIds?: readonly string[];
  countries?: readonly string[];
  datasets?: readonly string[];
  target?: boolean;
}

/** Whether a filter can drop results the engine ranked: then more candidates are asked for. */
export function narrows(f: ResultFilter): boolean {
  return f.schema.ours.length < 4 || !!(f.excludeSchema?.length || f.topics?.length || f.changedSince || f.excludeIds?.length
    || f.countries?.length || f.datasets?.length || f.target !== undefined);
}

function countriesOf(entity: Entity): string[] {
  const isos = [...entity.countries, ...entity.nationalities, ...(entity.craft?.flag ? [entity.craft.flag] : [])];
  return isos.map((c) => countryCode(c)).filter((c): c is string => !!c).map(ftmCountry);
}

export function keep(entity: Entity, f: ResultFilter): boolean {
  if (!f.schema.ours.includes(entity.schema)) return false;
  const schema = ftmSchemaOf(entity);
  if (f.excludeSchema?.some((s) => isA(schema, s))) return false;
  if (f.topics?.length && !topicsOf(entity).some((t) => f.topics!.includes(t))) return false;
  // Only FtM files say when an entity last changed; an entity with no such date is kept, never hidden.
  const changed = entity.extra?.last_change;
  if (f.changedSince && changed && changed < f.changedSince) return false;
  if (f.excludeIds?.length && (f.excludeIds.includes(entity.id) || f.excludeIds.includes(yenteId(entity.id)))) return false;
  if (f.countries?.length) {
    const wanted = f.countries.map((c) => c.toLowerCase());
    if (!countriesOf(entity).some((c) => wanted.includes(c))) return false;
  }
  if (f.datasets?.length && !f.datasets.includes(datasetName(entity.source))) return false;
  if (f.target !== undefined) {
    const target = entity.source === 'ftm' ? entity.extra?.target !== 'false' : true;
    if (target !== f.target) return false;
  }
  return true;
}
