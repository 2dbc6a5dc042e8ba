import { describe, expect, it } from 'vitest';
import { analyzeName } from './name.js';
import { phoneticKey, skeleton } from './phonetic.js';
import { foldToAscii } from './fold.js';

const keys = (name: string, schema?: Parameters<typeof analyzeName>[1]) => analyzeName(name, schema).tokens.map((t) => t.key);

describe('transliteration variants meet on one phonetic key', () => {
  it('Cyrillic patronymics in BGN/PCGN, ICAO, GOST and German spellings', () => {
    const forms = ['Yuryevich', 'Yurievich', 'Iurevich', 'Jurjewitsch', 'Юрьевич'];
    const k = forms.map((f) => keys(f)[0]);
    expect(new Set(k).size).toBe(1);
  });

  it('Putin in French, Dutch, Hungarian and Cyrillic', () => {
    for (const f of ['Poutine', 'Poetin', 'Putyin', 'Путин', 'PUTIN']) expect(keys(f)[0]).toBe('putin');
  });

  it('Arabic-script names meet their Latin spelling on the consonant skeleton', () => {
    const [v, p] = analyzeName('فلاديمير بوتين').tokens;
    expect(v.skel).toBe(skeleton(phoneticKey('vladimir')));
    expect(p.skel).toBe(skeleton(phoneticKey('putin')));
    expect(v.loose).toBe(true);
  });

  it('Mohammed, Muhammad and Mohamed share a skeleton', () => {
    const s = ['Mohammed', 'Muhammad', 'Mohamed'].map((n) => analyzeName(n).tokens[0].skel);
    expect(new Set(s).size).toBe(1);
  });
});

describe('folding', () => {
  it('drops bidi marks, zero-width characters and emoji', () => {
    expect(foldToAscii('\u200fPutin\u200f')).toBe('putin');
    expect(foldToAscii('🙂 Putin 🙂')).toBe('putin');
    expect(foldToAscii('Pu\u200bt\u00ADin')).toBe('putin');
  });

  it('spells Han names in pinyin syllables, Korean names as family + given name, and foreign names in Hangul without the epenthetic vowel', () => {
    expect(foldToAscii('习近平')).toBe('xi jinping');
    expect(foldToAscii('丽丽 彭')).toBe('lili peng');
    expect(foldToAscii('김정은')).toBe('kim jeongeun');
    expect(foldToAscii('박지성')).toBe('park jiseong');
    expect(foldToAscii('블라디미르')).toBe('bladimil');
  });

  it('folds Japanese kana towards the foreign spelling', () => {
    expect(analyzeName('プーチン').tokens.map((t) => t.text)).toEqual(['putin']);
  });
});

describe('name analysis', () => {
  it('strips legal forms of organisations in several languages and says which', () => {
    const a = analyzeName('ООО "Ромашка"', 'Organization');
    expect(a.tokens.map((t) => t.text)).toEqual(['romashka']);
    expect(a.legalForms[0].generic).toBe('LLC');
    expect(analyzeName('Huawei Technologies Co., Ltd.', 'Organization').tokens.map((t) => t.text)).toEqual(['huawei', 'technologies']);
    expect(analyzeName('Aktiengesellschaft Siemens', 'Organization').legalForms[0].generic).toBe('JSC');
  });

  it('keeps two-letter words in names of unknown kind', () => {
    expect(analyzeName('Bank SA').tokens.map((t) => t.text)).toEqual(['bank', 'sa']);
    expect(analyzeName('Bank SA', 'Organization').tokens.map((t) => t.text)).toEqual(['bank']);
  });

  it('drops titles from person names in many languages', () => {
    for (const n of ['Президент Путин', 'Präsident Putin', 'Presidente Putin', 'Predsjednik Putin']) {
      expect(analyzeName(n).tokens.map((t) => t.text)).toEqual(['putin']);
    }
  });

  it('joins Arabic compounds however they are spaced', () => {
    const a = analyzeName('Abd al-Rahman').tokens.map((t) => t.key);
    const b = analyzeName('Abdul Rahman').tokens.map((t) => t.key);
    expect(a).toEqual(b);
  });

  it('knows surname-first names', () => {
    expect(analyzeName('MADURO MOROS, Nicolas').surnameFirst).toBe(true);
  });
});
