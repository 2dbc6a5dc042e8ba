import { describe, expect, it } from 'vitest';
import { idTypeOf, splitIdText } from './id-text.js';

describe('splitIdText', () => {
  it('splits the v1.0 number, type and remark', () => {
    expect(splitIdText('AD001095 (passport-National passport) ((passport))')).toEqual({
      number: 'AD001095', typeCode: 'passport', typeDescription: 'National passport', remark: '(passport)',
    });
    expect(splitIdText('33301/862 (other-Other identification number) (issued: 17 october 1997 expires: 1 october 2005)')).toEqual({
      number: '33301/862', typeCode: 'other', typeDescription: 'Other identification number',
      remark: 'issued: 17 october 1997 expires: 1 october 2005',
    });
    expect(splitIdText('63-646650 Q70 (id-National identification card) ((id))').number).toBe('63-646650 Q70');
  });
  it('returns other text whole', () => {
    expect(splitIdText(' 12345 ')).toEqual({ number: '12345' });
  });
});

describe('idTypeOf', () => {
  it('maps FSF type codes and descriptions', () => {
    expect(idTypeOf('passport', 'National passport')).toBe('passport');
    expect(idTypeOf('id', 'National identification card')).toBe('national_id');
    expect(idTypeOf('regnumber', 'Registration Number')).toBe('registration');
    expect(idTypeOf('fiscalcode', 'Fiscal code')).toBe('tax');
    expect(idTypeOf('swiftbic', 'SWIFT BIC')).toBe('swift_bic');
    expect(idTypeOf('other', 'Other identification number')).toBe('other');
  });
});
