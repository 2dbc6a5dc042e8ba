/** A valid request for an operation, in parts that mutations replace one at a time. */
import { serialize } from './garbage.js';
import type { OpenApiDocument, Operation } from './openapi.js';
import { validValue } from './schema-values.js';
import type { Shape } from './types.js';

/** The path with its parameters: valid ones, except those given here raw (already percent-encoded). */
export function fillPath(doc: OpenApiDocument, op: Operation, raw: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (name in raw) return raw[name];
    const param = op.pathParams.find((p) => p.name === name);
    return encodeURIComponent(String(validValue(doc, param?.schema)));
  });
}

/** Query pairs for the required query parameters, valid. */
export function validQuery(doc: OpenApiDocument, op: Operation): [string, string][] {
  return op.queryParams.filter((p) => p.required).map((p) => [p.name, encodeURIComponent(String(validValue(doc, p.schema)))]);
}

/** "?a=1&b" from raw pairs (a null value: the name alone). */
export function queryString(pairs: [string, string | null][]): string {
  return pairs.length ? `?${pairs.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join('&')}` : '';
}

/** A form body from an object: strings as they are, anything else as JSON. */
export function formEncode(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  return Object.entries(value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`).join('&');
}

/** The valid body of an operation, with its Content-Type; none when it takes no body. */
export function validBody(doc: OpenApiDocument, op: Operation): Pick<Shape, 'headers' | 'body'> {
  if (!op.body) return { headers: {} };
  const value = validValue(doc, op.body.schema);
  const text = op.body.format === 'json' ? serialize(value) : op.body.format === 'form' ? formEncode(value) : '';
  return { headers: { 'content-type': op.body.contentType }, body: Buffer.from(text) };
}

/** A valid request for the operation; mutations change one part of it. */
export function validShape(doc: OpenApiDocument, op: Operation): Shape {
  return { method: op.method, path: fillPath(doc, op) + queryString(validQuery(doc, op)), ...validBody(doc, op) };
}
