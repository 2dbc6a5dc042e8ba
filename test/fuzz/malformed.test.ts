/**
 * The generator on a small document shaped like the yente-compatible routes ($refs, allOf, nullable
 * types, a record of arrays, a form body): every operation and every family of mutation covered, runs
 * replayable from the seed alone, and every request one Node can put on the wire.
 */
import { describe, expect, it } from 'vitest';
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { buildRequest, catalogue, generate, plan } from './malformed.js';
import type { OpenApiDocument } from './openapi.js';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/match/{dataset}': {
      parameters: [{ name: 'dataset', in: 'path', required: true, schema: { type: 'string', enum: ['default', 'sanctions'] } }],
      post: {
        parameters: [
          { $ref: '#/components/parameters/Limit' },
          { name: 'algorithm', in: 'query', schema: { type: 'string', enum: ['logic-v1', 'name-based'] } },
        ],
        requestBody: { $ref: '#/components/requestBodies/Match' },
      },
    },
    '/search/{dataset}': {
      get: {
        parameters: [
          { name: 'dataset', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
          { $ref: '#/components/parameters/Limit' },
        ],
      },
    },
    '/reconcile/{dataset}': {
      post: {
        parameters: [{ name: 'dataset', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { queries: { type: 'string' } }, required: ['queries'] } } } },
      },
    },
    '/healthz': { get: {} },
  },
  components: {
    parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 5 } } },
    requestBodies: { Match: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/MatchRequest' } } } } },
    schemas: {
      MatchRequest: {
        type: 'object',
        properties: { queries: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Example' } }, weights: { anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: { type: 'number' } }] } },
        required: ['queries'],
      },
      Example: {
        allOf: [
          { type: 'object', properties: { schema: { type: 'string' } }, required: ['schema'] },
          { type: 'object', properties: { properties: { type: 'object', additionalProperties: { type: 'array', items: { type: ['string', 'null'], maxLength: 2000 } } } } },
        ],
      },
    },
  },
};

const options = { seed: 42, count: 3000 };

describe('malformed requests from an OpenAPI document', () => {
  it('covers every operation with path, query, body and method mutations', () => {
    const mutations = catalogue(doc);
    const kinds = (operation: string) => new Set(mutations.filter((m) => m.operation === operation).map((m) => m.kind));
    expect([...kinds('POST /match/{dataset}')]).toEqual(expect.arrayContaining([
      'path-dotdot', 'path-encoded-slash', 'path-long', 'path-unicode', 'query-out-of-range', 'query-unknown',
      'body-wrong-type', 'body-out-of-range', 'body-unicode', 'body-nested-garbage', 'body-missing-required', 'body-unknown-field',
      'body-invalid-json', 'body-empty', 'body-not-object', 'content-type', 'body-oversize', 'body-deep-nesting', 'body-random',
    ]));
    expect([...kinds('GET /search/{dataset}')]).toEqual(expect.arrayContaining(['query-wrong-type', 'query-long', 'body-unexpected']));
    expect([...kinds('POST /reconcile/{dataset}')]).toEqual(expect.arrayContaining(['form-field-garbage', 'body-missing-required', 'body-empty', 'content-type', 'body-oversize']));
    expect([...kinds('/healthz')]).toEqual(['method-not-allowed', 'method-unknown']);
    // Fields behind $refs, allOf and records are reached.
    const labels = mutations.map((m) => m.label);
    expect(labels).toContain('body.queries.x.properties.x.0=lone-high-surrogate');
    expect(labels).toContain('body.queries.x.schema=missing');
  });

  it('builds the same run from the same seed, and request n alone from the seed', () => {
    const a = [...generate(doc, options)];
    const b = [...generate(doc, options)];
    expect(a.map((r) => r.label)).toEqual(b.map((r) => r.label));
    const p = plan(doc, options);
    for (const n of [0, 17, 1500, 2999]) expect(buildRequest(p, n)).toEqual(a[n]);
    expect(new Set(a.map((r) => r.label.replace(/^#\d+ /, ''))).size).toBeGreaterThan(1000);
  });

  it('labels every request, and makes only requests Node can send', () => {
    for (const r of generate(doc, options)) {
      expect(r.label).toMatch(/^#\d+ \S+/);
      expect(r.path).toMatch(/^\/[\u0021-\u00ff]*$/);
      for (const [name, value] of Object.entries({ ...r.headers, ...(r.credential ? { [r.credential.header]: r.credential.value } : {}) })) {
        expect(() => validateHeaderName(name)).not.toThrow();
        expect(() => validateHeaderValue(name, value)).not.toThrow();
      }
    }
  });
});
