import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../registry.js';
import type { Entity } from '../../model/entity.js';
import type { DatasetRef } from '../types.js';
import { euFsfImporter } from './index.js';

const testdata = join(fileURLToPath(new URL('.', import.meta.url)), 'testdata');
const fileRef = (rel: string): DatasetRef => ({ source: 'eu-fsf', label: 'test', files: { main: join(testdata, rel) } });
async function readAll(ref: DatasetRef): Promise<{ entities: Entity[]; published?: string }> {
  const entities: Entity[] = [];
  let published: string | undefined;
  for await (const e of euFsfImporter.read(ref, { setPublishedAt: (d) => { published = d; } })) entities.push(e);
  return { entities, published };
}
const byId = (list: Entity[], id: string): Entity => {
  const e = list.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};
const failure = (rel: string) => readAll(fileRef(rel)).then(() => undefined, (e: unknown) => e as Error & { code: string });

describe('euFsfImporter.discover', () => {
  it('takes FSF files by name and header, with the dated folder as label', () => {
    const refs = euFsfImporter.discover(listFiles(testdata));
    const labels = refs.map((r) => `${r.label}:${r.files.main.slice(testdata.length + 1)}`).sort();
    expect(labels).toContain('2018-07-04:damaged/2018-07-04/EUSanctionsShort.csv');
    expect(labels).toContain('2026-05-12:v11/2026-05-12/csvFullSanctionsList_1_1.csv');
    expect(labels.some((l) => l.includes('unknown-header'))).toBe(false);
    expect(refs.find((r) => r.files.main.includes('damaged/'))?.publishedAt).toBe('2018-07-04');
    expect(euFsfImporter.remote[0]).toMatchObject({ filename: 'csvFullSanctionsList_1_1.csv', required: true });
    expect(euFsfImporter.remote[0].url).toContain('csvFullSanctionsList_1_1/content?token=');
  });
});

describe('euFsfImporter.read on an Excel-damaged v1.0 file', () => {
  let entities: Entity[] = [];
  let published: string | undefined;
  beforeAll(async () => {
    ({ entities, published } = await readAll(fileRef('damaged/2018-07-04/EUSanctionsShort.csv')));
  });

  it('groups the rows into one entity per logical id and reads the file date', () => {
    expect(entities.map((e) => e.id)).toEqual(['eu-fsf:1', 'eu-fsf:43', 'eu-fsf:233', 'eu-fsf:481']);
    expect(published).toBe('2018-07-04');
  });

  it('maps a person: parts, gender, birth, passport, programme, regulations and remarks', () => {
    const e = byId(entities, 'eu-fsf:1');
    expect(e.schema).toBe('Person');
    expect(e.names).toEqual([{ full: 'Robert Gabriel Mugabe', kind: 'primary', script: 'Latin', parts: { given: 'Robert', middle: 'Gabriel', family: 'Mugabe' } }]);
    expect(e.gender).toBe('male');
    expect(e.birthDates).toEqual([{ value: '1924-02-21', precision: 'day' }]);
    expect(e.birthPlaces).toEqual(['Kutama, Zimbabwe']);
    expect(e.identifiers).toEqual([
      { type: 'passport', value: 'AD001095', normalized: 'AD001095', note: 'National passport; (passport)' },
      { type: 'other', value: 'EU.36.64', normalized: 'EU3664', scheme: 'EU-REF' },
    ]);
    expect(e.programs).toEqual([{ raw: 'ZWE', key: 'EU-ZWE' }]);
    expect(e.lists).toEqual(['2018/223 (OJ L43)', '1643/2002 (OJ L247)']);
    expect(e.listedOn).toBe('2002-09-13');
    expect(e.titles).toEqual(['Former President']);
    expect(e.remarks).toEqual(['(Date of UN designation: 2002-02-21)', '(Date of designation referred to in Article 7 (2): 21.2.2002.)']);
    expect(e.extra?.euReferenceNumber).toBe('EU.36.64');
    expect((e.raw as unknown[]).length).toBe(3);
  });

  it('restores commas, quoted fields and Windows-1252 text, and drops names lost to the encoding', () => {
    const e = byId(entities, 'eu-fsf:43');
    expect(e.names.map((n) => [n.kind, n.full, n.lang])).toEqual([
      ['primary', 'Aziz Salih al-Numan', undefined], ['strong_alias', 'Aziz Salih al-Nouman', 'fr'],
    ]);
    expect(e.extra?.unreadableNames).toBe('????? ????? ???-??????');
    expect(e.titles).toEqual(['Former Governor of Karbala and An Najaf; Minister of Agriculture, 1986 to 1987']);
    expect(e.birthDates).toEqual([]);
    expect(e.birthPlaces).toEqual(['al-Awja, near Tikrit']);
    expect(e.nationalities).toEqual(['IQ']);
  });

  it('maps organisations with addresses, ISO-3 countries and banks', () => {
    const bank = byId(entities, 'eu-fsf:233');
    expect(bank).toMatchObject({ schema: 'Organization', orgKind: 'bank', countries: ['IQ'] });
    expect(bank.addresses).toEqual([{ full: 'Haifa Street, Baghdad, Iraq', street: 'Haifa Street', city: 'Baghdad', country: 'IQ' }]);
    expect(bank.extra?.contact).toBe('PHONE[668 33 01, 0300-820 91 99]; FAX[662 38 14]');
    expect(byId(entities, 'eu-fsf:481').countries).toEqual(['DZ', 'ML']);
  });

  it('reads the same content from an undamaged UTF-8 file with CRLF lines', async () => {
    const clean = await readAll(fileRef('clean/2018-07-04/EUSanctions.csv'));
    const strip = (list: Entity[]) => list.map((e) => ({ ...e, raw: undefined }));
    expect(strip(clean.entities)).toEqual(strip(entities));
  });
});

