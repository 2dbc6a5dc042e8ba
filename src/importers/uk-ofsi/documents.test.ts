import { describe, expect, it } from 'vitest';
import { documentIdentifiers } from './documents.js';

const brief = (text: string, type: 'passport' | 'national_id' = 'passport', details?: string) =>
  documentIdentifiers(text, type, details).map((i) => [i.type, i.value, i.country, i.note]);

describe('documentIdentifiers', () => {
  it('takes the number after a label and keeps the bracketed rest as note, with the country it names', () => {
    expect(brief('Passport No: 592667 (Qatari passport issued on 3 May 2007).')).toEqual([
      ['passport', '592667', 'QA', 'Qatari passport issued on 3 May 2007'],
    ]);
  });

  it('splits numbered and lettered enumerations, sharing a lead-in', () => {
    expect(brief('Jordanian passport numbers (1) K048787 (2) 486298')).toEqual([
      ['passport', 'K048787', 'JO', 'Jordanian passport numbers'],
      ['passport', '486298', 'JO', 'Jordanian passport numbers'],
    ]);
    expect(brief('Kuwaiti passport no. (A)001714467 (B)101505554').map((x) => x[1])).toEqual(['001714467', '101505554']);
  });

  it('treats the text before a (b) marker as the first item when it holds a number, and types an identity card', () => {
    expect(brief('00344994 (Yemeni). Issued 3 July 1999 in Sanaa (b) 973406 (Yemeni national identification card, issued on 03/07/1996)')).toEqual([
      ['passport', '00344994', 'YE', '(Yemeni). Issued 3 July 1999 in Sanaa'],
      ['national_id', '973406', 'YE', 'Yemeni national identification card, issued on 03/07/1996'],
    ]);
  });

  it('splits sentences that each name a document and skips dates', () => {
    const text = 'Yemeni passport number 17979 issued under name A. Yemeni passport number 02117777 issued on 8.11.2005 under name B.';
    expect(brief(text).map((x) => x[1])).toEqual(['17979', '02117777']);
    expect(brief('(1) 6487 (Egypt). Issued 30 Jan 1986. (2) (Eqypt). Issued 1993. (3) 388181 (Yemen).').map((x) => x[1])).toEqual(['6487', '388181']);
  });

  it('keeps series letters and spaced numbers, and does not read "no" as Norway', () => {
    expect(brief('D 000974 (Afghan)')).toEqual([['passport', 'D 000974', 'AF', 'Afghan']]);
    expect(brief('TR-M842033 (Turkish)')[0].slice(0, 3)).toEqual(['passport', 'TR-M842033', 'TR']);
    expect(brief('(1) 86449 (2) 842 781').map((x) => x[1])).toEqual(['86449', '842 781']);
    expect(brief('no.: 0216155930')).toEqual([['passport', '0216155930', undefined, undefined]]);
  });

  it('types a fiscal code as tax and a US social security number as a national id', () => {
    expect(brief('Italian Fiscal Code HDDFTH63H28Z352V', 'national_id')).toEqual([['tax', 'HDDFTH63H28Z352V', 'IT', 'Italian Fiscal Code']]);
    expect(brief('US Social Security no 423-31-3021', 'national_id')).toEqual([['national_id', '423-31-3021', 'US', 'US Social Security']]);
  });

  it('uses the 2022 layout details column as note, country and type source', () => {
    expect(brief('7707083893', 'national_id', 'Russia INN')).toEqual([['tax', '7707083893', 'RU', 'Russia INN']]);
  });

  it('returns nothing for text without a document number', () => {
    expect(brief('Issued in Kabul on 13 Sep 1998')).toEqual([]);
    expect(documentIdentifiers(undefined, 'passport')).toEqual([]);
  });
});
