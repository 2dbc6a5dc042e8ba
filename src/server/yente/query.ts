/**
 * A yente query entity (EntityExample) -> what Chokepoint screens: the names to screen and the facts
 * that adjust the score, plus the cleaned query yente echoes back. As in yente, properties the schema
 * does not have are dropped, values FtM would reject are dropped, and name parts make a full name.
 */
import type { ScreeningQuery } from '../../matching/types.js';
import { badRequest } from './errors.js';
import type { EntityExample } from './params.js';
import { propertyOf, type PropType } from './properties.js';
import { ftmSchema, screeningSchema, type FtmSchema } from './schemata.js';
import { cleanValue, countryCode, rawValues } from './values.js';

/** Each name of a query is one screening: a query naming more than this is refused, not cut short. */
export const MAX_NAMES = 50;

const NAME_PROPS = ['name', 'alias', 'previousName'];
const PART_PROPS = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'];

export interface EchoedExample {
  id: string | null;
  schema: string;
  properties: Record<string, string[]>;
}

export interface ParsedExample {
  schema: FtmSchema;
  /** Distinct names to screen, each on its own. */
  names: string[];
  /** Everything of the screening query but the name. */
  facts: Omit<ScreeningQuery, 'name'>;
  echo: EchoedExample;
}

function cleanProperties(schema: string, properties: EntityExample['properties']): { props: Record<string, string[]>; types: Map<string, PropType> } {
  const props: Record<string, string[]> = {};
  const types = new Map<string, PropType>();
  for (const [name, value] of Object.entries(properties)) {
    const prop = propertyOf(schema, name);
    if (!prop) continue;
    const values = [...new Set(rawValues(value).map((v) => cleanValue(prop.type, v)).filter((v): v is string => !!v))];
    if (!values.length) continue;
    props[name] = values;
    types.set(name, prop.type);
  }
  return { props, types };
}

function namesOf(props: Record<string, string[]>): string[] {
  const names = NAME_PROPS.flatMap((p) => props[p] ?? []);
  const parts = PART_PROPS.map((p) => props[p]?.[0]).filter(Boolean);
  if (parts.length) names.push(parts.join(' '));
  // FtM says a weak alias is not for matching: it is screened only when nothing else names the subject.
  if (!names.length) names.push(...(props.weakAlias ?? []));
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    return !seen.has(key) && (seen.add(key), true);
  });
}

export function parseExample(example: EntityExample, path: string): ParsedExample {
  const schema = ftmSchema(example.schema);
  if (!schema) throw badRequest(`${path}.schema: Cannot parse example entity: unknown schema '${example.schema}'`);
  const { props, types } = cleanProperties(schema.name, example.properties);
  const names = namesOf(props);
  if (names.length > MAX_NAMES) throw badRequest(`${path}.properties.name: at most ${MAX_NAMES} distinct names per query, got ${names.length}`);
  const ofType = (t: PropType): string[] => [...types].filter(([, type]) => type === t).flatMap(([name]) => props[name]);
  const countries = [...new Set(ofType('country').map(countryCode).filter((c): c is string => !!c))];
  const gender = props.gender?.find((g): g is 'male' | 'female' => g === 'male' || g === 'female');
  const identifiers = ofType('identifier');
  const ours = screeningSchema(schema);
  const facts: Omit<ScreeningQuery, 'name'> = {
    ...(ours ? { schema: ours } : {}),
    ...(props.birthDate ? { birthDate: props.birthDate[0] } : {}),
    ...(countries.length ? { countries } : {}),
    ...(gender ? { gender } : {}),
    ...(identifiers.length ? { identifiers } : {}),
  };
  return { schema, names, facts, echo: { id: example.id ?? null, schema: schema.name, properties: props } };
}
