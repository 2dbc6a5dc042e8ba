import { describe, expect, it } from 'vitest';
import type { Entity, Schema } from '../../model/entity.js';
import { newEntity } from '../common/build.js';
import { applyRemarks, splitRemarks, type RemarkContext } from './remarks.js';
import { parseOfacDob } from './dob.js';
import { ofacCountry } from './country.js';

const ctx: RemarkContext = {
  listingDates: true,
  resolveLink: (name) => (name === 'KNOWN CO' ? { name, id: 'us-ofac-sdn:7' } : undefined),
};

function mapped(remarks: string, schema: Schema = 'Organization'): Entity {
  const e = newEntity('us-ofac-sdn', '1', schema, {});
  applyRemarks(e, remarks, ctx);
  return e;
}

describe('splitRemarks', () => {
  it('splits on semicolons, collapses whitespace and drops empty pieces', () => {
    expect(splitRemarks('DOB 1960;  POB  Kabul ;; a.k.a. \'X\'.')).toEqual(['DOB 1960', 'POB Kabul', "a.k.a. 'X'."]);
    expect(splitRemarks(null)).toEqual([]);
  });
});

describe('parseOfacDob', () => {
  it('reads single dates, circa and year ranges', () => {
    expect(parseOfacDob('07 Oct 1952')).toEqual([{ value: '1952-10-07', precision: 'day' }]);
    expect(parseOfacDob('Mar 1945')).toEqual([{ value: '1945-03', precision: 'month' }]);
    expect(parseOfacDob('circa 1960')).toEqual([{ value: '1960', precision: 'year', circa: true }]);
    expect(parseOfacDob('1966 to 1968').map((d) => d.value)).toEqual(['1966', '1967', '1968']);
  });

  it('reads ranges of days and of months as the years they touch', () => {
    expect(parseOfacDob('01 Jan 1961 to 31 Dec 1962')).toEqual([
      { value: '1961', precision: 'year', circa: true },
      { value: '1962', precision: 'year', circa: true },
    ]);
    expect(parseOfacDob('Mar 1962 to Feb 1963').map((d) => d.value)).toEqual(['1962', '1963']);
    expect(parseOfacDob('01 May 1970 to 20 May 1970')).toEqual([{ value: '1970-05', precision: 'month', circa: true }]);
    expect(parseOfacDob('sometime last century')).toEqual([]);
  });
});

describe('ofacCountry', () => {
  it('reads OFAC spellings', () => {
    expect(ofacCountry('Korea, North')).toBe('KP');
    expect(ofacCountry('Region: Crimea')).toBe('UA');
    expect(ofacCountry('Region: Gaza')).toBe('PS');
    expect(ofacCountry('Bahamas, The')).toBe('BS');
    expect(ofacCountry('Man, Isle of')).toBe('IM');
    expect(ofacCountry('Cote d Ivoire')).toBe('CI');
    expect(ofacCountry('undetermined')).toBeUndefined();
    expect(ofacCountry('Region: Kafia Kingi')).toBeUndefined();
  });
});

describe('applyRemarks', () => {
  it('maps identifier labels with the bracketed country, other brackets and issue dates as the note', () => {
    const e = mapped(
      'Registration Number HRA 738077 (Stuttgart) (Germany); Unified Social Credit Code (USCC) 91440300MA5DXXXX1X (China); ' +
      'alt. National ID No. 123-456 (Yemen) issued 2001; Economic Register Number (CBLS) 11582964 (United Arab Emirates).',
    );
    expect(e.identifiers).toEqual([
      { type: 'registration', value: 'HRA 738077', normalized: 'HRA738077', country: 'DE', note: 'Stuttgart' },
      { type: 'registration', value: '91440300MA5DXXXX1X', normalized: '91440300MA5DXXXX1X', scheme: 'USCC', country: 'CN' },
      { type: 'national_id', value: '123-456', normalized: '123456', country: 'YE', note: 'issued 2001' },
      { type: 'registration', value: '11582964', normalized: '11582964', scheme: 'CBLS', country: 'AE' },
    ]);
    expect(e.remarks).toEqual([]);
  });

  it('types "Identification Number" by schema and reads a bare 7-digit vessel registration as IMO', () => {
    expect(mapped('Identification Number 2.194.575 (Paraguay)', 'Person').identifiers[0]).toMatchObject({ type: 'national_id', country: 'PY' });
    expect(mapped('Identification Number 2.194.575 (Paraguay)').identifiers[0]).toMatchObject({ type: 'registration' });
    expect(mapped('Vessel Registration Identification 8606173.', 'Vessel').identifiers).toEqual([{ type: 'imo', value: '8606173', normalized: '8606173' }]);
    expect(mapped('Company Number IMO 5055293.').identifiers).toEqual([{ type: 'imo', value: '5055293', normalized: '5055293', scheme: 'COMPANY' }]);
  });

  it('keeps prose that starts like a label but is not an identifier', () => {
    const piece = 'Passport No.: 0310857, Eritrea, Issue Date 21 August 2006, Expire Date 20 August 2008)';
    const e = mapped(piece, 'Person');
    expect(e.identifiers).toEqual([]);
    expect(e.remarks).toEqual([piece]);
  });

  it('maps contact details, issuer names, listing dates and secondary sanctions', () => {
    const e = mapped(
      "Email Address info@example.com; alt. Email Address sales@example.com; Phone Number 982188526300; Issuer Name Example Telecom Corp Ltd; " +
      'Listing Date (CMIC) 03 Jun 2021; Secondary sanctions risk: See Section 11 of Executive Order 14024.',
    );
    expect(e.extra).toEqual({ email: 'info@example.com; sales@example.com', phone: '982188526300' });
    expect(e.names).toEqual([{ full: 'Example Telecom Corp Ltd', kind: 'weak_alias', script: 'Latin' }]);
    expect(e.listedOn).toBe('2021-06-03');
    expect(e.secondarySanctions).toBe(true);
    expect(e.remarks).toEqual(['Listing Date (CMIC) 03 Jun 2021', 'Secondary sanctions risk: See Section 11 of Executive Order 14024.']);
  });

  it('gives remark aliases of people name parts, and resolves links by primary name', () => {
    const e = mapped("a.k.a. 'AL-ZAHAR, Mahmoud'; Linked To: KNOWN CO.", 'Person');
    expect(e.names).toEqual([{ full: 'AL-ZAHAR, Mahmoud', kind: 'weak_alias', script: 'Latin', parts: { family: 'AL-ZAHAR', given: 'Mahmoud' } }]);
    expect(e.links).toEqual([{ type: 'linked_to', targetName: 'KNOWN CO', targetId: 'us-ofac-sdn:7' }]);
  });

  it("unwraps quoted nicknames but keeps a leading ayn apostrophe", () => {
    const e = mapped("a.k.a. ''FOOPIE''; a.k.a. ''ABD-AL-'IZ'.", 'Person');
    expect(e.names.map((n) => n.full)).toEqual(['FOOPIE', "'ABD-AL-'IZ"]);
  });

  it('leaves a DOB it cannot read in remarks', () => {
    const e = mapped('DOB unknown; nationality Atlantis', 'Person');
    expect(e.birthDates).toEqual([]);
    expect(e.nationalities).toEqual([]);
    expect(e.remarks).toEqual(['DOB unknown', 'nationality Atlantis']);
  });
});
