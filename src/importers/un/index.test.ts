import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Entity } from '../../model/entity.js';
import type { DatasetRef } from '../types.js';
import { unImporter } from './index.js';

const dir = join(__dirname, 'testdata');
const ref = (file: string): DatasetRef => ({ source: 'un-sc', label: 'testdata', files: { main: join(dir, file) } });

async function readAll(file: string): Promise<{ entities: Entity[]; publishedAt?: string }> {
  const entities: Entity[] = [];
  let publishedAt: string | undefined;
  for await (const e of unImporter.read(ref(file), { setPublishedAt: (d) => (publishedAt = d) })) entities.push(e);
  return { entities, publishedAt };
}

const byId = (entities: Entity[], id: string): Entity => {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};

describe('unImporter.discover', () => {
  it('takes consolidated XML files with a CONSOLIDATED_LIST root and skips foreign ones', () => {
    const files = ['consolidated.xml', 'consolidated-foreign.xml', 'truncated.xml'].map((f) => join(dir, f));
    const refs = unImporter.discover(files);
    expect(refs).toEqual([{ source: 'un-sc', label: 'testdata', files: { main: join(dir, 'consolidated.xml') } }]);
  });

  it('serves the official UN download URL', () => {
    expect(unImporter.remote[0].filename).toBe('consolidated.xml');
    expect(unImporter.remote[0].url).toBe('https://scsanctions.un.org/resources/xml/en/consolidated.xml');
  });
});

