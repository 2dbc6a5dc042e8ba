import { describe, expect, it } from 'vitest';
import { countryCodes } from './country-values.js';

describe('countryCodes', () => {
  it('resolves names, demonyms and acronyms the annexes print', () => {
    expect(countryCodes('Russian')).toEqual(['RU']);
    expect(countryCodes('DPRK')).toEqual(['KP']);
    expect(countryCodes('Myanmar/Burma')).toEqual(['MM']);
    expect(countryCodes('Democratic People’s Republic of Korea (DPRK)')).toEqual(['KP']);
  });
  it('splits enumerations and lists, and drops qualifiers', () => {
    expect(countryCodes('(a) Algerian (b) German')).toEqual(['DZ', 'DE']);
    expect(countryCodes('Italian since 1990')).toEqual(['IT']);
    expect(countryCodes('Ukrainian and/or Russian')).toEqual(['UA', 'RU']);
    expect(countryCodes('Possibly Ethiopian')).toEqual(['ET']);
    expect(countryCodes('Gaza Strip, West Bank, Southern Lebanon')).toEqual(['PS', 'LB']);
  });
  it('does not read a lower-case word as a country code', () => {
    expect(countryCodes('Democratic Republic of the Congo, passport no. OB 0243318')).toEqual(['CD']);
    expect(countryCodes('')).toEqual([]);
  });
});
