import { describe, expect, it } from 'vitest';
import { checkSources, parseQuery, parseTuning, queryOptionsGiven, type RawQueryOptions } from './query-options.js';

const raw = (o: Partial<RawQueryOptions> = {}): RawQueryOptions => ({ country: [], id: [], source: [], ...o });

function failure(f: () => unknown): { code: string; location: { field?: string }; message: string } {
  try {
    f();
  } catch (e) {
    return e as never;
  }
  throw new Error('did not fail');
}

describe('parseQuery', () => {
  it('builds the query from the name and options', () => {
    expect(parseQuery(' Vladimir Putin ', raw({ type: 'person', dob: '1952-10-07', country: ['Russia', 'by,KZ'], id: ['X1'], gender: 'male' }))).toEqual({
      name: 'Vladimir Putin', schema: 'Person', birthDate: '1952-10-07', countries: ['RU', 'BY', 'KZ'], identifiers: ['X1'], gender: 'male',
    });
    expect(parseQuery('X', raw({ country: ['Korea, North'] })).countries).toEqual(['KP']);
  });

  it('refuses bad values with INVALID_INPUT naming the option', () => {
    expect(failure(() => parseQuery('', raw()))).toMatchObject({ code: 'INVALID_INPUT', location: { field: 'name' } });
    expect(failure(() => parseQuery(undefined, raw())).message).toMatch(/or --file/);
    expect(failure(() => parseQuery('x'.repeat(10_000), raw())).message).toMatch(/10000 characters/);
    expect(failure(() => parseQuery('A', raw({ dob: '07/10/1952' })))).toMatchObject({ location: { field: '--dob' } });
    expect(failure(() => parseQuery('A', raw({ dob: '1952-02-30' })))).toMatchObject({ location: { field: '--dob' } });
    expect(failure(() => parseQuery('A', raw({ country: ['RU', 'Atlantis'] })))).toMatchObject({ location: { field: '--country' } });
    expect(failure(() => parseQuery('A', raw({ type: 'Robot' })))).toMatchObject({ location: { field: '--type' } });
    expect(failure(() => parseQuery('A', raw({ gender: 'other' })))).toMatchObject({ location: { field: '--gender' } });
  });
});

describe('parseTuning', () => {
  it('parses threshold, limit, sources and weights (short names stand for _match features)', () => {
    expect(parseTuning(raw({ threshold: '0.8', limit: '5', source: ['us-ofac-sdn,un-sc', 'un-sc'], weights: 'name=0.5, dob=0.1,country_disjoint=-0.2' }))).toEqual({
      threshold: 0.8, limit: 5, sources: ['us-ofac-sdn', 'un-sc'], weights: { name_match: 0.5, dob_match: 0.1, country_disjoint: -0.2 },
    });
    expect(parseTuning(raw())).toEqual({});
  });

  it('refuses bad values naming the option', () => {
    expect(failure(() => parseTuning(raw({ threshold: '1.5' })))).toMatchObject({ code: 'INVALID_INPUT', location: { field: '--threshold' } });
    expect(failure(() => parseTuning(raw({ threshold: 'high' }))).message).toMatch(/'high' is not a number/);
    expect(failure(() => parseTuning(raw({ limit: '2.5' })))).toMatchObject({ location: { field: '--limit' } });
    expect(failure(() => parseTuning(raw({ limit: '0' })))).toMatchObject({ location: { field: '--limit' } });
    expect(failure(() => parseTuning(raw({ weights: 'name:0.5' })))).toMatchObject({ location: { field: '--weights' } });
    expect(failure(() => parseTuning(raw({ weights: 'name=1,name=2' }))).message).toMatch(/twice/);
    expect(failure(() => parseTuning(raw({ weights: 'shoe_size=1' })))).toMatchObject({ location: { field: '--weights' } });
  });
});

describe('checkSources and queryOptionsGiven', () => {
  it('names the loaded lists when a source is unknown', () => {
    expect(() => checkSources(['un-sc'], ['un-sc', 'us-ofac-sdn'])).not.toThrow();
    expect(() => checkSources(['eu-fsf'], ['un-sc'])).toThrow(/no list 'eu-fsf' is loaded; loaded lists: un-sc/);
    expect(() => checkSources(['eu-fsf'], [])).not.toThrow();
  });

  it('lists the per-query options given', () => {
    expect(queryOptionsGiven(raw({ dob: '1952', country: ['RU'] }))).toEqual(['--dob', '--country']);
  });
});
