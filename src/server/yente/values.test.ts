import { describe, expect, it } from 'vitest';
import { cleanDate, cleanValue, countryCode, ftmCountry, rawValues } from './values.js';

describe('values cleaned as FtM cleans them', () => {
  it('turns country names and codes into lower-case codes, FtM\'s own for former states', () => {
    expect(cleanValue('country', 'Russia')).toBe('ru');
    expect(cleanValue('country', 'us')).toBe('us');
    expect(cleanValue('country', 'RUS')).toBe('ru');
    expect(cleanValue('country', 'suhh')).toBe('suhh');
    expect(countryCode('suhh')).toBe('SU');
    expect(ftmCountry('SU')).toBe('suhh');
    expect(cleanValue('country', 'Atlantis')).toBeUndefined();
  });

  it('keeps dates as precise as given, reading timestamps and printed dates', () => {
    expect(cleanDate('1952')).toBe('1952');
    expect(cleanDate('1952-10')).toBe('1952-10');
    expect(cleanDate('1952-10-07T00:00:00')).toBe('1952-10-07');
    expect(cleanDate('7 Oct 1952')).toBe('1952-10-07');
    expect(cleanValue('date', 'yesterday')).toBeUndefined();
  });

  it('knows three genders and collapses whitespace elsewhere', () => {
    expect(cleanValue('gender', 'F')).toBe('female');
    expect(cleanValue('gender', 'unknown')).toBeUndefined();
    expect(cleanValue('name', '  John \n Doe ')).toBe('John Doe');
    expect(cleanValue('name', 'John\t  Doe')).toBe('John Doe');
    expect(cleanValue('identifier', '   ')).toBeUndefined();
  });

  it('takes a string or a list, stringifying numbers and dropping nulls', () => {
    expect(rawValues('a')).toEqual(['a']);
    expect(rawValues(['a', 7, null])).toEqual(['a', '7']);
    expect(rawValues([Number.NaN])).toEqual([]);
  });
});
