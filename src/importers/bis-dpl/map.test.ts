import { describe, expect, it } from 'vitest';
import { dplAddress, dplId, mapDplRows, usDate } from './map.js';
import type { DplRecord } from './parse.js';

const row = (over: Partial<DplRecord>): DplRecord => ({
  Name: 'JANE ROE', Street_Address: '1 MAIN ST', City: 'AUSTIN', State: 'TX', Country: '', Postal_Code: '78701',
  Effective_Date: '01/31/2020', Expiration_Date: '01/31/2030', Standard_Order: 'Y', Last_Update: '2020-02-05',
  Action: 'NEW', FR_Citation: '85 F.R. 1 2/5/2020', ...over,
});

describe('dplId', () => {
  it('is a slug of the name, the same across spacing and punctuation', () => {
    expect(dplId(' I. ASH')).toBe('i-ash');
    expect(dplId('AL-NASER  AIRLINES')).toBe(dplId('AL NASER AIRLINES'));
    expect(dplId('Zoë Müller')).toBe('zoe-muller');
  });
});

describe('usDate', () => {
  it('reads MM/DD/YYYY', () => {
    expect(usDate('06/19/2003')).toBe('2003-06-19');
    expect(usDate('1/2/2020')).toBe('2020-01-02');
    expect(usDate('13/01/2020')).toBeUndefined();
    expect(usDate('')).toBeUndefined();
  });
});

describe('dplAddress', () => {
  it('gives US to a US state without a country, and to a state printed in the country column', () => {
    expect(dplAddress(row({}))).toEqual({ full: '1 MAIN ST, AUSTIN, TX, 78701, US', street: '1 MAIN ST', city: 'AUSTIN', region: 'TX', postalCode: '78701', country: 'US' });
    expect(dplAddress(row({ State: '', Country: 'NM' }))).toMatchObject({ region: 'NM', country: 'US' });
  });

  it('resolves PRC and leaves unknown countries unresolved', () => {
    expect(dplAddress(row({ State: '', Country: 'PRC', City: 'SHANGHAI', Postal_Code: '' }))).toMatchObject({ country: 'CN', city: 'SHANGHAI' });
    expect(dplAddress(row({ State: '', Country: '', City: '', Postal_Code: '', Street_Address: 'G. OB, D. 10' }))).toEqual({ full: 'G. OB, D. 10', street: 'G. OB, D. 10' });
  });
});

describe('mapDplRows', () => {
  it('merges the rows of a name: addresses, earliest listing, terms per row in extra', () => {
    const e = mapDplRows([
      row({}),
      row({ Name: 'JANE  ROE', Street_Address: '2 ELM ST', City: 'LONDON', State: '', Country: 'GB', Postal_Code: 'W1 1AA', Effective_Date: '05/01/2018', Expiration_Date: '05/01/2028', Last_Update: '2018-05-03', Action: 'FR NOTICE ADDED', FR_Citation: '83 F.R. 2' }),
    ]);
    expect(e.id).toBe('us-bis-dpl:jane-roe');
    expect(e.schema).toBe('Person');
    expect(e.names).toEqual([{ full: 'JANE ROE', kind: 'primary', script: 'Latin' }]);
    expect(e.countries).toEqual(['US', 'GB']);
    expect(e.addresses.map((a) => a.full)).toEqual(['1 MAIN ST, AUSTIN, TX, 78701, US', '2 ELM ST, LONDON, W1 1AA, GB']);
    expect(e.listedOn).toBe('2018-05-01');
    expect(e.extra).toEqual({
      expirationDate: '2030-01-31; 2028-05-01', standardOrder: 'Y', action: 'NEW; FR NOTICE ADDED',
      frCitation: '85 F.R. 1 2/5/2020; 83 F.R. 2', lastUpdate: '2020-02-05',
    });
    expect(e.lists).toEqual(['Denied Persons List (DPL) - Bureau of Industry and Security']);
    expect(e.programs).toEqual([{ raw: 'DPL', key: 'DPL' }]);
    expect(e.raw).toHaveLength(2);
  });

  it('makes companies organisations and splits "SURNAME, GIVEN" into parts', () => {
    expect(mapDplRows([row({ Name: 'ARROWTRONIC, LLC' })]).schema).toBe('Organization');
    expect(mapDplRows([row({ Name: 'JIN, ZHONGDA' })]).names[0]).toEqual({ full: 'JIN, ZHONGDA', kind: 'primary', script: 'Latin', parts: { family: 'JIN', given: 'ZHONGDA' } });
    expect(mapDplRows([row({ Name: 'ABEL HERNANDEZ, JR.' })]).names[0].parts).toBeUndefined();
  });
});
