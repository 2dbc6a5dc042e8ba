import { describe, expect, it } from 'vitest';
import { countriesIn, countryOf, isBankName, leadingCountry, splitEnumeration, unReferences } from './text.js';

describe('UK text helpers', () => {
  it('splits enumerations with ranges and a lead-in, but not bracketed words', () => {
    expect(splitEnumeration('(1) Manzil Tmim (2)-(6) -')).toEqual({ head: '', items: ['Manzil Tmim'], enumerated: true });
    expect(splitEnumeration('a) French, b) Tunisian')).toEqual({ head: '', items: ['French', 'Tunisian'], enumerated: true });
    expect(splitEnumeration('2255278 (Syria)')).toEqual({ head: '', items: ['2255278 (Syria)'], enumerated: false });
    expect(splitEnumeration('(IMO number: 8605026)').enumerated).toBe(false);
  });

  it('finds every nationality, including demonyms, "citizenship" and names with "and"', () => {
    expect(countriesIn('1) Saudi Arabia 2) Qatar')).toEqual(['SA', 'QA']);
    expect(countriesIn('United States of America. Also believed to hold Syrian nationality')).toEqual(['US', 'SY']);
    expect(countriesIn('Saudi Arabia citizenship')).toEqual(['SA']);
    expect(countriesIn('Trinidad and Tobago')).toEqual(['TT']);
    expect(countriesIn('Democratic People’s Republic of Korea')).toEqual(['KP']);
  });

  it('resolves address countries with remarks and prose around them', () => {
    expect(countryOf('Afghanistan (since 2009)')).toBe('AF');
    expect(countryOf('In Syria as at June 2013')).toBe('SY');
    expect(countryOf(' Democratic Republic of the Congo')).toBe('CD');
    expect(countryOf('Kafia Kingi (on the Sudan-South Sudan border)')).toBeUndefined();
  });

  it('reads a leading country but not short lower-case words', () => {
    expect(leadingCountry('Saudi Arabian passport no.F800691')).toEqual({ code: 'SA', rest: 'passport no.F800691' });
    expect(leadingCountry('no.: 0216155930')).toBeUndefined();
    expect(leadingCountry('in Kabul')).toBeUndefined();
  });

  it('extracts UN references in their printed variants', () => {
    expect(unReferences('UN Ref QDe.004. Emir')).toEqual(['QDe.004']);
    expect(unReferences('UN REF:QE.A.146.14. Also')).toEqual(['QE.A.146.14']);
    expect(unReferences('Annex XIII. UN Ref.KPI.067.')).toEqual(['KPI.067']);
    expect(unReferences('no reference here')).toEqual([]);
  });

  it('recognises bank names', () => {
    expect(isBankName('Gazprombank')).toBe(true);
    expect(isBankName('BANK OF EAST LAND')).toBe(true);
    expect(isBankName('BANK MELLI PRINTING AND PUBLISHING COMPANY')).toBe(false);
    expect(isBankName('Banking Sector Holding')).toBe(true);
    expect(isBankName('Riverside Trading')).toBe(false);
  });
});
