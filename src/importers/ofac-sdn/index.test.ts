import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, statSync } from 'node:fs';
import type { Entity } from '../../model/entity.js';
import { ofacSdnImporter } from './index.js';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const DATED = join(TESTDATA, '2024-01-15');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

async function readFixture(): Promise<Map<string, Entity>> {
  const ref = ofacSdnImporter.discover(allFiles(TESTDATA)).find((r) => r.label === '2024-01-15');
  if (!ref) throw new Error('fixture dataset not discovered');
  const out = new Map<string, Entity>();
  for await (const e of ofacSdnImporter.read(ref, { setPublishedAt: () => undefined })) {
    expect(out.has(e.id), `duplicate id ${e.id}`).toBe(false);
    out.set(e.id, e);
  }
  return out;
}

describe('ofacSdnImporter.discover', () => {
  it('finds the dated dataset with all four roles and its date from the folder', () => {
    const refs = ofacSdnImporter.discover(allFiles(TESTDATA));
    const ref = refs.find((r) => r.label === '2024-01-15');
    expect(ref).toEqual({
      source: 'us-ofac-sdn',
      label: '2024-01-15',
      publishedAt: '2024-01-15',
      files: {
        sdn: join(DATED, 'sdn.csv'),
        add: join(DATED, 'add.csv'),
        alt: join(DATED, 'alt.csv'),
        comments: join(DATED, 'sdn_comments.csv'),
      },
    });
  });

  it('does not take a foreign sdn.csv that has a header row', () => {
    const refs = ofacSdnImporter.discover(allFiles(TESTDATA));
    expect(refs.map((r) => r.label)).not.toContain('foreign');
  });

  it('takes an sdn.csv without side files, and ignores files of other names', () => {
    const refs = ofacSdnImporter.discover([join(DATED, 'sdn.csv'), join(DATED, 'other.csv')]);
    expect(refs).toHaveLength(1);
    expect(refs[0].files).toEqual({ sdn: join(DATED, 'sdn.csv') });
  });

  it('lists the official OFAC download URLs, sdn.csv required', () => {
    expect(ofacSdnImporter.remote.map((r) => [r.role, r.url, r.required])).toEqual([
      ['sdn', 'https://www.treasury.gov/ofac/downloads/sdn.csv', true],
      ['add', 'https://www.treasury.gov/ofac/downloads/add.csv', false],
      ['alt', 'https://www.treasury.gov/ofac/downloads/alt.csv', false],
      ['comments', 'https://www.treasury.gov/ofac/downloads/sdn_comments.csv', false],
    ]);
  });
});

