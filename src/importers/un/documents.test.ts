import { describe, expect, it } from 'vitest';
import type { XmlNode } from '../common/xml.js';
import { documentIdentifier, documentType, splitNumber } from './documents.js';

const doc = (fields: Record<string, string>): XmlNode => ({
  name: 'INDIVIDUAL_DOCUMENT',
  attrs: {},
  text: '',
  children: Object.entries(fields).map(([name, text]) => ({ name, attrs: {}, children: [], text })),
});

describe('splitNumber', () => {
  it.each([
    ['Libya 428720', 'Libya', '428720'],
    ['CAR diplomatic passport no. D00000898', 'CAR diplomatic passport no.', 'D00000898'],
    ['German travel document (“Reiseausweis”) A 0139243', 'German travel document (“Reiseausweis”)', 'A 0139243'],
    ['Russian passport number 8208 No. 555627', 'Russian passport number', '8208 555627'],
    ['TR-P 614 166', '', 'TR-P 614 166'],
    ['35202- 4135948-7', '', '35202- 4135948-7'],
    ['Laissez-passer no. N°235/MISPAT/DIRCAB', 'Laissez-passer no.', 'N°235/MISPAT/DIRCAB'],
  ])('%s', (raw, label, value) => {
    expect(splitNumber(raw)).toEqual({ label, value });
  });
});

describe('documentType', () => {
  it('reads the finer type from the words around the number', () => {
    expect(documentType('national passport', 'National Identification Number')).toEqual({ type: 'passport' });
    expect(documentType('Italian Fiscal Code:', 'National Identification Number')).toEqual({ type: 'tax' });
    expect(documentType('Ration card no.', 'National Identification Number')).toEqual({ type: 'other' });
    expect(documentType('', 'Numéro de passeport')).toEqual({ type: 'passport' });
    expect(documentType('', 'National Identification Number')).toEqual({ type: 'national_id' });
  });
});

describe('documentIdentifier', () => {
  it('takes the issuing country from the label, a trailing country or a bracket', () => {
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'Passport', NUMBER: 'CAR diplomatic passport no. D00000898' })).id)
      .toMatchObject({ type: 'passport', value: 'D00000898', country: 'CF' });
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'Passport', NUMBER: 'R00012098, South Sudan' })).id)
      .toMatchObject({ value: 'R00012098', country: 'SS' });
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'Passport', NUMBER: '381110042 (Expired 25 Jan. 2016)' })).id)
      .toEqual({ type: 'passport', value: '381110042', normalized: '381110042', note: 'Expired 25 Jan. 2016' });
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'National Identification Number', NUMBER: '9681029476', COUNTRY_OF_ISSUE: 'Jordan' })).id)
      .toMatchObject({ type: 'national_id', country: 'JO' });
  });

  it('finds a number written in TYPE_OF_DOCUMENT2 or in the note', () => {
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'National Identification Number', TYPE_OF_DOCUMENT2: 'Afghan national identification card (tazkira) number 545167', NOTE: 'issued in 1974' })).id)
      .toMatchObject({ type: 'national_id', value: '545167', country: 'AF' });
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'Passport', NOTE: 'Tunisian passport number L 191609 issued on 28 Feb. 1996' })).id)
      .toMatchObject({ type: 'passport', value: 'L 191609', normalized: 'L191609', country: 'TN' });
  });

  it('keeps a document without any number as a remark', () => {
    expect(documentIdentifier(doc({ TYPE_OF_DOCUMENT: 'Passport', ISSUING_COUNTRY: 'Egypt', NOTE: 'issued in 1993' })))
      .toEqual({ remark: 'Document: Passport; issued in 1993' });
    expect(documentIdentifier(doc({}))).toEqual({});
  });
});
