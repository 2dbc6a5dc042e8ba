/**
 * Reading an OpenAPI 3 document for the fuzzer: its operations with their path, query and body
 * schemas ($refs resolved), a valid value for a schema, and the fields of a body schema.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface OpenApiDocument {
  openapi?: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface Param {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export type BodyFormat = 'json' | 'form' | 'other';

export interface Operation {
  /** "POST /v1/screen": the operation as the document names it. */
  id: string;
  method: string;
  /** The path template, "/v1/entities/{id}". */
  path: string;
  pathParams: Param[];
  queryParams: Param[];
  body?: { required: boolean; format: BodyFormat; contentType: string; schema: JsonSchema };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BODY_METHODS = ['post', 'put', 'patch'];

/** Follow "#/components/..." references (a few levels: a cycle gives an empty schema). */
export function deref<T>(doc: OpenApiDocument, node: T, depth = 0): T {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  if (depth > 20) return {} as T;
  let target: unknown = doc;
  for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(doc, (target ?? {}) as T, depth + 1);
}

/** One schema for allOf (merged) and anyOf/oneOf (the first variant that is not null). */
export function flatten(doc: OpenApiDocument, input: JsonSchema | undefined): JsonSchema {
  let s = deref(doc, input ?? {});
  if (s.allOf?.length) {
    const parts = s.allOf.map((p) => flatten(doc, p));
    s = parts.reduce<JsonSchema>((acc, p) => ({ ...acc, ...p, properties: { ...acc.properties, ...p.properties }, required: [...(acc.required ?? []), ...(p.required ?? [])] }), { ...s, allOf: undefined });
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants?.length) {
    const first = variants.map((v) => flatten(doc, v)).find((v) => typeOf(v) !== 'null') ?? {};
    s = { ...s, anyOf: undefined, oneOf: undefined, ...first };
  }
  return s;
}

/** The main type of a schema: its first non-null type, or what its keywords imply. */
export function typeOf(s: JsonSchema): string {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const t = types.find((x) => x !== 'null') ?? types[0];
  if (t) return t;
  if (s.properties || s.additionalProperties) return 'object';
  if (s.items) return 'array';
  if (s.enum?.length) return typeof s.enum[0];
  return 'any';
}

function params(doc: OpenApiDocument, list: unknown): Param[] {
  if (!Array.isArray(list)) return [];
  return list.map((p) => deref(doc, p) as { name: string; in: string; required?: boolean; schema?: JsonSchema })
    .map((p) => ({ ...p, schema: flatten(doc, p.schema) }))
    .map((p) => ({ name: p.name, in: p.in, required: p.required === true || p.in === 'path', schema: p.schema }) as Param & { in: string });
}

function bodyOf(doc: OpenApiDocument, raw: unknown): Operation['body'] {
  const rb = deref(doc, raw as { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } | undefined);
  if (!rb?.content) return undefined;
  const types = Object.keys(rb.content);
  const contentType = types.find((t) => /json/i.test(t)) ?? types.find((t) => /x-www-form-urlencoded/i.test(t)) ?? types[0];
  if (!contentType) return undefined;
  const format: BodyFormat = /json/i.test(contentType) ? 'json' : /x-www-form-urlencoded/i.test(contentType) ? 'form' : 'other';
  return { required: rb.required === true, format, contentType, schema: flatten(doc, rb.content[contentType].schema) };
}

export function operations(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    const shared = params(doc, item.parameters);
    for (const method of HTTP_METHODS) {
      const op = item[method] as { parameters?: unknown; requestBody?: unknown } | undefined;
      if (!op) continue;
      // Operation parameters override path-item ones of the same name and place.
      const own = params(doc, op.parameters) as (Param & { in: string })[];
      const all = [...(shared as (Param & { in: string })[]).filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const strip = ({ name, required, schema }: Param): Param => ({ name, required, schema });
      ops.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: all.filter((p) => p.in === 'path').map(strip),
        queryParams: all.filter((p) => p.in === 'query').map(strip),
        // A POST, PUT or PATCH whose body the document leaves undescribed still takes one: fuzzed as a JSON object.
        body: bodyOf(doc, op.requestBody) ?? (BODY_METHODS.includes(method) ? { required: false, format: 'json', contentType: 'application/json', schema: { type: 'object' } } : undefined),
      });
    }
  }
  return ops;
}

/** The methods a path of the document answers. */
export function methodsOf(doc: OpenApiDocument, path: string): string[] {
  return HTTP_METHODS.filter((m) => doc.paths?.[path]?.[m]).map((m) => m.toUpperCase());
}
