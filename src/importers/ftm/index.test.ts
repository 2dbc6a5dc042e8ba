import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Entity } from '../../model/entity.js';
import type { DatasetRef } from '../types.js';
import { ftmImporter } from './index.js';

const dir = join(__dirname, 'testdata');
const ref = (...files: string[]): DatasetRef => ({
  source: 'ftm', label: 'testdata', files: Object.fromEntries(files.map((f) => [f, join(dir, f)])),
});

async function readAll(r: DatasetRef): Promise<{ entities: Entity[]; publishedAt?: string }> {
  const entities: Entity[] = [];
  let publishedAt: string | undefined;
  for await (const e of ftmImporter.read(r, { setPublishedAt: (d) => (publishedAt = d) })) entities.push(e);
  return { entities, publishedAt };
}

const byId = (entities: Entity[], id: string): Entity => {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};

describe('ftmImporter.discover', () => {
  it('groups the FtM files of a folder into one dataset and skips look-alikes', () => {
    const files = ['basic/entities.ftm.json', 'split/part-1.ftm.json', 'split/part-2.ftm.json', 'foreign/list.ftm.json', 'foreign/notes.ftm.jsonl']
      .map((f) => join(dir, f));
    expect(ftmImporter.discover(files)).toEqual([
      { source: 'ftm', label: 'basic', files: { 'entities.ftm.json': join(dir, 'basic/entities.ftm.json') } },
      { source: 'ftm', label: 'split', files: { 'part-1.ftm.json': join(dir, 'split/part-1.ftm.json'), 'part-2.ftm.json': join(dir, 'split/part-2.ftm.json') } },
    ]);
    expect(ftmImporter.remote).toEqual([]);
  });
});

