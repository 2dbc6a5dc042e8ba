import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { ukOfsiImporter } from './index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixture = (name: string) => join(dir, name);

async function readAll(file: string): Promise<{ entities: Entity[]; published: string[] }> {
  const published: string[] = [];
  const entities: Entity[] = [];
  const ref = { source: 'uk-ofsi', label: 'testdata', files: { main: file } };
  for await (const e of ukOfsiImporter.read(ref, { setPublishedAt: (d) => published.push(d) })) entities.push(e);
  return { entities, published };
}

const byId = (entities: Entity[], id: string): Entity => {
  const e = entities.find((x) => x.sourceId === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};

describe('uk-ofsi discover', () => {
  it('takes ConList.csv files whose header is the ConList header, labelled by folder', () => {
    const refs = ukOfsiImporter.discover([fixture('ConList.csv'), fixture('ConList-2022.csv'), fixture('wrong-header.csv'), join(dir, '..', 'index.ts')]);
    expect(refs.map((r) => r.files.main)).toEqual([fixture('ConList.csv'), fixture('ConList-2022.csv')]);
    expect(refs[0]).toMatchObject({ source: 'uk-ofsi', label: 'testdata' });
  });

  it('does not take a foreign file named ConList.csv', () => {
    expect(ukOfsiImporter.discover([fixture('foreign/ConList.csv')])).toEqual([]);
  });
});

describe('uk-ofsi read, 2018 layout (Windows-1252)', async () => {
  const { entities, published } = await readAll(fixture('ConList.csv'));

  it('reads the Last Updated banner as the publication date and merges rows by Group ID', () => {
    expect(published).toEqual(['2018-04-13']);
    expect(entities.map((e) => e.id)).toEqual(['uk-ofsi:13349', 'uk-ofsi:11166', 'uk-ofsi:13520', 'uk-ofsi:13637', 'uk-ofsi:11947']);
  });

  it('maps an individual: names in natural order with parts and kinds, year-precision births, nationalities, passport', () => {
    const e = byId(entities, '13349');
    expect(e.schema).toBe('Person');
    expect(e.names).toEqual([
      { full: 'Farooq AL-QAHTANI', kind: 'strong_alias', script: 'Latin', parts: { given: 'Farooq', family: 'AL-QAHTANI' } },
      { full: 'Nayef Salam Muhammad Ujaym AL-HABABI', kind: 'primary', script: 'Latin', parts: { given: 'Nayef', middle: 'Salam Muhammad Ujaym', family: 'AL-HABABI' } },
    ]);
    expect(e.birthDates).toEqual([{ value: '1980', precision: 'year' }, { value: '1981', precision: 'year' }]);
    expect(e.nationalities).toEqual(['SA', 'QA']);
    expect(e.birthPlaces).toEqual(['Saudi Arabia']);
    expect(e.addresses).toEqual([{ full: 'Afghanistan (since 2009)', country: 'AF' }]);
    expect(e.countries).toEqual(['AF']);
    expect(e.identifiers).toContainEqual({ type: 'passport', value: '592667', normalized: '592667', country: 'QA', note: 'Qatari passport issued on 3 May 2007' });
    expect(e.listedOn).toBe('2016-04-01');
    expect(e.programs).toEqual([{ raw: "The ISIL (Da'esh) and Al-Qaida organisations", key: 'THE-ISIL-DAESH-AND-AL-QAIDA-ORGANISATIONS' }]);
  });

  it('decodes Windows-1252: the 0x92 apostrophe is a right single quote, not mojibake', () => {
    expect(byId(entities, '13349').remarks).toEqual(['UN Ref QDe.004. Emir for the eastern zone of Afghanistan. Wife’s name is Amina.']);
  });

  it('extracts the UN reference as an identifier and into extra', () => {
    const e = byId(entities, '13349');
    expect(e.identifiers).toContainEqual({ type: 'other', value: 'QDe.004', normalized: 'QDE004', scheme: 'UN-REF' });
    expect(e.extra).toMatchObject({ unReference: 'QDe.004', lastUpdated: '2016-04-01' });
  });

  it('maps a bank: former name, SWIFT/BIC, address with ISO country, orgKind bank', () => {
    const e = byId(entities, '11166');
    expect(e.schema).toBe('Organization');
    expect(e.orgKind).toBe('bank');
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([['KOREA DAESONG BANK', 'primary'], ['TAESONG BANK', 'former']]);
    expect(e.identifiers).toContainEqual({ type: 'swift_bic', value: 'KDBKKPPY', normalized: 'KDBKKPPY' });
    expect(e.addresses).toEqual([{ full: 'Segori-dong, Pyongyang, DPRK', street: 'Segori-dong', country: 'KP' }]);
  });

  it('makes an Entity with an IMO ship number a Vessel with IMO, MMSI and flag', () => {
    const e = byId(entities, '13520');
    expect(e.schema).toBe('Vessel');
    expect(e.identifiers.map((i) => [i.type, i.value])).toEqual([['imo', '8706349'], ['mmsi', '341985000'], ['other', 'LYe.005']]);
    expect(e.craft).toEqual({ flag: 'VC' });
    expect(e.countries).toEqual(['VC']);
  });

  it('keeps a company with an IMO company number an Organization', () => {
    const e = byId(entities, '13637');
    expect(e.schema).toBe('Organization');
    expect(e.identifiers).toContainEqual({ type: 'registration', value: '5434358', normalized: '5434358', scheme: 'IMO COMPANY NUMBER' });
  });

  it('merges two regimes, keeps the earliest listing date, and reads titles, gender, fiscal code and weak aliases', () => {
    const e = byId(entities, '11947');
    expect(e.programs.map((p) => p.key)).toEqual(['SYRIA', 'IRAN-HUMAN-RIGHTS']);
    expect(e.lists).toEqual(['Syria', 'Iran (human rights)']);
    expect(e.listedOn).toBe('2011-04-14');
    expect(e.titles).toEqual(['General', 'Major General']);
    expect(e.gender).toBe('male');
    expect(e.birthDates).toEqual([{ value: '1969-07-10', precision: 'day' }]);
    expect(e.birthPlaces).toEqual(['Damascus, Syria']);
    expect(e.identifiers).toContainEqual({ type: 'tax', value: 'JMM MDI 68A25 Z352D', normalized: 'JMMMDI68A25Z352D', country: 'IT', note: 'Italian Fiscal Code' });
    expect(e.identifiers).toContainEqual({ type: 'national_id', value: '01846592', normalized: '01846592' });
    expect(e.names.filter((n) => n.kind === 'weak_alias').map((n) => n.full)).toEqual(['Abu Rami', 'Al Rami']);
    expect(e.extra).toMatchObject({ position: 'Businessman', lastUpdated: '2018-03-12' });
  });

  it('keeps every source row in raw', () => {
    expect((byId(entities, '13349').raw as unknown[]).length).toBe(3);
  });
});

describe('uk-ofsi read, 2022 layout (UTF-8 with BOM)', async () => {
  const { entities, published } = await readAll(fixture('ConList-2022.csv'));

  it('reads primary name, variation, low-quality alias and the non-Latin name', () => {
    expect(published).toEqual(['2026-06-03']);
    const e = byId(entities, '14702');
    expect(e.names.map((n) => [n.full, n.kind, n.script, n.lang])).toEqual([
      ['Khizri Magomedovich ABAKAROV', 'primary', 'Latin', undefined],
      ['Хизри Магомедович АБАКАРОВ', 'strong_alias', 'Cyrillic', 'ru'],
      ['Hizri Magomedovich ABAKAROV', 'strong_alias', 'Latin', undefined],
      ['KHIZRI', 'weak_alias', 'Latin', undefined],
    ]);
  });

  it('reads the separate passport and national identification columns, the UK list reference and date designated', () => {
    const e = byId(entities, '14702');
    expect(e.identifiers).toContainEqual({ type: 'passport', value: '515458008', normalized: '515458008', country: 'RU', note: 'Russian foreign travel passport' });
    expect(e.identifiers).toContainEqual({ type: 'tax', value: '7707083893', normalized: '7707083893', country: 'RU', note: 'Russia INN' });
    expect(e.addresses).toEqual([{ full: '1 Okhotny Ryad str, Moscow, 103265, Russia', street: '1 Okhotny Ryad str', postalCode: '103265', country: 'RU' }]);
    expect(e.extra).toMatchObject({ ukSanctionsListRef: 'RUS0296', ukDateDesignated: '2022-03-11', position: 'Member of the State Duma' });
  });

  it('maps the Ship group type to a Vessel', () => {
    const e = byId(entities, '15987');
    expect(e.schema).toBe('Vessel');
    expect(e.identifiers).toEqual([{ type: 'imo', value: '8909446', normalized: '8909446' }]);
  });
});

describe('uk-ofsi malformed files', () => {
  it('a broken quote names the file and line', async () => {
    await expect(readAll(fixture('broken-quote.csv'))).rejects.toThrow(/broken-quote\.csv, line 4.*quote/i);
  });

  it('a header without Group ID names the file, line 2 and the column', async () => {
    await expect(readAll(fixture('wrong-header.csv'))).rejects.toThrow(/wrong-header\.csv, line 2, field 'Group ID': wrong header/);
  });

  it('a row without Group ID names the file and line', async () => {
    await expect(readAll(fixture('missing-group-id.csv'))).rejects.toThrow(/missing-group-id\.csv, line 4, field 'Group ID': row has no Group ID/);
  });

  it('an unknown Alias Type names the file and line', async () => {
    await expect(readAll(fixture('unknown-alias-type.csv'))).rejects.toThrow(/unknown-alias-type\.csv, line 3, field 'Alias Type': unknown Alias Type 'Nickname'/);
  });

  it('a file that is not a ConList fails at line 1', async () => {
    await expect(readAll(join(dir, '..', 'index.ts'))).rejects.toThrow(/index\.ts, line 1: wrong header/);
  });
});
