import { describe, expect, it } from 'vitest';
import { YenteError } from './errors.js';
import { MatchBody, MatchParams, SearchParams } from './params.js';
import { validate } from './validate.js';

const problem = (f: () => unknown): YenteError => {
  try {
    f();
  } catch (e) {
    if (e instanceof YenteError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('validate', () => {
  it('names the field path of the first problem and lists them all, as yente\'s validation errors do', () => {
    const e = problem(() => validate(MatchBody, { queries: { q1: { schema: 'Person', properties: { name: 42, alias: [{}] } } } }));
    expect(e.status).toBe(400);
    expect(e.detail).toBe('queries.q1.properties.name: expected a string or a list of strings (and 1 more problem)');
    expect(e.errors?.map((x) => x.loc)).toEqual([['queries', 'q1', 'properties', 'name'], ['queries', 'q1', 'properties', 'alias']]);
  });

  it('says "body" when the body itself is wrong', () => {
    expect(problem(() => validate(MatchBody, undefined)).detail).toMatch(/^body: expected a JSON object with `queries`/);
  });

  it('reads query parameters as yente does: defaults, repeated keys as lists, bounds', () => {
    expect(validate(MatchParams, {})).toMatchObject({ limit: 5, include_dataset: [], topics: [] });
    expect(validate(MatchParams, { include_dataset: 'a', topics: ['x', 'y'], threshold: '0.8' })).toMatchObject({ include_dataset: ['a'], topics: ['x', 'y'], threshold: 0.8 });
    expect(problem(() => validate(MatchParams, { limit: '501' })).detail).toMatch(/^limit: /);
    expect(problem(() => validate(MatchParams, { threshold: '1.5' })).detail).toMatch(/^threshold: /);
    expect(validate(SearchParams, { target: 'true' })).toMatchObject({ target: true, facets: ['countries', 'topics', 'datasets'], schema: 'Thing', offset: 0 });
    expect(problem(() => validate(SearchParams, { facets: 'colour' })).detail).toMatch(/^facets\.0: /);
  });
});
