/**
 * Mutations of one field of a JSON body, the rest kept valid: wrong types, out-of-range values,
 * unicode edge cases, nested garbage, a required field missing, unknown and prototype-polluting fields.
 */
import { nested, outOfRange, RawJson, serialize, UNICODE, wrongTypes, type Garbage } from './garbage.js';
import { typeOf, type JsonSchema, type OpenApiDocument, type Operation } from './openapi.js';
import { fillPath, queryString, validQuery } from './request-parts.js';
import { deleteAt, fieldsOf, pathLabel, setAt, validValue, type PathPart } from './schema-values.js';
import type { Mutation, Shape } from './types.js';

/** A body given as text: fields with garbage put into the valid body, or deleted. */
function jsonShape(doc: OpenApiDocument, op: Operation, text: string, field: string): Shape {
  return {
    method: op.method,
    path: fillPath(doc, op) + queryString(validQuery(doc, op)),
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(text),
    field,
  };
}

/** `object` as JSON with one more key written first, verbatim (a "__proto__" key survives this way). */
function withRawKey(object: unknown, key: string, valueText: string): RawJson {
  const text = serialize(object);
  const pair = `${JSON.stringify(key)}:${valueText}`;
  return new RawJson(text === '{}' || !text.startsWith('{') ? `{${pair}}` : `{${pair},${text.slice(1)}`);
}

function valueAt(body: unknown, path: PathPart[]): unknown {
  return path.reduce<unknown>((v, p) => (v !== null && typeof v === 'object' ? (v as Record<PathPart, unknown>)[p] : undefined), body);
}

export function fieldMutations(doc: OpenApiDocument, op: Operation): Mutation[] {
  const schema = op.body?.schema;
  if (!schema || op.body?.format !== 'json') return [];
  const base = validValue(doc, schema);
  const out: Mutation[] = [];
  const put = (path: PathPart[], value: unknown) => serialize(setAt(doc, schema, base, path, value));
  const add = (kind: string, path: PathPart[], label: string, text: () => string, heavy = false) => {
    const field = ['body', ...path].join('.');
    out.push({ operation: op.id, kind, target: 'body', label: `${field}=${label}`, heavy, build: () => jsonShape(doc, op, text(), field) });
  };
  const fields = fieldsOf(doc, schema);

  for (const f of fields) {
    const garbage = (kind: string, list: Garbage[]) => {
      for (const g of list) {
        const value = () => (g.validItems === undefined ? g.value : new Array(g.validItems).fill(validValue(doc, f.schema.items)));
        // Item counts beyond ten thousand are sent once: the server parses and checks every item.
        add(kind, f.path, g.label, () => put(f.path, value()), (g.validItems ?? 0) > 10_000);
      }
    };
    garbage('body-wrong-type', wrongTypes(f.schema));
    garbage('body-out-of-range', outOfRange(f.schema));
    if (typeOf(f.schema) === 'string' && !f.schema.enum) garbage('body-unicode', UNICODE);
    out.push({
      operation: op.id, kind: 'body-nested-garbage', target: 'body', label: `body.${pathLabel(f.path)}=nested`,
      build: (rng) => {
        const depth = rng.pick([50, 500, 3000, 20_000]);
        const shape = rng.pick(['array', 'object'] as const);
        return { ...jsonShape(doc, op, put(f.path, nested(depth, shape)), ['body', ...f.path].join('.')), variant: `${shape} depth=${depth}` };
      },
    });
  }

  // A required field missing, at the top or in a nested object put there whole for the purpose.
  const missing = (body: () => unknown, path: PathPart[]) => add('body-missing-required', path, 'missing', () => serialize(deleteAt(body(), path)));
  for (const key of schema.required ?? []) missing(() => base, [key]);
  for (const f of fields) {
    for (const key of f.schema.required ?? []) missing(() => setAt(doc, schema, base, f.path, validValue(doc, f.schema)), [...f.path, key]);
  }
  add('body-missing-required', [], 'empty-object', () => '{}');

  // Unknown fields at every object level, strict or not: the server must refuse or ignore them.
  const objects: { path: PathPart[]; schema: JsonSchema }[] = [{ path: [], schema }, ...fields.filter((f) => typeOf(f.schema) === 'object')];
  for (const o of objects) {
    const here = (valueAt(base, o.path) ?? validValue(doc, o.schema)) as object;
    const at = (raw: RawJson) => (o.path.length ? put(o.path, raw) : raw.text);
    add('body-unknown-field', [...o.path, 'zzz'], 'extra', () => at(withRawKey(here, 'zzz', '1')));
    add('body-unknown-field', [...o.path, '__proto__'], 'proto-key', () => at(withRawKey(here, '__proto__', '{"admin":true,"role":"admin"}')));
    add('body-unknown-field', [...o.path, 'constructor'], 'constructor-prototype', () => at(withRawKey(here, 'constructor', '{"prototype":{"admin":true}}')));
    add('body-unknown-field', [...o.path, 'x'.repeat(300)], 'long-name', () => at(withRawKey(here, 'x'.repeat(300), '1')));
    add('body-unknown-field', [...o.path, '\ud800\u0000'], 'surrogate-name', () => at(withRawKey(here, '\ud800\u0000', '1')));
  }
  return out;
}