describe('ofacSdnImporter.read on the fixture', () => {
  it('yields one entity per ent_num, merging the repeated 1001, with schemas from SDN_Type', async () => {
    const all = await readFixture();
    expect([...all.keys()].sort()).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007'].map((n) => `us-ofac-sdn:${n}`));
    expect(Object.fromEntries([...all.values()].map((e) => [e.sourceId, e.schema]))).toEqual({
      1001: 'Organization', 1002: 'Person', 1003: 'Organization', 1004: 'Vessel', 1005: 'Aircraft', 1006: 'Person', 1007: 'Organization',
    });
  });

  it('maps a person: name parts, dates with precision, places, nationalities, identifiers, links, comment overflow', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1002')!;
    expect(e.names[0]).toEqual({ full: 'IVANOV, Pyotr Sergeyevich', kind: 'primary', script: 'Latin', parts: { family: 'IVANOV', given: 'Pyotr Sergeyevich' } });
    expect(e.names[1]).toMatchObject({ full: 'IVANOV, Petr', kind: 'strong_alias', parts: { family: 'IVANOV', given: 'Petr' } });
    expect(e.birthDates).toEqual([
      { value: '1961-03-14', precision: 'day' },
      { value: '1962', precision: 'year', circa: true },
      { value: '1963', precision: 'year', circa: true },
    ]);
    expect(e.birthPlaces).toEqual(['Omsk, Russia']);
    expect(e.nationalities).toEqual(['RU', 'KZ']);
    expect(e.gender).toBe('male');
    expect(e.titles).toEqual(['Deputy Minister of Energy']);
    expect(e.identifiers).toEqual([
      { type: 'passport', value: '721234567', normalized: '721234567', country: 'RU', note: 'issued 02 Feb 2015 expires 01 Feb 2025' },
      { type: 'tax', value: '550123456789', normalized: '550123456789', scheme: 'INN', country: 'RU' },
    ]);
    expect(e.addresses).toEqual([{ full: 'Moscow 107016, Russia', city: 'Moscow', postalCode: '107016', country: 'RU' }]);
    expect(e.secondarySanctions).toBe(true);
    // sdn_comments.csv continues "Member of the Board of Dire" mid-word and adds a link.
    expect(e.remarks).toContain('Member of the Board of Directors, Omsk Refining Company');
    expect(e.links).toEqual([
      { type: 'linked_to', targetName: 'SEVERNAYA NEFT JOINT STOCK COMPANY', targetId: 'us-ofac-sdn:1003' },
      { type: 'linked_to', targetName: 'OCEAN STAR', targetId: 'us-ofac-sdn:1004' },
    ]);
    expect(e.programs).toEqual([{ raw: 'RUSSIA-EO14024', key: 'RUSSIA-EO14024' }]);
    expect(e.lists).toEqual(['SDN']);
  });

  it('maps a bank: split programmes, SWIFT/BIC, weak aliases from remarks, strong alias from alt.csv, merged repeat row', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1001')!;
    expect(e.orgKind).toBe('bank');
    expect(e.programs.map((p) => p.key)).toEqual(['CUBA', 'SDGT']);
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['BANCO INTERNACIONAL DEL CARIBE, S.A.', 'primary'],
      ['BIC', 'weak_alias'],
      ['BANCO BIC', 'weak_alias'],
      ['NATIONAL CARIBBEAN BANK', 'strong_alias'],
    ]);
    expect(e.names[0].parts).toBeUndefined();
    expect(e.identifiers).toEqual([
      { type: 'swift_bic', value: 'BICAGB2L', normalized: 'BICAGB2L' },
      { type: 'registration', value: '01234567', normalized: '01234567', country: 'GB' },
      { type: 'registration', value: '445566', normalized: '445566', country: 'PA' }, // from the repeated row
    ]);
    expect(e.extra).toEqual({ website: 'www.bic-example.cu; www.bic-example.co.uk' });
    expect(e.countries).toEqual(['CU', 'GB']);
    expect(e.addresses.map((a) => a.full)).toEqual(['Calle 23 No. 156, Havana, Cuba', '1 King Street, London EC2V 8AU, United Kingdom']);
    expect(e.remarks).toEqual([]);
    expect((e.raw as { primary: unknown[] }).primary).toHaveLength(2);
  });

  it('maps an organisation: OGRN/INN/OKPO/LEI, former and nka names, government kind, secondary sanctions', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1003')!;
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value, i.country])).toEqual([
      ['tax', 'INN', '7701234567', 'RU'],
      ['registration', 'OGRN', '1027700123456', 'RU'],
      ['registration', 'OKPO', '00012345', 'RU'],
      ['lei', undefined, '2534001ABCDEFGHIJK12', 'RU'],
    ]);
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['SEVERNAYA NEFT JOINT STOCK COMPANY', 'primary'],
      ['OAO SEVERNAYA NEFT', 'former'],
      ['SEVNEFT JSC', 'strong_alias'],
      ['SN', 'strong_alias'],
    ]);
    expect(e.orgKind).toBe('government');
    expect(e.secondarySanctions).toBe(true);
    expect(e.extra).toMatchObject({ organizationEstablished: '1994-04-12', organizationType: 'Extraction of crude petroleum' });
    expect(e.listedOn).toBeUndefined(); // directive listing dates are not the SDN listing date
    expect(e.links).toEqual([{ type: 'linked_to', targetName: 'TRANSPORTES DEL NORTE S.A.', targetId: 'us-ofac-sdn:1007' }]);
  });

  it('maps a vessel: craft columns, flag as ISO, IMO and MMSI, weak former name', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1004')!;
    expect(e.craft).toEqual({
      callSign: '9BXY4', type: 'Crude Oil Tanker', tonnage: '150,000', grossRegisteredTonnage: '81,479',
      flag: 'PA', owner: 'Example Shipping Lines', buildYear: '1999',
    });
    expect(e.countries).toEqual(['PA']);
    expect(e.identifiers.map((i) => [i.type, i.value])).toEqual([['imo', '9187629'], ['mmsi', '351234000']]);
    expect(e.names[1]).toMatchObject({ full: 'SEA PEARL', kind: 'weak_alias' });
    expect(e.extra).toEqual({ formerFlag: 'Malta' });
    expect(e.addresses).toEqual([]); // its add.csv row is all -0-
  });

  it('maps an aircraft: serial numbers, model, build year, tail number, registration country', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1005')!;
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value])).toEqual([
      ['aircraft_serial', 'CONSTRUCTION NUMBER', '8401'],
      ['aircraft_serial', 'MSN', '1023409321'],
      ['registration', 'TAIL NUMBER', 'EP-ABC'],
    ]);
    expect(e.craft).toEqual({ model: 'IL-76TD', buildYear: '1984', flag: 'IR' });
    expect(e.extra).toMatchObject({ aircraftOperator: 'SKY CARGO AIR', manufactureDate: '1984-09' });
    expect(e.links).toEqual([{ type: 'linked_to', targetName: 'SKY CARGO AIR' }]);
  });

  it('keeps unmapped remark pieces verbatim and an abbreviation dot on an unresolved link', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1006')!;
    expect(e.names[0].parts).toBeUndefined();
    expect(e.birthDates).toEqual([{ value: '1975', precision: 'year', circa: true }]);
    expect(e.gender).toBe('female');
    expect(e.nationalities).toEqual([]);
    expect(e.remarks).toEqual(['nationality possibly Palestinian', 'ICTY indictee at large']);
    expect(e.links).toEqual([{ type: 'linked_to', targetName: 'GRUPO EJEMPLO S.A. DE C.V.' }]);
    expect(e.identifiers).toEqual([{ type: 'other', scheme: 'DIGITAL CURRENCY XBT', value: '1ExampleAddr9xYzQ', normalized: '1EXAMPLEADDR9XYZQ' }]);
    expect(e.addresses).toEqual([{ full: 'Gaza, Region: Gaza', city: 'Gaza', country: 'PS' }]);
  });

  it('keeps the parsed rows in raw for audit', async () => {
    const e = (await readFixture()).get('us-ofac-sdn:1007')!;
    expect(e.raw).toEqual({
      primary: [{
        ent_num: '1007', SDN_Name: 'TRANSPORTES DEL NORTE S.A.', SDN_Type: null, Program: 'SDNTK', Title: null, Call_Sign: null,
        Vess_type: null, Tonnage: null, GRT: null, Vess_flag: null, Vess_owner: null, Remarks: null,
      }],
      addresses: [],
      aliases: [],
      comments: [],
    });
  });
});
