import { describe, expect, it } from 'vitest';
import { buildTextIndex } from './text-index.js';
import { FIXTURE } from './fixtures.test-helper.js';
import { stem, terms } from './normalize.js';

describe('buildTextIndex', () => {
  const index = buildTextIndex(FIXTURE.hs);

  it('finds subheadings by their words and their heading words', () => {
    expect(index.search('machining centres')[0].hs6).toBe('845710');
    expect(index.search('cotton t-shirts knitted')[0].hs6).toBe('610910');
    expect(index.search('tapered roller')[0]).toMatchObject({ hs6: '848220', matched: ['tapered', 'roller'] });
  });

  it('returns nothing for unknown words', () => {
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('normalize', () => {
  it('stems plurals and drops stop words, numbers and diacritics', () => {
    expect(stem('bearings')).toBe('bearing');
    expect(stem('assemblies')).toBe('assembly');
    expect(terms('Roulements à billes, 200 pcs')).toEqual(['roulement', 'bille']);
  });
});
