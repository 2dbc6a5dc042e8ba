import { describe, expect, it } from 'vitest';
import { readBatch, reconcileManifest, runReconcile } from './reconcile.js';
import { matchPrefix, suggestEntities, suggestProperties, suggestTypes } from './suggest.js';
import { scripted } from './testdata/gateway.js';

describe('reconciliation queries', () => {
  it('reads a batch from a JSON string or an object, and refuses one it cannot decode', () => {
    expect(readBatch('{"q0": {"query": "Ivan"}}')).toEqual({ q0: { query: 'Ivan', properties: [] } });
    expect(readBatch({ q0: { query: 'Ivan', type: ['Person'], limit: 3 } })).toEqual({ q0: { query: 'Ivan', type: ['Person'], limit: 3, properties: [] } });
    expect(() => readBatch('{nope')).toThrow(/^Cannot decode query$/);
    expect(() => readBatch({ mutti: { query: 37473874 } })).toThrow(/^queries\.mutti\.query: /);
  });

  it('screens a query with its properties, keeping near misses as candidates to pick from', () => {
    const { ctx, calls } = scripted({ 'Ivan Ivanov': [['us-ofac-sdn:1', 0.9], ['un-sc:3', 0.5], ['us-ofac-sdn:2', 0.8]] });
    const res = runReconcile(ctx, 'default', readBatch({
      q0: { query: 'Ivan Ivanov', type: 'Person', properties: [{ pid: 'Thing:country', v: 'Russia' }, { pid: 'birthDate', v: ['1960'] }, { pid: 'Banana:x', v: 'y' }] },
    }));
    expect(calls[0]).toMatchObject({ channel: 'yente/reconcile', query: { name: 'Ivan Ivanov', schema: 'Person', countries: ['RU'], birthDate: '1960' }, options: { includeBelowThreshold: true, limit: 5 } });
    expect(res.q0.result).toEqual([
      { id: 'us-ofac-sdn-1', name: 'IVANOV, Ivan', description: 'Person', type: [{ id: 'Person', name: 'People', description: expect.any(String) }], score: 0.9, match: true },
      { id: 'un-sc-3', name: 'IVAN IVANOV', description: 'Person', type: [expect.objectContaining({ id: 'Person' })], score: 0.5, match: false },
    ]);
  });

  it('refuses an unknown type before screening anything', () => {
    const { ctx, calls } = scripted({});
    expect(() => runReconcile(ctx, 'default', readBatch({ a: { query: 'x' }, b: { query: 'y', type: 'Banana' } }))).toThrow(/^queries\.b\.schema: /);
    expect(calls).toHaveLength(0);
  });

  it('describes the service, passing the query string on', () => {
    const m = reconcileManifest('sanctions', ['us-ofac-sdn'], 'https://cp.example', 'api_key=k');
    expect(m).toMatchObject({
      versions: ['0.2'], name: 'Sanctions and export-control lists served by Chokepoint (Chokepoint)',
      identifierSpace: 'https://cp.example/entities/', view: { url: 'https://cp.example/entities/{{id}}?api_key=k' },
      suggest: { property: { service_url: 'https://cp.example/reconcile/sanctions', service_path: '/suggest/property?api_key=k' } },
    });
    expect(m.defaultTypes.map((t) => t.id)).toEqual(['LegalEntity', 'Person', 'Organization', 'Company', 'PublicBody', 'Vessel', 'Airplane']);
    expect(() => reconcileManifest('peps', [], 'https://cp.example', '')).toThrow(expect.objectContaining({ status: 404 }));
  });
});

describe('suggest services', () => {
  it('matches a prefix as yente does: the start of a name or label, never an empty prefix', () => {
    expect(matchPrefix('organ', 'Organization')).toBe(true);
    expect(matchPrefix(' Country ', 'mainCountry', 'Country of origin')).toBe(true);
    expect(matchPrefix('', 'Person')).toBe(false);
    expect(suggestTypes('organ').result.map((t) => t.id)).toEqual(['Organization']);
    expect(suggestTypes('').result).toEqual([]);
    const props = suggestProperties('country');
    expect(props).toMatchObject({ code: '/api/status/ok', status: '200 OK', prefix: 'country' });
    expect(props.result.map((p) => p.id)).toEqual(['Thing:country', 'LegalEntity:mainCountry', 'Person:birthCountry']);
    expect(suggestProperties('programId').result).toEqual([]);
  });

  it('ranks entities with a name completing the last word typed first', () => {
    const { ctx, calls } = scripted({ 'ivan tr': [['un-sc:3', 0.7]], ivan: [['un-sc:3', 0.8], ['us-ofac-sdn:2', 0.3]] });
    const res = suggestEntities(ctx, 'default', 'ivan tr', 10);
    expect(calls.map((c) => c.query.name)).toEqual(['ivan tr', 'ivan']);
    expect(res.result.map((r) => r.id)).toEqual(['us-ofac-sdn-2', 'un-sc-3']);
    expect(res.result[0]).toEqual({ id: 'us-ofac-sdn-2', name: 'IVANOV TRADING LLC', description: 'Company', type: [expect.objectContaining({ id: 'Company', name: 'Companies' })] });
    expect(suggestEntities(ctx, 'default', '  ', 10).result).toEqual([]);
  });
});
