import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { cslImporter } from './index.js';

const DATA = resolve(import.meta.dirname, 'testdata');
const file = (dir: string): string => resolve(DATA, dir, 'consolidated.csv');

async function readAll(dir: string): Promise<Map<string, Entity>> {
  const [ref] = cslImporter.discover([file(dir)]);
  const out = new Map<string, Entity>();
  for await (const e of cslImporter.read(ref, { setPublishedAt: () => undefined })) {
    expect(out.has(e.id)).toBe(false);
    out.set(e.id, e);
  }
  return out;
}

describe('cslImporter.discover', () => {
  it('takes consolidated.csv files with the CSL header and labels them by folder', () => {
    const refs = cslImporter.discover([file('2024-03'), file('2025-06'), file('foreign'), resolve(DATA, '2024-03', 'other.csv')]);
    expect(refs.map((r) => [r.label, r.publishedAt, r.source])).toEqual([
      ['2024-03', '2024-03', 'us-trade-csl'],
      ['2025-06', '2025-06', 'us-trade-csl'],
    ]);
    expect(refs[0].files.main).toBe(file('2024-03'));
  });

  it('names the official download', () => {
    expect(cslImporter.remote).toEqual([expect.objectContaining({ url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', filename: 'consolidated.csv', required: true })]);
  });
});

describe('cslImporter.read, 2022 layout (label last in ids)', () => {
  it('merges the rows of a repeated _id, even when they are not adjacent', async () => {
    const all = await readAll('2024-03');
    expect(all.size).toBe(13);
    const bank = all.get('us-trade-csl:90002')!;
    expect(bank.lists).toEqual([
      'Specially Designated Nationals (SDN) - Treasury Department',
      'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
    ]);
    expect(bank.programs.map((p) => p.key)).toEqual(['SDN', 'RUSSIA-EO14024', 'SSI', 'UKRAINE-EO13662']);
    expect(bank.orgKind).toBe('bank');
    expect(bank.names.map((n) => [n.full, n.kind])).toEqual([['BANK VOLNA JSC', 'primary'], ['VOLNA BANK', 'strong_alias']]);
    expect(bank.identifiers).toEqual([
      { type: 'swift_bic', value: 'VOLNRU2P', normalized: 'VOLNRU2P' },
      { type: 'registration', value: '1027800000084', normalized: '1027800000084', scheme: 'OGRN', country: 'RU' },
      { type: 'lei', value: '253400AAAAAAAAAAAA12', normalized: '253400AAAAAAAAAAAA12' },
    ]);
    expect(bank.extra).toMatchObject({ website: 'www.volna.example', targetType: 'Financial Institution' });
    expect(bank.remarks).toContain('Executive Order 13662 Directive Determination: Subject to Directive 1');
    expect(Array.isArray(bank.raw) && bank.raw.length).toBe(2);
  });

  it('maps an SDN individual field by field', async () => {
    const p = (await readAll('2024-03')).get('us-trade-csl:90001')!;
    expect(p.schema).toBe('Person');
    expect(p.names[0]).toEqual({ full: 'PETROV, Ivan Sergeyevich', kind: 'primary', script: 'Latin', parts: { family: 'PETROV', given: 'Ivan Sergeyevich' } });
    expect(p.names.slice(1).map((n) => [n.full, n.kind])).toEqual([['PETROV, Ivan', 'strong_alias'], ['IVANOV PETROV, Ivan', 'strong_alias']]);
    expect(p.birthDates).toEqual([{ value: '1970-05-12', precision: 'day' }, { value: '1971', precision: 'year' }]);
    expect(p.birthPlaces).toEqual(['Leningrad, Russia']);
    expect(p.nationalities).toEqual(['RU']);
    expect(p.titles).toEqual(['Director General']);
    expect(p.gender).toBe('male');
    expect(p.secondarySanctions).toBe(true);
    expect(p.addresses[1]).toEqual({ full: 'ul. Tverskaya 7, St. Petersburg, 190000, RU', street: 'ul. Tverskaya 7', city: 'St. Petersburg', postalCode: '190000', country: 'RU' });
    expect(p.identifiers).toEqual([
      { type: 'passport', value: '4509123456', normalized: '4509123456', country: 'RU', note: 'issued 2009-03-02; expires 2019-03-01' },
      { type: 'tax', value: '771234567890', normalized: '771234567890', scheme: 'INN', country: 'RU' },
    ]);
    expect(p.links).toEqual([
      { type: 'linked_to', targetName: 'VOLNA TRADING LLC' },
      { type: 'linked_to', targetName: 'SEVER HOLDING (SH) JSC' },
    ]);
    expect(p.programs.map((x) => x.key)).toEqual(['SDN', 'RUSSIA-EO14024', 'CYBER2']);
    // an ids entry with a label the model does not know is kept, not dropped
    expect(p.remarks).toContain('Example Value, Some New Label');
  });

  it('maps an Entity List company with its country and licence terms', async () => {
    const e = (await readAll('2024-03')).get('us-trade-csl:a1b2c3d4e5f60718293a4b5c6d7e8f9012345678')!;
    expect(e.schema).toBe('Organization');
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['Shenzhen Lianhe Microelectronics Co., Ltd. (SLM)', 'primary'],
      ['Shenzhen Lianhe Microelectronics Co., Ltd.', 'strong_alias'],
      ['SLM', 'weak_alias'],
      ['Lianhe Micro', 'strong_alias'],
      ['SLM Technology', 'strong_alias'],
    ]);
    expect(e.countries).toEqual(['CN']);
    expect(e.addresses[0]).toMatchObject({ country: 'CN', postalCode: '518057' });
    expect(e.listedOn).toBe('2020-06-05');
    expect(e.programs.map((x) => x.key)).toEqual(['EL']);
    expect(e.extra).toEqual({
      federalRegisterNotice: '85 FR 12345',
      licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
      licensePolicy: 'Presumption of denial.',
    });
  });

  it('guesses Person or Organization for untyped rows', async () => {
    const all = await readAll('2024-03');
    const schemaOf = (name: string): string | undefined => [...all.values()].find((e) => e.names[0].full === name)?.schema;
    expect(schemaOf('Olga Nikolaevna Smirnova')).toBe('Person');
    expect(schemaOf('KHAN, Tariq')).toBe('Person');
    expect(schemaOf('JOHN Q. EXAMPLE')).toBe('Person');
    expect(schemaOf('Viktor Petrovich Orlov')).toBe('Person');
    expect(schemaOf('Maria Lopez-Garcia')).toBe('Person');
    expect(schemaOf('Kestrel Trading FZE')).toBe('Organization');
    expect(schemaOf('Acme Defense Associates')).toBe('Organization');
    expect(schemaOf('Tavrik')).toBe('Organization');
  });

  it('reads name annotations, US addresses without a country, DPL terms', async () => {
    const all = [...(await readAll('2024-03')).values()];
    const orlov = all.find((e) => e.names[0].full === 'Viktor Petrovich Orlov')!;
    expect(orlov.nationalities).toEqual(['RU']);
    expect(orlov.remarks).toEqual(['Russian individual']);
    const kestrel = all.find((e) => e.names[0].full === 'Kestrel Trading FZE')!;
    expect(kestrel.remarks).toEqual(['and any successor, sub-unit, or subsidiary thereof']);
    const dpl = all.find((e) => e.names[0].full === 'JOHN Q. EXAMPLE')!;
    expect(dpl.addresses).toEqual([{ full: '742 EVERGREEN TERRACE, SPRINGFIELD, IL, 62704', street: '742 EVERGREEN TERRACE', city: 'SPRINGFIELD', region: 'IL', postalCode: '62704', country: 'US' }]);
    expect(dpl.extra).toEqual({ federalRegisterNotice: '84 F.R. 1000 1/10/19', endDate: '2029-01-10', standardOrder: 'Y' });
    expect(dpl.remarks).toEqual(['FR NOTICE ADDED']);
    const tavrik = all.find((e) => e.names[0].full === 'Tavrik')!;
    expect(tavrik.addresses[0]).toMatchObject({ city: 'Yerevan', country: 'AM', street: 'Office 12, 4 Komitas Ave' });
  });

  it('maps vessels and aircraft with their particulars', async () => {
    const all = await readAll('2024-03');
    const ship = all.get('us-trade-csl:90010')!;
    expect(ship.schema).toBe('Vessel');
    expect(ship.craft).toEqual({ flag: 'PA', type: 'Crude Oil Tanker', callSign: '9HA1234', tonnage: '81479', owner: 'NATIONAL IRANIAN TANKER COMPANY' });
    expect(ship.identifiers.map((i) => [i.type, i.value])).toEqual([['imo', '9123456'], ['mmsi', '355123000']]);
    expect(ship.countries).toEqual(['PA']);
    expect(ship.remarks).toContain('Former Vessel Flag: Malta');
    expect(ship.secondarySanctions).toBe(true);
    const plane = all.get('us-trade-csl:90011')!;
    expect(plane.schema).toBe('Aircraft');
    expect(plane.craft).toEqual({ buildYear: '1996', model: 'A310-304' });
    expect(plane.identifiers.map((i) => [i.type, i.value])).toEqual([['aircraft_serial', '1234']]);
    expect(plane.extra).toEqual({ aircraftOperator: 'EXAMPLE AIR' });
    expect(plane.links).toEqual([{ type: 'linked_to', targetName: 'EXAMPLE AIR' }]);
  });
});

describe('cslImporter.read, current layout (label first in ids, every value quoted)', () => {
  it('reads identifiers, gender and secondary sanctions', async () => {
    const all = await readAll('2025-06');
    expect(all.size).toBe(3);
    const kim = all.get('us-trade-csl:91001')!;
    expect(kim.identifiers).toEqual([{ type: 'passport', value: '563120456', normalized: '563120456', country: 'KP' }]);
    expect(kim.gender).toBe('male');
    expect(kim.secondarySanctions).toBe(true);
    expect(kim.countries).toEqual(['CN', 'KP']);
    expect(kim.birthDates).toEqual([{ value: '1981-02-03', precision: 'day' }]);
    const alpine = all.get('us-trade-csl:91002')!;
    expect(alpine.identifiers).toEqual([
      { type: 'tax', value: 'CHE-123.456.789', normalized: 'CHE123456789', scheme: 'V.A.T. NUMBER', country: 'CH' },
      { type: 'registration', value: 'C123456', normalized: 'C123456', scheme: 'REGISTRATION ID' },
    ]);
    expect(alpine.extra).toEqual({ website: 'alpine.example' });
    expect(alpine.remarks).toEqual(['Executive Order 13662 Directive Determination: Subject to Directive 2']);
  });
});

describe('cslImporter.read, malformed files', () => {
  const fail = async (dir: string): Promise<unknown> => {
    try {
      await readAll(dir);
    } catch (e) {
      return e;
    }
    throw new Error('no error');
  };

  it('a broken quote names the file, line and field', async () => {
    const e = (await fail('broken-quote')) as Error & { code: string };
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.message).toMatch(/broken-quote\/consolidated\.csv, line 3, field 'name': broken quote/);
  });

  it('a wrong header names the missing column', async () => {
    const e = (await fail('wrong-header')) as Error & { code: string };
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.message).toMatch(/wrong-header\/consolidated\.csv, line 1, field 'alt_names': wrong header: missing column\(s\) 'alt_names'/);
  });

  it('a record without _id fails with its line', async () => {
    const e = (await fail('missing-id')) as Error & { code: string };
    expect(e.message).toMatch(/missing-id\/consolidated\.csv, line 3, field '_id': record has no _id/);
  });
});