describe('euFsfImporter.read on a v1.1 file', () => {
  let entities: Entity[] = [];
  let published: string | undefined;
  beforeAll(async () => {
    ({ entities, published } = await readAll(fileRef('v11/2026-05-12/csvFullSanctionsList_1_1.csv')));
  });
  it('maps the named columns, circa ranges, typed identifications and ISO-2 countries', () => {
    expect(published).toBe('2026-05-12');
    const p = byId(entities, 'eu-fsf:13');
    expect(p.names.map((n) => [n.kind, n.full, n.script])).toEqual([
      ['primary', 'Saddam Hussein Al-Tikriti', 'Latin'], ['strong_alias', 'Abu Ali', 'Latin'], ['strong_alias', 'Саддам Хюсеин Ал-Тикрити', 'Cyrillic'],
    ]);
    expect(p.birthDates).toEqual([
      { value: '1937-04-28', precision: 'day' },
      { value: '1936', precision: 'year', circa: true }, { value: '1937', precision: 'year', circa: true }, { value: '1938', precision: 'year', circa: true },
    ]);
    expect(p.birthPlaces).toEqual(['al-Awja, near Tikrit, Iraq']);
    expect(p.identifiers[0]).toMatchObject({ type: 'passport', value: 'A1234567', country: 'IQ' });
    expect(p.nationalities).toEqual(['IQ']);
    expect(p.listedOn).toBe('2003-07-07');
    const org = byId(entities, 'eu-fsf:7061');
    expect(org).toMatchObject({ schema: 'Organization', orgKind: 'bank', countries: ['RU'] });
    expect(org.addresses).toHaveLength(1);
    expect(org.identifiers.map((i) => [i.type, i.value])).toEqual([['registration', '1144400000425'], ['swift_bic', 'SOMRRUMM'], ['other', 'EU.7405.21']]);
    expect(org.programs).toEqual([{ raw: 'UKR', key: 'EU-UKR' }]);
  });
});

describe('euFsfImporter malformed input', () => {
  it('reports a line cut mid-quote, wrapped or not', async () => {
    const wrapped = await failure('broken-quote/2018-07-04/EUSanctionsShort.csv');
    expect(wrapped?.code).toBe('MALFORMED_FILE');
    expect(wrapped?.message).toMatch(/broken-quote\/2018-07-04\/EUSanctionsShort\.csv, line 5: broken quote/);
    expect((await failure('broken-quote-clean/2018-07-04/EUSanctions.csv'))?.message).toMatch(/EUSanctions\.csv, line 2: broken quote/);
  });
  it('reports a wrong header column by position and a missing v1.1 column', async () => {
    expect((await failure('wrong-header/2018-07-04/EUSanctions.csv'))?.message).toMatch(
      /line 1, field 'Naal_wholename': wrong header: column 18 is 'Naal_fullname', expected 'Naal_wholename'/,
    );
    expect((await failure('v11-wrong-header/2026-05-12/csvFullSanctionsList_1_1.csv'))?.message).toMatch(
      /line 1, field 'NameAlias_WholeName': wrong header: missing column\(s\) 'NameAlias_WholeName'/,
    );
  });
  it('names an unknown header as UNKNOWN_FORMAT', async () => {
    const e = await failure('unknown-header/2018-07-04/EUSanctions.csv');
    expect(e?.code).toBe('UNKNOWN_FORMAT');
    expect(e?.message).toMatch(/line 1: not an EU FSF CSV: header starts 'Name;Country;Programme'/);
  });
  it('reports a row without entity id and an entity whose rows are split', async () => {
    expect((await failure('no-id/2018-07-04/EUSanctions.csv'))?.message).toMatch(/line 5, field 'Entity_logical_id': row has no entity logical id/);
    expect((await failure('not-together/2018-07-04/EUSanctions.csv'))?.message).toMatch(/line 4, field 'Entity_logical_id': rows of entity 1 are not together/);
  });
});
