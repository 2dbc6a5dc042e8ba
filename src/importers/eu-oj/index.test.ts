import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../registry.js';
import type { Entity } from '../../model/entity.js';
import type { DatasetRef } from '../types.js';
import { euOjImporter } from './index.js';

const testdata = join(fileURLToPath(new URL('.', import.meta.url)), 'testdata');
const refFor = (dir: string): DatasetRef => {
  const ref = euOjImporter.discover(listFiles(join(testdata, dir)))[0];
  expect(ref).toBeDefined();
  return ref;
};
async function readAll(ref: DatasetRef): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of euOjImporter.read(ref, { setPublishedAt: () => {} })) out.push(e);
  return out;
}
const byId = (list: Entity[], id: string): Entity => {
  const e = list.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in ${list.map((x) => x.id).join(', ')}`);
  return e;
};

describe('euOjImporter.discover', () => {
  it('groups the consolidated files of one folder into one dataset and skips amendment files', () => {
    const refs = euOjImporter.discover(listFiles(join(testdata, 'consolidated')));
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ source: 'eu-oj', label: 'consolidated' });
    expect(Object.keys(refs[0].files)).toEqual(['32014R0833', '32024R1485']);
    expect(refs[0].publishedAt).toBeUndefined();
    expect(euOjImporter.remote).toEqual([]);
  });
});

describe('euOjImporter.read', () => {
  let entities: Entity[] = [];
  beforeAll(async () => {
    entities = await readAll(refFor('consolidated'));
  });

  it('keys entities by CELEX, annex and entry number, merging repeated unnumbered rows', () => {
    expect(entities.map((e) => e.id).sort()).toEqual([
      'eu-oj:32014R0833-III-1', 'eu-oj:32014R0833-IV-603', 'eu-oj:32014R0833-LIII-n-digital-rouble',
      'eu-oj:32014R0833-XLII-n-celine', 'eu-oj:32024R1485-IV.A-1', 'eu-oj:32024R1485-IV.A-2', 'eu-oj:32024R1485-IV.B-1',
    ]);
    const celine = byId(entities, 'eu-oj:32014R0833-XLII-n-celine');
    expect(celine.schema).toBe('Vessel');
    expect(Array.isArray(celine.raw) && celine.raw).toHaveLength(2);
    expect(celine.identifiers.map((i) => [i.type, i.value])).toEqual([['imo', '9233208'], ['mmsi', '613003752']]);
    expect(celine.craft).toEqual({ flag: 'CM' });
    expect(celine.remarks).toHaveLength(2);
  });

  it('maps a person with a Cyrillic alias, a day-precision birth date and nationality', () => {
    const e = byId(entities, 'eu-oj:32024R1485-IV.A-1');
    expect(e.schema).toBe('Person');
    expect(e.names).toEqual([
      { full: 'Nikolai Pavlovich DUBOVIK', kind: 'primary', script: 'Latin' },
      { full: 'Николай Павлович ДУБОВИК', kind: 'strong_alias', script: 'Cyrillic' },
    ]);
    expect(e.birthDates).toEqual([{ value: '1956-04-23', precision: 'day' }]);
    expect(e.nationalities).toEqual(['RU']);
    expect(e.gender).toBe('male');
    expect(e.listedOn).toBe('2024-05-27');
    expect(e.programs).toEqual([{ raw: 'EU-RUS', key: 'EU-RUS' }]);
    expect(e.lists).toEqual(['Regulation 2024/1485, Annex IV.A (Asset freeze)']);
    expect(e.titles).toEqual(['Judge of the Supreme Court of the Russian Federation']);
    expect(e.remarks[0]).toMatch(/^Judge of the Supreme Court/);
  });

  it('keeps entry 1 of annex IV.B apart from entry 1 of annex IV.A', () => {
    const e = byId(entities, 'eu-oj:32024R1485-IV.B-1');
    expect(e.schema).toBe('Organization');
    expect(e.orgKind).toBe('government');
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value])).toEqual([['tax', 'INN', '8901008427'], ['registration', 'OGRN', '1028900578079']]);
    expect(e.addresses).toEqual([{ full: 'Kharp, Yamalo-Nenets Autonomous Okrug, Russian Federation', country: 'RU' }]);
  });

  it('maps every name kind, quoted multi-values, enumerated nationalities and notes', () => {
    const e = byId(entities, 'eu-oj:32024R1485-IV.A-2');
    expect(e.names.map((n) => [n.kind, n.full])).toEqual([
      ['primary', 'Ekaterina Vasilevna FEDOTOVA'],
      ['strong_alias', 'Екатерина Васильевна ФЕДОТОВА; НАУМОВА'],
      ['strong_alias', 'Ekaterina NAUMOVA'],
      ['weak_alias', 'Katya'],
      ['former', 'Naumova'],
    ]);
    expect(e.gender).toBe('female');
    expect(e.nationalities).toEqual(['RU', 'BY']);
    expect(e.birthDates).toEqual([
      { value: '1980', precision: 'year', circa: true }, { value: '1959', precision: 'year' }, { value: '1960', precision: 'year' },
    ]);
    expect(e.identifiers[0]).toMatchObject({ type: 'passport', value: '45 0314316', country: 'RU' });
    expect(e.remarks).toEqual(['Lives in Khimki.', 'Works for the Ministry; city branch']);
  });

  it('maps a Chinese company of Annex IV and a bank with its typed identifiers', () => {
    const cn = byId(entities, 'eu-oj:32014R0833-IV-603');
    expect(cn).toMatchObject({ schema: 'Organization', orgKind: 'company', countries: ['CN'] });
    expect(cn.lists).toEqual(['Regulation 833/2014, Annex IV (Export control)']);
    expect(cn.extra?.website).toBe('http://www.ausay.example');
    const bank = byId(entities, 'eu-oj:32014R0833-III-1');
    expect(bank.orgKind).toBe('bank');
    expect(bank.identifiers.map((i) => [i.type, i.scheme ?? '', i.value])).toEqual([
      ['tax', 'INN', '7707083893'], ['registration', 'OGRN', '1027700132195'], ['registration', 'KPP', '773601001'],
      ['lei', '', '253400DJ5Z4JMH7ADW48'], ['swift_bic', '', 'SABRRUMM'],
    ]);
    expect(byId(entities, 'eu-oj:32014R0833-LIII-n-digital-rouble')).toMatchObject({ schema: 'Organization', orgKind: 'other' });
  });
});

describe('euOjImporter malformed input', () => {
  const fails = async (dir: string) => {
    const ref = refFor(dir);
    return readAll(ref).then(() => undefined, (e: unknown) => e as Error & { code: string });
  };
  it('reports a broken quote with file and line', async () => {
    const e = await fails('broken-quote');
    expect(e?.code).toBe('MALFORMED_FILE');
    expect(e?.message).toMatch(/broken-quote\/32014R0269\.csv, line \d+/);
    expect(e?.message).toMatch(/Quote Not Closed/);
  });
  it('reports a missing header column', async () => {
    const e = await fails('wrong-header');
    expect(e?.message).toMatch(/wrong-header\/32014R0269\.csv, line 1, field 'name': wrong header: missing column\(s\) 'name'/);
  });
  it('reports a record without a name and a row of another act', async () => {
    expect((await fails('no-name'))?.message).toMatch(/no-name\/32014R0269\.csv, line 3, field 'name': record has no name/);
    expect((await fails('celex-mismatch'))?.message).toMatch(/line 2, field 'celex': row CELEX '32014R0833' is not the file's '32014R0269'/);
  });
});
