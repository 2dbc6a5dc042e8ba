import { describe, expect, it } from 'vitest';
import { aliasKind, primaryName, splitAcronym, splitAlias } from './names.js';

describe('primaryName', () => {
  it('joins the four name fields in order; parts are given / middle / family', () => {
    expect(primaryName(['HIKMAT', 'MIZBAN', 'IBRAHIM', 'AL-AZZAWI'], 'IQi.028')).toEqual({
      full: 'HIKMAT MIZBAN IBRAHIM AL-AZZAWI',
      parts: { given: 'HIKMAT', middle: 'MIZBAN IBRAHIM', family: 'AL-AZZAWI' },
    });
    expect(primaryName([' GEDO ', 'HAMDAN ', undefined, undefined], 'SDi.007')).toEqual({ full: 'GEDO HAMDAN', parts: { given: 'GEDO', family: 'HAMDAN' } });
    expect(primaryName(['HIDAYATULLAH', undefined], 'TAi.001')).toEqual({ full: 'HIDAYATULLAH' });
    expect(primaryName(['', undefined], 'TAi.001')).toEqual({});
  });

  it('reads DPRK names family name first', () => {
    expect(primaryName(['KIM', 'JONG SIK'], 'KPi.066').parts).toEqual({ family: 'KIM', given: 'JONG SIK' });
  });
});

describe('splitAlias', () => {
  it('splits lists of spellings and lettered alternatives', () => {
    expect(splitAlias('Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet')).toEqual(['Mohammed Sabet', 'Mohammad Sabet', 'M. Javad Kareemi Sabet']);
  });

  it('keeps bracketed names in another script and drops bracketed notes', () => {
    expect(splitAlias('Jin Tiesan (金铁三)')).toEqual(['Jin Tiesan', '金铁三']);
    expect(splitAlias('حسن غول (Hassan Ghul; Hassan Gul)')).toEqual(['حسن غول', 'Hassan Ghul', 'Hassan Gul']);
    expect(splitAlias('Amir Khazmat (original script: Амир Хазмат)')).toEqual(['Amir Khazmat', 'Амир Хазмат']);
    expect(splitAlias('EL PARA (COMBAT NAME)')).toEqual(['EL PARA']);
    expect(splitAlias('Safia Farkash Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)')).toEqual(['Safia Farkash Al-Hadad']);
    expect(splitAlias(') Abdelrahman Zafir')).toEqual(['Abdelrahman Zafir']);
    expect(splitAlias('   ')).toEqual([]);
  });
});

describe('aliasKind', () => {
  it('maps UN alias qualities', () => {
    expect([aliasKind('Good'), aliasKind('a.k.a.'), aliasKind('Low'), aliasKind('f.k.a.'), aliasKind(undefined)])
      .toEqual(['strong_alias', 'strong_alias', 'weak_alias', 'former', 'strong_alias']);
  });
});

describe('splitAcronym', () => {
  it('splits a trailing acronym only', () => {
    expect(splitAcronym('HAQQANI NETWORK (HQN)')).toEqual({ name: 'HAQQANI NETWORK', acronym: 'HQN' });
    expect(splitAcronym('UGANDA COMMERCIAL IMPEX (UCI) LTD')).toBeUndefined();
  });
});
