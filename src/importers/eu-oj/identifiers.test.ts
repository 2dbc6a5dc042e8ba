import { describe, expect, it } from 'vitest';
import { identifiersOf } from './identifiers.js';

const brief = (column: string, cell: string) =>
  identifiersOf(column, cell).map((i) => [i.type, i.scheme ?? '', i.value, i.country ?? '']);

describe('identifiersOf', () => {
  it('takes the number out of printed wording and keeps the wording as note', () => {
    const [id] = identifiersOf('passportNumber', 'Russian passport no. 55 0314316, valid from 6.12.2019 until 6.12.2029');
    expect(id).toMatchObject({ type: 'passport', value: '55 0314316', normalized: '550314316', country: 'RU' });
    expect(id.note).toContain('valid from 6.12.2019');
  });
  it('splits several numbers and enumerations, with the country each names', () => {
    expect(brief('passportNumber', 'C2002515 (Iran); 477845448 (USA)')).toEqual([
      ['passport', '', 'C2002515', 'IR'], ['passport', '', '477845448', 'US'],
    ]);
    expect(brief('passportNumber', '(a) Philippines number EC6530802 (expires 19.1.2021), (b) Philippines number EB2778599')).toEqual([
      ['passport', '', 'EC6530802', 'PH'], ['passport', '', 'EB2778599', 'PH'],
    ]);
  });
  it('lets the printed label refine the column type', () => {
    expect(brief('registrationNumber', '7725075060 (Tax ID/INN)')).toEqual([['tax', 'INN', '7725075060', '']]);
    expect(brief('ogrnCode', '1207700324941, KPP 772901001')).toEqual([
      ['registration', 'OGRN', '1207700324941', ''], ['registration', 'KPP', '772901001', ''],
    ]);
    expect(brief('idNumber', '710508436 (Russian passport)')).toEqual([['passport', '', '710508436', 'RU']]);
    expect(brief('registrationNumber', '914403000775394696 (China Unified Social Credit Code)')).toEqual([
      ['registration', 'UNIFIED SOCIAL CREDIT CODE', '914403000775394696', 'CN'],
    ]);
  });
  it('reads typed codes by their pattern and keeps grouped digits together', () => {
    expect(brief('swiftBic', 'KHJBSDKH and 5040942458')).toEqual([['swift_bic', '', 'KHJBSDKH', '']]);
    expect(brief('ogrnCode', '1 121 402 000 213')).toEqual([['registration', 'OGRN', '1 121 402 000 213', '']]);
    expect(identifiersOf('ogrnCode', '1 121 402 000 213')[0].normalized).toBe('1121402000213');
    expect(brief('imoNumber', '9233208')).toEqual([['imo', '', '9233208', '']]);
    expect(brief('idNumber', 'Series 9005 No 679558')).toEqual([['national_id', '', '9005 679558', '']]);
  });
  it('does not take a trailing year for a second number', () => {
    expect(brief('idNumber', 'Pakistan National Identification number 5440005229635, officially cancelled as of 2013')).toEqual([
      ['national_id', '', '5440005229635', 'PK'],
    ]);
  });
});
