import { describe, expect, it } from 'vitest';
import { newEntity } from '../common/build.js';
import { applyIds, parseIdEntry } from './ids.js';

describe('parseIdEntry', () => {
  it('reads the 2022 layout: country first, dates, value, label last', () => {
    expect(parseIdEntry('CA, BC166787, Passport')).toEqual({ label: 'Passport', value: 'BC166787', country: 'CA', dates: [] });
    expect(parseIdEntry('2004-02-05, 1999-06-23, G025057, Passport')).toEqual({ label: 'Passport', value: 'G025057', country: undefined, dates: ['1999-06-23', '2004-02-05'] });
    expect(parseIdEntry('Male, Gender')).toMatchObject({ label: 'Gender', value: 'Male' });
    expect(parseIdEntry('Subject to Secondary Sanctions, Additional Sanctions Information -')).toMatchObject({ label: 'Additional Sanctions Information', value: 'Subject to Secondary Sanctions' });
    expect(parseIdEntry('Korea, North, Nationality of Registration')).toMatchObject({ label: 'Nationality of Registration', value: 'Korea, North', country: undefined });
    expect(parseIdEntry('Aerospace Communications Holdings Co., Ltd., Issuer Name')).toMatchObject({ value: 'Aerospace Communications Holdings Co., Ltd.' });
  });

  it('reads the current layout: label first, value, country last', () => {
    expect(parseIdEntry('Passport, 836238033, KP')).toEqual({ label: 'Passport', value: '836238033', country: 'KP', dates: [] });
    expect(parseIdEntry('Gender, Male')).toMatchObject({ label: 'Gender', value: 'Male' });
    expect(parseIdEntry('Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and 510.210'))
      .toMatchObject({ label: 'Secondary sanctions risk', value: 'North Korea Sanctions Regulations, sections 510.201 and 510.210', country: undefined });
  });

  it('gives up on entries with no label', () => {
    expect(parseIdEntry('something, else entirely')).toBeUndefined();
    expect(parseIdEntry('lonely')).toBeUndefined();
  });
});

describe('applyIds', () => {
  const apply = (text: string) => {
    const e = newEntity('t', '1', 'Organization', {});
    applyIds(e, text);
    return e;
  };

  it('types identifiers with scheme and country', () => {
    const e = apply('CN, 91330000733796106P, Unified Social Credit Code (USCC); RU, 7736640919, Tax ID No.; IMO 8898831, Vessel Registration Identification; 1234, Digital Currency Address - XBT');
    expect(e.identifiers).toEqual([
      { type: 'registration', value: '91330000733796106P', normalized: '91330000733796106P', scheme: 'UNIFIED SOCIAL CREDIT CODE', country: 'CN' },
      { type: 'tax', value: '7736640919', normalized: '7736640919', scheme: 'INN', country: 'RU' },
      { type: 'imo', value: '8898831', normalized: '8898831' },
      { type: 'other', value: '1234', normalized: '1234', scheme: 'DIGITAL CURRENCY ADDRESS - XBT' },
    ]);
    expect(e.countries).toEqual(['CN', 'RU']);
  });

  it('tells an LEI from another "Legal Entity Number"', () => {
    const e = apply('RU, 25340038P8SYW80B9W34, Legal Entity Number; NL, 852496527, Legal Entity Number');
    expect(e.identifiers.map((i) => [i.type, i.value])).toEqual([['lei', '25340038P8SYW80B9W34'], ['registration', '852496527']]);
  });

  it('keeps facts without a model field as extra or remarks, never drops them', () => {
    const e = apply('info@x.example, Email Address; 16 Jan 2017, Organization Established Date; Subject to Directive 2, Executive Order 13662 Directive Determination -; odd text with no label');
    expect(e.extra).toEqual({ email: 'info@x.example', established: '16 Jan 2017' });
    expect(e.remarks).toEqual(['Executive Order 13662 Directive Determination: Subject to Directive 2', 'odd text with no label']);
  });

  it('sets gender and the secondary-sanctions flag', () => {
    const e = apply('Female, Gender; Subject to Secondary Sanctions, Additional Sanctions Information -');
    expect(e.gender).toBe('female');
    expect(e.secondarySanctions).toBe(true);
  });
});
