import { describe, expect, it } from 'vitest';
import { recognise } from './entities.js';

const found = (t: string) => recognise(t).map((m) => `${m.type}:${m.text}`);

describe('recognise', () => {
  it('types organisations by cue words and legal forms, and joins "and"/"of" inside names', () => {
    expect(found('The Industrial and Commercial Bank of China and Sinno Electronics Co., Ltd. met the Ministry of Defence.')).toEqual([
      'ORGANIZATION:Industrial and Commercial Bank of China', 'ORGANIZATION:Sinno Electronics Co., Ltd', 'ORGANIZATION:Ministry of Defence',
    ]);
  });

  it('splits two names joined by "and"', () => {
    expect(found('Sberbank and VTB Bank were hit, as were Russia and Belarus.')).toEqual(['ORGANIZATION:Sberbank', 'ORGANIZATION:VTB Bank', 'COUNTRY:Russia', 'COUNTRY:Belarus']);
  });

  it('finds people after titles, by given name, in the officials gazetteer, and by surname later on', () => {
    const ms = recognise('Chinese President Xi Jinping met Treasury Secretary Janet Yellen. Kremlin spokesman Dmitry Peskov said Ivan Petrov left. Yellen agreed.');
    expect(ms.map((m) => `${m.type}:${m.text}`)).toEqual([
      'NATIONALITY:Chinese', 'PERSON:Xi Jinping', 'PERSON:Janet Yellen', 'ORGANIZATION:Kremlin', 'PERSON:Dmitry Peskov', 'PERSON:Ivan Petrov', 'PERSON:Yellen',
    ]);
    expect(ms.find((m) => m.text === 'Xi Jinping')?.official?.role).toBe('President of China');
    expect(ms.find((m) => m.text === 'Yellen')?.official?.name).toBe('Janet Yellen');
  });

  it('resolves countries, alternative spellings, demonyms and cities to ISO codes', () => {
    const ms = recognise('Exports from the U.S. and Türkiye reached Kyrgyz traders in Bishkek and the UAE.');
    expect(ms.filter((m) => m.country).map((m) => `${m.type}:${m.text}:${m.country}`)).toEqual([
      'COUNTRY:U.S.:US', 'COUNTRY:Türkiye:TR', 'NATIONALITY:Kyrgyz:KG', 'LOCATION:Bishkek:KG', 'COUNTRY:UAE:AE',
    ]);
  });

  it('takes the type and expansion of an acronym from its definition in the text', () => {
    const ms = recognise("The Office of Foreign Assets Control (OFAC) acted. Later OFAC said more would follow.");
    expect(ms.filter((m) => m.text === 'OFAC').every((m) => m.expansion === 'Office of Foreign Assets Control' && m.type === 'ORGANIZATION')).toBe(true);
  });

  it('finds money amounts and percentages with their values', () => {
    const ms = recognise('Trade rose 26% to $240 billion, and 12 million yuan was paid; exports fell by a third.');
    expect(ms.filter((m) => m.type === 'MONEY' || m.type === 'PERCENT').map((m) => [m.type, m.text, m.value, m.currency])).toEqual([
      ['PERCENT', '26%', 26, undefined], ['MONEY', '$240 billion', 240e9, 'USD'], ['MONEY', '12 million yuan', 12e6, 'CNY'], ['PERCENT', 'by a third', 33.3, undefined],
    ]);
  });

  it('does not take sentence-initial function words or months for names', () => {
    expect(found('However, in March the Council met. According to Reuters, nothing changed.')).toEqual(['ORGANIZATION:Council', 'ORGANIZATION:Reuters']);
  });
});
