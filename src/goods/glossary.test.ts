import { describe, expect, it } from 'vitest';
import { GLOSSARY, LANGS, translateToEnglish } from './glossary.js';

/** The English words a line was read as. */
const words = (text: string) => translateToEnglish(text).english.split(' ').filter(Boolean);

describe('GLOSSARY', () => {
  it('has a broad glossary for every language', () => {
    for (const lang of LANGS) expect(GLOSSARY[lang].length).toBeGreaterThan(500);
  });

  it('holds well-formed entries', () => {
    for (const lang of LANGS) {
      for (const [k, v] of GLOSSARY[lang]) {
        expect(k.trim()).toBe(k);
        expect(v.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('translateToEnglish: Russian', () => {
  it('reads inflected words by stem', () => {
    expect(words('Подшипники шариковые радиальные, сталь')).toEqual(expect.arrayContaining(['bearings', 'ball', 'steel']));
    expect(words('Кабель медный в изоляции')).toEqual(expect.arrayContaining(['cables', 'copper']));
    expect(words('Насос центробежный с электродвигателем')).toEqual(expect.arrayContaining(['pumps', 'electric', 'motors']));
    expect(words('Брюки женские из хлопчатобумажной ткани')).toEqual(expect.arrayContaining(['trousers', 'women', 'cotton']));
    expect(words('Станки фрезерные вертикальные')).toEqual(expect.arrayContaining(['machine', 'tool', 'milling']));
  });

  it('keeps short words whole: мед is honey, медный is copper, шины are tyres, шинель is not', () => {
    expect(words('Мёд цветочный')).toContain('honey');
    expect(words('Мёд цветочный')).not.toContain('copper');
    expect(words('Лента медная')).toContain('copper');
    expect(words('Лента медная')).not.toContain('honey');
    expect(words('Шины зимние')).toContain('tyres');
    expect(words('Шинель суконная')).not.toContain('tyres');
  });

  it('prefers the longest stem', () => {
    const r = translateToEnglish('Электродвигатель асинхронный');
    expect(r.matched[0]).toMatchObject({ source: 'Электродвигатель', english: 'electric motors', lang: 'ru' });
    expect(words('Виноград свежий')).toEqual(expect.arrayContaining(['grapes', 'fresh']));
    expect(words('Виноград свежий')).not.toContain('wine');
  });
});

describe('translateToEnglish: Chinese', () => {
  it('finds words by substring', () => {
    expect(words('铜芯电缆 3芯')).toEqual(expect.arrayContaining(['copper', 'cables']));
    expect(words('女式针织连衣裙')).toEqual(expect.arrayContaining(['women', 'knitted', 'dresses']));
    expect(words('天然蜂蜜500克')).toContain('honey');
  });

  it('takes the longest match first', () => {
    const r = translateToEnglish('不锈钢合页');
    expect(r.matched.map((m) => m.source)).toEqual(['不锈钢', '合页']);
    expect(r.english).toBe('stainless steel hinges');
    expect(translateToEnglish('圆锥滚子轴承').matched).toHaveLength(1);
    expect(words('卫生纸')).toEqual(['toilet', 'paper']);
  });

  it('lets blockers swallow non-goods words', () => {
    // 米 (metre) in a length must not read as rice; 管理 (management) is not a pipe.
    expect(words('电线 长度100米')).not.toContain('rice');
    expect(words('管理费')).toEqual([]);
  });
});

describe('translateToEnglish: German', () => {
  it('splits compounds from the head', () => {
    expect(translateToEnglish('Rillenkugellager 6205-2RS C3').matched[0]).toMatchObject({ source: 'Rillenkugellager', english: 'ball bearings' });
    expect(words('Blechschrauben verzinkt')).toEqual(expect.arrayContaining(['screws', 'sheet', 'galvanised']));
    expect(words('Edelstahlrohre geschweißt')).toEqual(expect.arrayContaining(['stainless', 'steel', 'tube', 'welded']));
    expect(words('Wasserpumpe für Garten')).toEqual(expect.arrayContaining(['water', 'pumps', 'garden']));
    expect(words('Motoröl 5W-30')).toContain('oil');
  });

  it('strips inflection endings and folds umlauts', () => {
    expect(words('Sechskantmuttern aus Messing')).toEqual(expect.arrayContaining(['nuts', 'brass']));
    expect(words('Gefrorene Himbeeren und Erdbeeren')).toEqual(expect.arrayContaining(['frozen', 'strawberries']));
    expect(words('Bürsten für Küchen')).toContain('brushes');
  });

  it('does not read Preis as rice or Komponente as ducks', () => {
    expect(words('Komponenten aus Stahl')).not.toContain('ducks');
    expect(words('Preise ohne Steuer für Schrauben')).not.toContain('rice');
    expect(words('Schrauben, Hersteller: Müller')).toEqual(['screws']);
  });
});

describe('translateToEnglish: French and Spanish', () => {
  it('matches after accents, plurals and feminine endings', () => {
    expect(words('Chaussettes en laine pour femmes')).toEqual(expect.arrayContaining(['socks', 'wool', 'women']));
    expect(words('Crevettes congelées décortiquées')).toEqual(expect.arrayContaining(['shrimps', 'frozen', 'shelled']));
    expect(words('Métaux précieux')).toEqual(expect.arrayContaining(['metal', 'precious']));
    expect(words('Tuercas y arandelas de latón')).toEqual(expect.arrayContaining(['nuts', 'washers', 'brass']));
    expect(words('Cebollas secas, envasadas')).toEqual(expect.arrayContaining(['onions', 'dried']));
  });

  it('matches phrases', () => {
    expect(translateToEnglish('Machine à laver le linge 7 kg').matched[0]).toMatchObject({ english: 'washing machines' });
    expect(words('Jus de pommes de terre')).toEqual(expect.arrayContaining(['juice', 'potatoes']));
    expect(words('Aceite de oliva virgen')).toEqual(expect.arrayContaining(['olive', 'oil']));
    expect(words("Bouteille d'huile d'olive")).toEqual(expect.arrayContaining(['bottles', 'olive', 'oil']));
    expect(translateToEnglish("Huile d'olive vierge").matched[0]).toMatchObject({ source: "Huile d'olive", english: 'olive oil' });
  });
});

describe('translateToEnglish: Turkish', () => {
  it('reads suffixed words by stem, softened consonants included', () => {
    expect(words('Paslanmaz çelikten vidalar')).toEqual(expect.arrayContaining(['stainless', 'steel', 'screws']));
    expect(words('Bakır kablolar ve bağlantı parçaları')).toEqual(expect.arrayContaining(['copper', 'cables', 'parts']));
    expect(words('Kağıdı beyaz, kutusu ile')).toEqual(expect.arrayContaining(['paper', 'boxes']));
  });

  it('keeps short words whole: bal is honey, balık is fish', () => {
    expect(words('Çiçek balı 450 g')).toContain('honey');
    expect(words('Dondurulmuş balık filetosu')).toEqual(expect.arrayContaining(['frozen', 'fish', 'fillets']));
    expect(words('Dondurulmuş balık filetosu')).not.toContain('honey');
  });
});

describe('translateToEnglish: English and other text', () => {
  it('passes English through untouched', () => {
    for (const line of [
      'Ball bearings 6204 steel',
      'Cotton t-shirts for men, knitted',
      'Stainless steel hex nuts M8',
      'Red wine, bottles of 750 ml',
      'Ferro-alloys; ferro-nickel',
      'Motor pump 5 kW',
      '',
      '12345 ABC-77',
    ]) {
      expect(translateToEnglish(line)).toEqual({ english: '', matched: [] });
    }
  });

  it('translates the foreign part of a mixed line', () => {
    const r = translateToEnglish('Bearing / Подшипник 6204 / 轴承');
    expect(r.matched.map((m) => m.lang).sort()).toEqual(['ru', 'zh']);
    expect(r.english).toBe('bearings');
  });

  it('reports what was read as what', () => {
    const r = translateToEnglish('Honig aus Akazienblüten');
    expect(r.matched).toContainEqual({ source: 'Honig', english: 'honey', lang: 'de' });
  });
});