describe('ftmImporter.read', () => {
  it('yields only things, and dates the dataset by the latest last_seen', async () => {
    const { entities, publishedAt } = await readAll(ref('basic/entities.ftm.json'));
    expect(entities.map((e) => [e.id, e.schema])).toEqual([
      ['ftm:p-sidorov', 'Person'],
      ['ftm:c-vektor', 'Organization'],
      ['ftm:v-sea-star', 'Vessel'],
    ]);
    expect(publishedAt).toBe('2025-03-02');
  });

  it('maps a person with the sanction, passport and address folded in', async () => {
    const e = byId((await readAll(ref('basic/entities.ftm.json'))).entities, 'ftm:p-sidorov');
    expect(e.names).toEqual([
      { full: 'Ivan Petrovich SIDOROV', kind: 'primary', script: 'Latin', parts: { given: 'Ivan', patronymic: 'Petrovich', family: 'SIDOROV' } },
      { full: 'Иван Петрович Сидоров', kind: 'strong_alias', script: 'Cyrillic', parts: { given: 'Иван', patronymic: 'Петрович', family: 'Сидоров' } },
      { full: 'Ivan Sidorov', kind: 'strong_alias', script: 'Latin', parts: { given: 'Ivan', family: 'Sidorov' } },
      { full: 'Vanya', kind: 'weak_alias', script: 'Latin' },
    ]);
    expect(e.gender).toBe('male');
    expect(e.birthDates).toEqual([{ value: '1971-03', precision: 'month' }, { value: '1972', precision: 'year' }]);
    expect(e.birthPlaces).toEqual(['Tula, Russia']);
    expect(e.nationalities).toEqual(['RU', 'SU']);
    expect(e.countries).toEqual(['RU']);
    expect(e.addresses).toEqual([
      { full: 'ul. Lenina 1, Tula, 300000', street: 'ul. Lenina 1', city: 'Tula', postalCode: '300000', country: 'RU' },
      { full: 'ul. Lenina 1, Tula, 300000, Russia', country: 'RU' },
    ]);
    expect(e.identifiers).toEqual([
      { type: 'tax', value: '711234567890', normalized: '711234567890', scheme: 'INN', country: 'RU' },
      { type: 'passport', value: '7001 123456', normalized: '7001123456', country: 'RU', note: 'Internal passport' },
    ]);
    expect(e.programs).toEqual([{ raw: 'US-RUSHAR', key: 'US-RUSHAR' }, { raw: 'RUSSIA-EO14024', key: 'RUSSIA-EO14024' }]);
    expect(e.lists).toEqual(['Office of Foreign Assets Control']);
    expect(e.listedOn).toBe('2022-06-28');
    expect(e.secondarySanctions).toBe(true);
    expect(e.titles).toEqual(['General Director of Vektor Trade LLC']);
    expect(e.remarks).toEqual([
      'Owner of Vektor Trade LLC.',
      'Executive Order 14024 (Russia)',
      'Secondary sanctions risk: See Section 11 of Executive Order 14024.',
    ]);
    expect(e.links).toEqual([]);
    expect(e.extra).toMatchObject({ schema: 'Person', birthCountry: 'ru', topics: 'sanction', datasets: 'us_ofac_sdn, ext_ru_egrul', target: 'true' });
    const raw = e.raw as { id: string; related: { id: string }[] };
    expect(raw.id).toBe('p-sidorov');
    expect(raw.related.map((r) => r.id)).toEqual(['san-ofac-001', 'own-1', 'pass-1']);
  });

  it('maps a company with its registry codes and an owned_by link to its owner', async () => {
    const e = byId((await readAll(ref('basic/entities.ftm.json'))).entities, 'ftm:c-vektor');
    expect(e.orgKind).toBe('company');
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['Vektor Trade LLC', 'primary'], ['ООО "Вектор Трейд"', 'strong_alias'], ['Vektor Import LLC', 'former'], ['VTL', 'weak_alias'],
    ]);
    expect(e.identifiers.map((i) => `${i.type}/${i.scheme ?? ''}/${i.value}`)).toEqual(['tax/INN/7701234567', 'registration/OGRN/1187746000001']);
    expect(e.extra).toMatchObject({ kppCode: '770101001', incorporationDate: '2018-01-15', legalForm: 'Limited Liability Company' });
    expect(e.countries).toEqual(['RU']);
    expect(e.links).toEqual([{ type: 'owned_by', targetName: 'Ivan Petrovich SIDOROV', targetId: 'ftm:p-sidorov' }]);
  });

  it('maps a vessel with its craft particulars', async () => {
    const e = byId((await readAll(ref('basic/entities.ftm.json'))).entities, 'ftm:v-sea-star');
    expect(e.craft).toEqual({ flag: 'RU', type: 'Oil Tanker', callSign: 'UBCD7', grossRegisteredTonnage: '28000', buildYear: '2004' });
    expect(e.identifiers.map((i) => `${i.type}/${i.normalized}`)).toEqual(['imo/IMO9123456', 'mmsi/273123456']);
    expect(e.programs.map((p) => p.key)).toEqual(['GB-RUS']);
    expect(e.lists).toEqual(['The Russia (Sanctions) (EU Exit) Regulations 2019', 'Foreign, Commonwealth & Development Office']);
    expect(e.listedOn).toBe('2024-05-09');
  });

  it('merges an id stated in two files and resolves links across files', async () => {
    const { entities } = await readAll(ref('split/part-1.ftm.json', 'split/part-2.ftm.json'));
    expect(entities.map((e) => e.id)).toEqual(['ftm:NK-firm', 'ftm:NK-merge1', 'ftm:NK-parent']);
    const olga = byId(entities, 'ftm:NK-merge1');
    expect(olga.names.map((n) => [n.full, n.kind])).toEqual([['Olga KOVAL', 'primary'], ['Ольга Коваль', 'strong_alias']]);
    expect(olga.nationalities).toEqual(['UA']);
    expect(olga.birthDates).toEqual([{ value: '1980-05-06', precision: 'day' }]);
    expect(olga.extra?.datasets).toBe('ua_nsdc_sanctions, gb_fcdo_sanctions');
    expect(olga.links).toEqual([{ type: 'family_of', targetName: 'NK-absent', targetId: 'ftm:NK-absent' }]);
    expect(byId(entities, 'ftm:NK-firm').links).toEqual([{ type: 'subsidiary_of', targetName: 'Koval Group JSC', targetId: 'ftm:NK-parent' }]);
  });

  it('fails on a line that is not JSON, with the file and the line', async () => {
    const file = join(dir, 'invalid/broken.ftm.json');
    await expect(readAll(ref('invalid/broken.ftm.json'))).rejects.toMatchObject({ code: 'MALFORMED_FILE', location: { file, line: 3 } });
    await expect(readAll(ref('invalid/broken.ftm.json'))).rejects.toThrow(/broken\.ftm\.json, line 3: invalid JSON/);
  });

  it('fails on a record without an id or a thing without a name', async () => {
    await expect(readAll(ref('invalid/noid.ftm.json'))).rejects.toThrow(/noid\.ftm\.json, line 2, field 'id': FtM entity without an id/);
    await expect(readAll(ref('invalid/noname.ftm.json'))).rejects.toThrow(/noname\.ftm\.json, line 1, field 'name': FtM Person p-1 has no name/);
  });
});
