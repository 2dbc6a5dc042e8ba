import { describe, expect, it } from 'vitest';
import { slug, splitAll, splitEnumeration, splitValues } from './values.js';

describe('splitValues', () => {
  it('splits on semicolons and keeps a quoted value that holds one whole', () => {
    expect(splitValues('"Foo; Bar"; Baz')).toEqual(['Foo; Bar', 'Baz']);
    expect(splitValues('Maulavi; Mullah')).toEqual(['Maulavi', 'Mullah']);
  });
  it('undoubles quotes inside a quoted value and drops empty values', () => {
    expect(splitValues('"He said ""no""; twice";; x ;')).toEqual(['He said "no"; twice', 'x']);
    expect(splitValues('')).toEqual([]);
  });
});

describe('splitEnumeration', () => {
  it('splits printed (a) (b) enumerations', () => {
    expect(splitEnumeration('(a) Algerian (b) German')).toEqual(['Algerian', 'German']);
    expect(splitEnumeration('(a) Malaysia, (b) Indonesia')).toEqual(['Malaysia', 'Indonesia']);
    expect(splitEnumeration('a) Syrian b) Palestinian')).toEqual(['Syrian', 'Palestinian']);
  });
  it('leaves a value without enumerators whole', () => {
    expect(splitEnumeration('Moscow, former USSR (now Russian Federation)')).toEqual(['Moscow, former USSR (now Russian Federation)']);
    expect(splitAll('Russian; (a) Uzbek, (b) Afghan')).toEqual(['Russian', 'Uzbek', 'Afghan']);
  });
});

describe('slug', () => {
  it('is lower-case ASCII with hyphens, and a hash where no letters survive', () => {
    expect(slug('Ali Ghaleb Himmat')).toBe('ali-ghaleb-himmat');
    expect(slug('Société Générale Sàrl')).toBe('societe-generale-sarl');
    expect(slug('ДУБОВИК')).toMatch(/^h[0-9a-f]{8}$/);
    expect(slug('ДУБОВИК')).toBe(slug('ДУБОВИК'));
  });
});
