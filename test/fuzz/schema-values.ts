/**
 * Values from a schema: a valid value (so that one mutation at a time is what makes a request bad),
 * the fields of a body schema with their paths, and putting a value at a path of a valid body.
 */
import { flatten, typeOf, type JsonSchema, type OpenApiDocument } from './openapi.js';

export type PathPart = string | number;

export interface Field {
  /** ["queries", 0, "name"]: array items are at index 0, record values under the key "x". */
  path: PathPart[];
  schema: JsonSchema;
  required: boolean;
}

const SAMPLE_STRINGS = ['John Smith', 'test', 'x', '2000-01-01', '2000', 'US', '1'];

function validString(s: JsonSchema): string {
  if (s.format === 'date') return '2000-01-01';
  if (s.format === 'date-time') return '2000-01-01T00:00:00Z';
  const min = s.minLength ?? 1;
  const max = s.maxLength ?? Infinity;
  let pattern: RegExp | undefined;
  try {
    pattern = s.pattern ? new RegExp(s.pattern, 'u') : undefined;
  } catch {
    pattern = undefined;
  }
  const fits = (v: string) => v.length >= min && v.length <= max && (!pattern || pattern.test(v));
  return SAMPLE_STRINGS.find(fits) ?? 'x'.repeat(Math.min(Math.max(min, 1), max));
}

function validNumber(s: JsonSchema, integer: boolean): number {
  const lo = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 0.01) : 1;
  const hi = typeof s.maximum === 'number' ? s.maximum : Infinity;
  const v = Math.min(Math.max(1, lo), hi);
  return integer ? Math.ceil(v) : v;
}

/** A value the schema accepts (required properties only; arrays with their fewest items, at least one). */
export function validValue(doc: OpenApiDocument, input: JsonSchema | undefined, depth = 0): unknown {
  const s = flatten(doc, input);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum.find((v) => v !== null) ?? s.enum[0];
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined && s.default !== null) return s.default;
  if (depth > 8) return null;
  switch (typeOf(s)) {
    case 'string': return validString(s);
    case 'integer': return validNumber(s, true);
    case 'number': return validNumber(s, false);
    case 'boolean': return false;
    case 'array': return Array.from({ length: Math.max(s.minItems ?? 0, 1) }, () => validValue(doc, s.items, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = validValue(doc, s.properties?.[key], depth + 1);
      return out;
    }
    default: return 'x';
  }
}

/** Every field of a schema, depth first, with where it sits; array items and record values included. */
export function fieldsOf(doc: OpenApiDocument, input: JsonSchema | undefined, base: PathPart[] = [], depth = 0): Field[] {
  const s = flatten(doc, input);
  if (depth > 5) return [];
  const out: Field[] = [];
  const type = typeOf(s);
  if (type === 'object') {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      const path = [...base, key];
      out.push({ path, schema: flatten(doc, child), required: s.required?.includes(key) ?? false }, ...fieldsOf(doc, child, path, depth + 1));
    }
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      const path = [...base, 'x'];
      out.push({ path, schema: flatten(doc, s.additionalProperties), required: false }, ...fieldsOf(doc, s.additionalProperties, path, depth + 1));
    }
  } else if (type === 'array' && s.items) {
    const path = [...base, 0];
    out.push({ path, schema: flatten(doc, s.items), required: true }, ...fieldsOf(doc, s.items, path, depth + 1));
  }
  return out;
}

/** The schema at a path of a body schema. */
function schemaAt(doc: OpenApiDocument, root: JsonSchema, path: PathPart[]): JsonSchema {
  let s = flatten(doc, root);
  for (const part of path) {
    if (typeof part === 'number') s = flatten(doc, s.items);
    else s = flatten(doc, s.properties?.[part] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {}));
  }
  return s;
}

/** A copy of `body` with `value` at `path`, the containers on the way made valid where missing. */
export function setAt(doc: OpenApiDocument, rootSchema: JsonSchema, body: unknown, path: PathPart[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const here = body !== null && typeof body === 'object' ? body : validValue(doc, schemaAt(doc, rootSchema, []));
  const copy = (Array.isArray(here) ? [...here] : { ...(here as object) }) as Record<PathPart, unknown>;
  const childSchema = schemaAt(doc, rootSchema, [head]);
  const existing = copy[head] !== undefined ? copy[head] : rest.length ? validValue(doc, childSchema) : undefined;
  copy[head] = setAt(doc, childSchema, existing, rest, value);
  return copy;
}

/** A copy of `body` without the field at `path`. */
export function deleteAt(body: unknown, path: PathPart[]): unknown {
  if (path.length === 0 || body === null || typeof body !== 'object') return body;
  const [head, ...rest] = path;
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<PathPart, unknown>;
  if (rest.length === 0) delete copy[head];
  else copy[head] = deleteAt(copy[head], rest);
  return copy;
}

export const pathLabel = (path: PathPart[]): string => (path.length ? path.join('.') : '(root)');
