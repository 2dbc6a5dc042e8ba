/**
 * Search facets in yente's shape ({label, values: [{name, label, count}]}), counted over the results
 * the search kept (Chokepoint ranks candidates of a name; it has no index-wide aggregation).
 */
import { countryName } from '../../common/countries.js';
import { datasetTitle } from './datasets.js';
import type { YenteEntity } from './entity.js';
import type { Facet } from './params.js';
import { propertyOf, type PropType } from './properties.js';
import { ftmSchema } from './schemata.js';
import { TOPIC_LABELS } from './topics.js';
import { countryCode } from './values.js';

export interface SearchFacet {
  label: string;
  values: { name: string; label: string; count: number }[];
}

const LABELS: Readonly<Record<Facet, string>> = {
  datasets: 'Data sources', schema: 'Entity types', countries: 'Countries', names: 'Names',
  identifiers: 'Identifiers', topics: 'Topics', genders: 'Genders',
};

function valuesOfType(e: YenteEntity, type: PropType): string[] {
  return Object.entries(e.properties)
    .filter(([name]) => propertyOf(e.schema, name)?.type === type)
    .flatMap(([, values]) => values.filter((v): v is string => typeof v === 'string'));
}

function facetValues(e: YenteEntity, facet: Facet): string[] {
  switch (facet) {
    case 'datasets':
      return e.datasets;
    case 'schema':
      return [e.schema];
    case 'countries':
      return valuesOfType(e, 'country');
    case 'names':
      return valuesOfType(e, 'name');
    case 'identifiers':
      return valuesOfType(e, 'identifier');
    case 'topics':
      return valuesOfType(e, 'topic');
    case 'genders':
      return valuesOfType(e, 'gender');
  }
}

function valueLabel(facet: Facet, value: string, served: readonly string[]): string {
  switch (facet) {
    case 'datasets':
      return datasetTitle(value, served);
    case 'schema':
      return ftmSchema(value)?.plural ?? value;
    case 'countries': {
      const iso = countryCode(value);
      return iso ? countryName(iso) : value;
    }
    case 'topics':
      return TOPIC_LABELS[value] ?? value;
    default:
      return value;
  }
}

export function buildFacets(entities: readonly YenteEntity[], facets: readonly Facet[], served: readonly string[]): Record<string, SearchFacet> {
  const out: Record<string, SearchFacet> = {};
  for (const facet of new Set(facets)) {
    const counts = new Map<string, number>();
    for (const e of entities) for (const v of new Set(facetValues(e, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([name, count]) => ({ name, label: valueLabel(facet, name, served), count }));
    out[facet] = { label: LABELS[facet], values };
  }
  return out;
}
