/**
 * Mutations drawn at random for each request: random JSON values in random fields, random bytes in
 * path parameters, random query strings. They give the draws after the first pass new inputs.
 */
import { serialize } from './garbage.js';
import type { OpenApiDocument, Operation } from './openapi.js';
import { fillPath, queryString, validBody, validQuery } from './request-parts.js';
import type { Rng } from './rng.js';
import { fieldsOf, setAt, validValue } from './schema-values.js';
import type { Mutation } from './types.js';

/** Code point ranges worth drawing from: ASCII, controls, Latin-1, RTL, combining, surrogates, astral. */
const RANGES: [number, number][] = [[0x20, 0x7e], [0x00, 0x1f], [0x80, 0xff], [0x590, 0x6ff], [0x200b, 0x202e], [0x300, 0x36f], [0xd800, 0xdfff], [0x4e00, 0x4fff], [0x1f600, 0x1f64f], [0xfff0, 0xffff]];

export function randomString(rng: Rng, maxLength = 60): string {
  const length = rng.pick([0, 1, 2, 8, 30, maxLength, 1001, 5000].filter((n) => n <= Math.max(maxLength, 1001)));
  let s = '';
  const [lo, hi] = rng.pick(RANGES);
  for (let i = 0; i < length; i++) s += String.fromCodePoint(rng.chance(0.8) ? rng.int(lo, hi) : rng.int(0x20, 0x7e));
  return s;
}

/** Any JSON value, a few levels deep. */
export function randomValue(rng: Rng, depth = 0): unknown {
  const kind = rng.int(0, depth > 3 ? 3 : 5);
  switch (kind) {
    case 0: return randomString(rng);
    case 1: return rng.pick([0, -1, 1.5, -0.000001, 2 ** 31, 2 ** 53 + 2, 1e300, -1e300, Number.MIN_VALUE, rng.int(-1e9, 1e9)]);
    case 2: return rng.chance(0.5);
    case 3: return null;
    case 4: return Array.from({ length: rng.int(0, 5) }, () => randomValue(rng, depth + 1));
    default: return Object.fromEntries(Array.from({ length: rng.int(0, 5) }, () => [randomString(rng, 12), randomValue(rng, depth + 1)]));
  }
}

/** Random bytes, percent-encoded where a request line needs it (some left raw when printable). */
function randomEncoded(rng: Rng, maxLength: number): string {
  const length = rng.int(1, maxLength);
  let s = '';
  for (let i = 0; i < length; i++) {
    const b = rng.int(0, 255);
    s += b > 0x20 && b < 0x7f && b !== 0x25 && b !== 0x3f && b !== 0x23 && rng.chance(0.7) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return s;
}

const snippet = (value: unknown) => {
  const text = serialize(value);
  return text.length > 40 ? `${text.slice(0, 40)}...(${text.length})` : text;
};

export function randomMutations(doc: OpenApiDocument, op: Operation): Mutation[] {
  const out: Mutation[] = [];
  const query = queryString(validQuery(doc, op));
  if (op.body?.format === 'json') {
    const schema = op.body.schema;
    const fields = fieldsOf(doc, schema);
    out.push({
      operation: op.id, kind: 'body-random', target: 'body', label: 'body.random',
      build: (rng) => {
        let body = validValue(doc, schema);
        const changed: string[] = [];
        for (let i = rng.int(1, 3); i > 0; i--) {
          const path = fields.length && rng.chance(0.85) ? rng.pick(fields).path : [randomString(rng, 12)];
          const value = randomValue(rng);
          body = setAt(doc, schema, body, path, value);
          changed.push(`${path.join('.')}=${snippet(value)}`);
        }
        return { method: op.method, path: fillPath(doc, op) + query, headers: { 'content-type': 'application/json' }, body: Buffer.from(serialize(body)), variant: changed.join(' '), field: 'body' };
      },
    });
  }
  for (const param of op.pathParams) {
    out.push({
      operation: op.id, kind: 'path-random', target: 'path', label: `path.${param.name}=random`,
      build: (rng) => {
        const raw = randomEncoded(rng, rng.pick([8, 64, 600]));
        return { method: op.method, path: fillPath(doc, op, { [param.name]: raw }) + query, ...validBody(doc, op), variant: raw.slice(0, 40) };
      },
    });
  }
  out.push({
    operation: op.id, kind: 'query-random', target: 'query', label: 'query=random',
    build: (rng) => {
      const names = op.queryParams.map((p) => p.name);
      const pairs: [string, string][] = Array.from({ length: rng.int(1, 5) }, () => [names.length && rng.chance(0.7) ? rng.pick(names) : randomEncoded(rng, 10), randomEncoded(rng, rng.pick([4, 40, 400]))]);
      const q = queryString(pairs);
      return { method: op.method, path: fillPath(doc, op) + q, ...validBody(doc, op), variant: q.slice(0, 60) };
    },
  });
  return out;
}
