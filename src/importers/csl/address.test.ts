import { describe, expect, it } from 'vitest';
import { parseCslAddress, parseCslAddresses } from './address.js';

describe('parseCslAddress', () => {
  it('reads country code, postal code, city and street from the ends', () => {
    expect(parseCslAddress('79 ul. Sadovnicheskaya, Moscow, 115035, RU')).toEqual({
      full: '79 ul. Sadovnicheskaya, Moscow, 115035, RU', street: '79 ul. Sadovnicheskaya', city: 'Moscow', postalCode: '115035', country: 'RU',
    });
    expect(parseCslAddress('Shenyang, CN')).toEqual({ full: 'Shenyang, CN', city: 'Shenyang', country: 'CN' });
    expect(parseCslAddress('SY')).toEqual({ full: 'SY', country: 'SY' });
  });

  it('drops a country name printed before its code and resolves country names', () => {
    expect(parseCslAddress('Komitas 26/114, Yerevan, Armenia, AM')).toMatchObject({ city: 'Yerevan', country: 'AM', street: 'Komitas 26/114' });
    expect(parseCslAddress('113 Hezuo Road, Shijiazhuang, Hebei, China')).toMatchObject({ country: 'CN', city: 'Hebei' });
  });

  it('recognises US addresses without a country', () => {
    expect(parseCslAddress('7405 SW 79CT, MIAMI, FL, 33143')).toEqual({
      full: '7405 SW 79CT, MIAMI, FL, 33143', street: '7405 SW 79CT', city: 'MIAMI', region: 'FL', postalCode: '33143', country: 'US',
    });
  });

  it('does not take a room or suite number for a postal code', () => {
    expect(parseCslAddress('Building 3, Room 12, Dubai, AE')).toMatchObject({ city: 'Dubai', country: 'AE', street: 'Building 3, Room 12' });
  });

  it('splits several addresses and strips the Entity List\'s "and"', () => {
    expect(parseCslAddresses('1 A Road, Minsk, 220030, BY; and 2 B Road, Minsk, BY').map((a) => a.full)).toEqual(['1 A Road, Minsk, 220030, BY', '2 B Road, Minsk, BY']);
  });
});
