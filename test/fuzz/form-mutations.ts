/**
 * Mutations of one field of a form body (application/x-www-form-urlencoded), the rest kept valid:
 * empty, huge, badly percent-encoded, repeated, missing, or holding JSON gone wrong (yente's
 * /reconcile takes its queries as JSON in a form field).
 */
import type { OpenApiDocument, Operation } from './openapi.js';
import { fillPath, queryString, validQuery } from './request-parts.js';
import { validValue } from './schema-values.js';
import type { Mutation, Shape } from './types.js';

/** Form fields: raw (already encoded) values that are empty, huge, badly encoded, or JSON gone wrong. */
const FORM_VALUES: [string, string][] = [
  ['empty', ''], ['value-100k', 'a'.repeat(100_000)], ['bare-percent', '%'], ['bad-escape', '%zz'], ['invalid-utf8', '%FF%FE'],
  ['lone-surrogate-utf8', '%ED%A0%80'], ['nul', 'a%00b'], ['json-truncated', '%7B%22q0%22%3A%7B'], ['json-array', '%5B1%2C2%5D'],
  ['json-string', '%22x%22'], ['json-null', 'null'], ['json-deep', `${'%5B'.repeat(5000)}${'%5D'.repeat(5000)}`],
];

export function formMutations(doc: OpenApiDocument, op: Operation): Mutation[] {
  const schema = op.body?.schema;
  if (!schema || op.body?.format !== 'form') return [];
  const path = fillPath(doc, op) + queryString(validQuery(doc, op));
  const valid = Object.entries((validValue(doc, schema) ?? {}) as Record<string, unknown>).map(([k, v]): [string, string] => [k, encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))]);
  const form = (pairs: [string, string][], field: string): Shape => ({
    method: op.method, path, headers: { 'content-type': op.body!.contentType }, body: Buffer.from(pairs.map(([k, v]) => `${k}=${v}`).join('&')), field,
  });
  const out: Mutation[] = [];
  for (const name of Object.keys(schema.properties ?? {})) {
    const others = valid.filter(([k]) => k !== name);
    for (const [label, raw] of FORM_VALUES) {
      out.push({ operation: op.id, kind: 'form-field-garbage', target: 'body', label: `form.${name}=${label}`, build: () => form([...others, [name, raw]], `body.${name}`) });
    }
    out.push({ operation: op.id, kind: 'form-field-garbage', target: 'body', label: `form.${name}=repeated`, build: () => form([...others, [name, '1'], [name, '2']], `body.${name}`) });
    if (schema.required?.includes(name)) out.push({ operation: op.id, kind: 'body-missing-required', target: 'body', label: `form.${name}=missing`, build: () => form(others, `body.${name}`) });
  }
  out.push({ operation: op.id, kind: 'body-unknown-field', target: 'body', label: 'form.__proto__=extra', build: () => form([...valid, ['__proto__', '1'], ['constructor%5Bprototype%5D', '1']], 'body') });
  return out;
}
