import { describe, expect, it } from 'vitest';
import { findDeclaredCode } from './declared-code.js';

describe('findDeclaredCode', () => {
  it.each([
    ['Ball bearings, HS 8482.10', '848210'],
    ['HS code: 8542.31.0000 microcontrollers', '854231'],
    ['Подшипники, код ТН ВЭД 8482105000', '848210'],
    ['轴承 海关编码 8482102000', '848210'],
    ['Kugellager, Zolltarifnummer 84821010', '848210'],
  ])('%s -> %s', (text, hs6) => {
    expect(findDeclaredCode(text)?.hs6).toBe(hs6);
  });

  it('ignores numbers without a code label', () => {
    expect(findDeclaredCode('bearing 6205 qty 8482')).toBeUndefined();
  });
});