describe('unImporter.read', () => {
  it('streams individuals and entities and takes the publication date from dateGenerated', async () => {
    const { entities, publishedAt } = await readAll('consolidated.xml');
    expect(publishedAt).toBe('2025-11-03');
    expect(entities.map((e) => [e.id, e.schema])).toEqual([
      ['un-sc:QDi.901', 'Person'],
      ['un-sc:KPi.901', 'Person'],
      ['un-sc:KPe.901', 'Organization'],
      ['un-sc:9200002', 'Organization'],
    ]);
  });

  it('maps an individual with names, dates, places, documents and programme', async () => {
    const e = byId((await readAll('consolidated.xml')).entities, 'un-sc:QDi.901');
    expect(e.names[0]).toEqual({
      full: 'KARIM YUSUF HAMID AL-SAMARI', kind: 'primary', script: 'Latin',
      parts: { given: 'KARIM', middle: 'YUSUF HAMID', family: 'AL-SAMARI' },
    });
    const kinds = Object.fromEntries(e.names.map((n) => [n.full, `${n.kind}/${n.script}`]));
    expect(kinds).toEqual({
      'KARIM YUSUF HAMID AL-SAMARI': 'primary/Latin',
      'كريم يوسف حامد السامري': 'strong_alias/Arabic',
      'Karim Yousef Hamed al-Samarri': 'strong_alias/Latin',
      'Karim Samari': 'strong_alias/Latin',
      'Kareem Samarri': 'strong_alias/Latin',
      'Abu Yusuf al-Iraqi': 'strong_alias/Latin',
      'Abu Yusuf': 'weak_alias/Latin',
      'أبو يوسف': 'weak_alias/Arabic',
      'Karim Hamid': 'former/Latin',
    });
    expect(e.gender).toBe('male');
    expect(e.birthDates).toEqual([
      { value: '1968-02-29', precision: 'day' },
      { value: '1967-03-04', precision: 'day' },
      { value: '1965', precision: 'year', circa: true },
      { value: '1969', precision: 'year', circa: true },
      { value: '1970', precision: 'year', circa: true },
      { value: '1966-09', precision: 'month' },
    ]);
    expect(e.birthPlaces).toEqual(['Basra, Iraq', 'Samarra, Salah al-Din Province, Iraq']);
    expect(e.nationalities).toEqual(['IR', 'KP']);
    expect(e.countries).toEqual(['PK', 'AF']);
    expect(e.addresses[0]).toEqual({ full: 'Street 14, House 7, Peshawar, Pakistan', street: 'Street 14, House 7', city: 'Peshawar', country: 'PK' });
    expect(e.titles).toEqual(['Haji', 'Head of finance committee']);
    expect(e.programs).toEqual([{ raw: 'Al-Qaida', key: 'AL-QAIDA' }]);
    expect(e.lists).toEqual(['ISIL (Da’esh) and Al-Qaida Sanctions List (resolution 1267)']);
    expect(e.listedOn).toBe('2003-09-12');
    expect(e.identifiers).toEqual([
      { type: 'passport', value: 'B/004321', normalized: 'B004321', country: 'LY', note: 'Libya; issued 2001-05-06; expired on 5 May 2006' },
      { type: 'tax', value: 'SMRKRM67C04Z224X', normalized: 'SMRKRM67C04Z224X', country: 'IT', note: 'Italian Fiscal Code:' },
      { type: 'national_id', value: 'W123456', normalized: 'W123456', country: 'TN', note: 'Tunisian national identity number W123456 issued on 9 Mar. 2011' },
      { type: 'national_id', value: '123-45-6789', normalized: '123456789', scheme: 'SSN', country: 'US', note: 'Social Security Number' },
    ]);
    expect(e.remarks).toContain('Address Street 14, House 7, Peshawar, Pakistan: as of 2009');
    expect(e.remarks).toContain('Alias Abu Yusuf (أبو يوسف): combat name');
    expect(e.remarks).toContain('Document: Passport; issued in 1993, under name Karim Hamid');
    expect(e.extra).toEqual({
      dataId: '9100001', referenceNumber: 'QDi.901', versionNum: '2', listType: 'UN List',
      lastUpdated: '2010-06-21, 2019-02-14', unListType: 'Al-Qaida',
    });
    expect((e.raw as { name: string }).name).toBe('INDIVIDUAL');
  });

  it('reads Korean names family-first and converts a Hijri date of birth', async () => {
    const e = byId((await readAll('consolidated.xml')).entities, 'un-sc:KPi.901');
    expect(e.names[0].parts).toEqual({ family: 'PAK', given: 'SONG-CHOL' });
    expect(e.birthDates).toEqual([{ value: '1982-04-19', precision: 'day', circa: true }]);
    expect(e.remarks).toContain('Date of birth: 24/06/1402 (Hijri Calendar)');
    expect(e.identifiers).toEqual([{ type: 'passport', value: 'PS 472000111', normalized: 'PS472000111', country: 'KP', note: 'Expires 4 Jul. 2027' }]);
    expect(e.addresses).toEqual([]);
    expect(e.lists).toEqual(['1718 Sanctions List (DPRK)']);
  });

  it('maps entities: acronym aliases, former names, IMO company numbers, banks, DATAID fallback', async () => {
    const { entities } = await readAll('consolidated.xml');
    const ship = byId(entities, 'un-sc:KPe.901');
    expect(ship.names.map((n) => [n.full, n.kind])).toEqual([
      ['SONGNIM MARITIME COMPANY (SMC)', 'primary'],
      ['SONGNIM MARITIME COMPANY', 'strong_alias'],
      ['SMC', 'weak_alias'],
      ['Songnim Shipping Co', 'former'],
    ]);
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '5123456', normalized: '5123456', note: 'IMO company number' }]);
    expect(ship.countries).toEqual(['KP']);
    expect(ship.orgKind).toBeUndefined();
    const bank = byId(entities, 'un-sc:9200002');
    expect(bank.sourceId).toBe('9200002');
    expect(bank.orgKind).toBe('bank');
    expect(bank.names.map((n) => n.script)).toEqual(['Latin', 'Arabic', 'Latin']);
    expect(bank.addresses).toEqual([{ full: 'Tehran, Iran (Islamic Republic of)', city: 'Tehran', country: 'IR' }]);
    expect(bank.remarks).toEqual([]);
  });

  it('fails on truncated XML with the file and the line', async () => {
    await expect(readAll('truncated.xml')).rejects.toMatchObject({
      code: 'MALFORMED_FILE',
      location: { file: join(dir, 'truncated.xml'), line: 68 },
    });
    await expect(readAll('truncated.xml')).rejects.toThrow(/truncated\.xml, line 68: invalid XML: unclosed tag/);
  });

  it('fails on a record without a name, naming file, line and field', async () => {
    await expect(readAll('missing-name.xml')).rejects.toThrow(/missing-name\.xml, line 4, field 'FIRST_NAME': INDIVIDUAL TAi\.901 has no name/);
  });
});
