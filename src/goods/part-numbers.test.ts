import { describe, expect, it } from 'vitest';
import { matchPartNumbers } from './part-numbers.js';

const best = (text: string) => matchPartNumbers(text).sort((a, b) => b.pattern.weight - a.pattern.weight)[0];

describe('matchPartNumbers', () => {
  it.each([
    ['STM32F103C8T6', '854231', 'STM32F103C8T6'],
    ['ATmega328P-AU', '854231', 'ATMEGA328P-AU'],
    ['XC7Z020-1CLG400C', '854231', 'XC7Z020-1CLG400C'],
    ['EP4CE22F17C8N', '854231', 'EP4CE22F17C8N'],
    ['W25Q128JVSIQ', '854232', 'W25Q128JVSIQ'],
    ['MT41K256M16TW-107', '854232', 'MT41K256M16TW-107'],
    ['OPA2134PA', '854233', 'OPA2134PA'],
    ['ADS1115IDGSR', '854239', 'ADS1115IDGSR'],
    ['IRFZ44N', '854129', 'IRFZ44N'],
    ['1N4007', '854110', '1N4007'],
    ['PC817C', '854149', 'PC817C'],
    ['D38999/26WD35PN', '853669', 'D38999/26WD35PN'],
    ['GRM188R71H104KA93D', '853224', 'GRM188R71H104KA93D'],
    ['6205-2RS', '848210', '6205-2RS'],
    ['bearing 30208', '848220', '30208'],
    ['SKF 22220 E', '848230', '22220'],
    ['bearing NU 2210 ECP', '848250', 'NU 2210'],
  ])('%s -> %s', (text, hs6, matched) => {
    const hit = best(text);
    expect(hit.pattern.hs6).toBe(hs6);
    expect(hit.matched.startsWith(matched)).toBe(true);
  });

  it('needs bearing context for a bare series number', () => {
    expect(matchPartNumbers('invoice 30208 total').some((h) => h.pattern.hs6 === '848220')).toBe(false);
    expect(matchPartNumbers('Timken 30208').some((h) => h.pattern.hs6 === '848220')).toBe(true);
  });

  it('does not match inside a longer token', () => {
    expect(matchPartNumbers('XSTM32F103').some((h) => h.pattern.name.startsWith('STM32'))).toBe(false);
  });
});
