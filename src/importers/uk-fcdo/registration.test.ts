import { describe, expect, it } from 'vitest';
import { parseRegistrations } from './registration.js';

const brief = (text: string) => parseRegistrations(text).map((i) => [i.type, i.scheme, i.value, i.country]);

describe('parseRegistrations', () => {
  it('splits labels run together and types each number', () => {
    expect(brief('OGRN: 1247700291200KPP: 770701001INN: 9707028663')).toEqual([
      ['registration', 'OGRN', '1247700291200', undefined],
      ['tax', 'KPP', '770701001', undefined],
      ['tax', 'INN', '9707028663', undefined],
    ]);
  });

  it('reads country words before labels and bracketed countries after numbers', () => {
    expect(brief('Russia OGRN - 1027700024560 Russia INN - 7736046991 SWIFT/BIC – ABSLRUMM Russia License No. - 2306')).toEqual([
      ['registration', 'OGRN', '1027700024560', 'RU'],
      ['tax', 'INN', '7736046991', 'RU'],
      ['swift_bic', undefined, 'ABSLRUMM', undefined],
      ['other', 'LICENCE', '2306', 'RU'],
    ]);
    expect(brief('(УНН/ИНН): 190950894 (Belarus),  7704734000/770301001 (Russia) ')).toEqual([
      ['tax', 'INN', '190950894', 'BY'],
      ['tax', 'INN', '7704734000/770301001', 'RU'],
    ]);
  });

  it('takes labels written after the number', () => {
    expect(brief('7706061801 (INN) ')).toEqual([['tax', 'INN', '7706061801', undefined]]);
    expect(brief('1217800095248 - OGRN')).toEqual([['registration', 'OGRN', '1217800095248', undefined]]);
    expect(brief('440111000105746 (Company registration number)190748254 (China Organisation code) ')).toEqual([
      ['registration', undefined, '440111000105746', undefined],
      ['registration', 'ORGANISATION CODE', '190748254', 'CN'],
    ]);
  });

  it('makes a 13-digit state registration number an OGRN and a Russian TIN an INN', () => {
    expect(brief("'TIN - 6440020175SRN - 1096440000425'")).toEqual([
      ['tax', undefined, '6440020175', undefined],
      ['registration', 'OGRN', '1096440000425', undefined],
    ]);
    expect(brief('SRN - CA/BG/2019B520')).toEqual([['registration', 'SRN', 'CA/BG/2019B520', undefined]]);
    expect(brief('Russian TIN: 7718763393')).toEqual([['tax', 'INN', '7718763393', 'RU']]);
  });

  it('keeps unlabelled numbers as registrations, with a country or a note from brackets', () => {
    expect(brief('1037739635890 (Russia)')).toEqual([['registration', 'OGRN', '1037739635890', 'RU']]);
    expect(parseRegistrations('1067746244026 dated 27/07/1992')).toEqual([
      { type: 'registration', value: '1067746244026', normalized: '1067746244026', note: 'dated 27/07/1992' },
    ]);
    expect(brief('CR No. 2182045')).toEqual([['registration', 'CR', '2182045', undefined]]);
    expect(brief("'0127108975400001 · 371692-5 ")).toEqual([
      ['registration', undefined, '0127108975400001', undefined],
      ['registration', undefined, '371692-5', undefined],
    ]);
  });

  it('reads LEI, Chinese USCC and a SWIFT code followed by another number', () => {
    expect(brief('Legal Entity Identifier: 5299008ONRYZRO61SY92; VAT Tax Number - DE 258714047')).toEqual([
      ['lei', undefined, '5299008ONRYZRO61SY92', undefined],
      ['tax', 'VAT', 'DE 258714047', undefined],
    ]);
    expect(brief('USCC: 91440300MA5HX80Y1Q')).toEqual([['registration', 'UNIFIED SOCIAL CREDIT CODE', '91440300MA5HX80Y1Q', undefined]]);
    expect(brief('SWIFT/BIN KHJBSDKH / 5040942458')).toEqual([
      ['registration', undefined, '5040942458', undefined],
      ['swift_bic', undefined, 'KHJBSDKH', undefined],
    ]);
  });

  it('ignores lower-case words that look like acronyms', () => {
    expect(brief('Martin tin 12345678')).toEqual([['registration', undefined, 'Martin tin 12345678', undefined]]);
  });
});
