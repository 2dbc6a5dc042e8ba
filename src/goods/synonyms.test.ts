import { describe, expect, it } from 'vitest';
import { matchSynonyms } from './synonyms.js';
import { compileTerm } from './synonym-rule.js';

const codes = (text: string) => matchSynonyms(text).map((h) => h.rule.hs6);

describe('matchSynonyms', () => {
  it.each([
    ['ball bearings', '848210'],
    ['Rillenkugellager', '848210'],
    ['roulements à billes', '848210'],
    ['rodamientos de bolas', '848210'],
    ['шарикоподшипник', '848210'],
    ['深沟球轴承', '848210'],
    ['Mikrocontroller', '854231'],
    ['микроконтроллер', '854231'],
    ['单片机', '854231'],
    ['Bearbeitungszentrum', '845710'],
    ['токарный станок с ЧПУ', '845811'],
    ['Oszilloskop', '903020'],
  ])('%s -> %s', (text, hs6) => {
    expect(codes(text)).toContain(hs6);
  });

  it('lets the longest match win an overlap', () => {
    const c = codes('tapered roller bearing');
    expect(c).toContain('848220');
    expect(c).not.toContain('848210');
  });

  it('matches terms at word starts only, unless marked', () => {
    expect(compileTerm('ic$').test('ic chip')).toBe(true);
    expect(compileTerm('ic$').test('ceramic')).toBe(false);
    expect(compileTerm('*kugellager').test('rillenkugellager')).toBe(true);
    expect(compileTerm('bearing').test('bearings')).toBe(true);
  });

  it('matches the words of a short term in any order, inflected', () => {
    expect(codes('Масло подсолнечное рафинированное')).toContain('151219');
    expect(compileTerm('ball bearing').test('bearing ball 6205')).toBe(true);
    expect(compileTerm('ball bearing').test('ball of a bearing')).toBe(false);
  });
});
