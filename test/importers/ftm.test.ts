/**
 * The FtM importer on the OpenSanctions (yente) fixtures in ../shared/data/lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import type { DatasetRef } from '../../src/importers/types.js';
import { ftmImporter } from '../../src/importers/ftm/index.js';

const DATA = resolve(process.cwd(), '../shared/data/lists');
const DIR = join(DATA, 'ftm-fixtures-opensanctions');

async function readAll(ref: DatasetRef): Promise<{ entities: Entity[]; publishedAt?: string }> {
  const entities: Entity[] = [];
  let publishedAt: string | undefined;
  for await (const e of ftmImporter.read(ref, { setPublishedAt: (d) => (publishedAt = d) })) entities.push(e);
  return { entities, publishedAt };
}

const zalaRef: DatasetRef = { source: 'ftm', label: 'zala', files: { 'zala.entities.ftm.json': join(DIR, 'zala.entities.ftm.json') } };
let zala: Entity[] = [];
let zalaPublished: string | undefined;
const get = (id: string): Entity => {
  const e = zala.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};

beforeAll(async () => {
  ({ entities: zala, publishedAt: zalaPublished } = await readAll(zalaRef));
});

describe('FtM fixtures (OpenSanctions yente)', () => {
  it('discovers the folder as one dataset of both files', () => {
    const files = readdirSync(DIR).map((f) => join(DIR, f));
    const refs = ftmImporter.discover([...files, join(DATA, 'un-sc-consolidated/2026-02-27/consolidated.xml')]);
    expect(refs).toEqual([{
      source: 'ftm', label: 'ftm-fixtures-opensanctions',
      files: { 't1.entities.ftm.json': join(DIR, 't1.entities.ftm.json'), 'zala.entities.ftm.json': join(DIR, 'zala.entities.ftm.json') },
    }]);
  });

  it('zala: 17 things (6 Person, 11 Company) out of 91 records', () => {
    expect(zala).toHaveLength(17);
    expect(zala.filter((e) => e.schema === 'Person')).toHaveLength(6);
    expect(zala.filter((e) => e.schema === 'Organization' && e.orgKind === 'company')).toHaveLength(11);
    expect(new Set(zala.map((e) => e.id)).size).toBe(17);
    expect(zalaPublished).toBe('2026-04-29');
  });

  it('both files together: 23 things with unique ids', async () => {
    const ref = ftmImporter.discover(readdirSync(DIR).map((f) => join(DIR, f)))[0];
    const { entities } = await readAll(ref);
    expect(entities).toHaveLength(23);
    expect(new Set(entities.map((e) => e.id)).size).toBe(23);
    expect(entities.filter((e) => e.schema === 'Person')).toHaveLength(10);
  });

  it('Alexander ZAKHAROV: birth date, INN, sanctions folded, family and director links', () => {
    const e = get('ftm:NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(e.schema).toBe('Person');
    expect(e.names[0]).toEqual({
      full: 'Alexander Vyacheslavovich ZAKHAROV', kind: 'primary', script: 'Latin',
      parts: { given: 'Alexander', patronymic: 'Vyacheslavovich', family: 'ZAKHAROV' },
    });
    expect(e.names.some((n) => n.full === 'Александр Вячеславович Захаров' && n.script === 'Cyrillic')).toBe(true);
    expect(e.birthDates).toEqual([{ value: '1965-09-21', precision: 'day' }]);
    expect(e.gender).toBe('male');
    expect(e.nationalities).toEqual(['RU']);
    expect(e.identifiers[0]).toEqual({ type: 'tax', value: '183111242406', normalized: '183111242406', scheme: 'INN', country: 'RU' });
    expect(e.programs.map((p) => p.key)).toEqual(expect.arrayContaining(['EU-UKR', 'GB-RUS', 'US-RUSHAR', 'RUSSIA-EO14024']));
    expect(e.lists).toContain('Office of Foreign Assets Control');
    expect(e.listedOn).toBe('2023-07-01');
    expect(e.secondarySanctions).toBe(true);
    expect(e.links.filter((l) => l.type === 'family_of').map((l) => l.targetName).sort()).toEqual([
      'Lavrentiy Aleksandrovich ZAKHAROV', 'Maria Aleksandrovna Osetrova', 'Nikita Aleksandrovich Zakharov', 'Svetlana Nikolaevna Zakharova',
    ]);
    expect(e.links).toContainEqual({ type: 'director_of', targetName: 'LLC CST', targetId: 'ftm:NK-abdzbEBkqyT29GyREbiURZ' });
    expect(e.addresses[0]).toMatchObject({ city: 'Izhevsk', country: 'RU' });
  });

  it('LLC CST (Zala Aero): INN, OGRN, aliases and its owners', () => {
    const e = get('ftm:NK-abdzbEBkqyT29GyREbiURZ');
    expect(e.schema).toBe('Organization');
    expect(e.names[0].full).toBe('LLC CST');
    expect(e.names).toContainEqual({ full: 'Zala Aero', kind: 'strong_alias', script: 'Latin' });
    expect(e.names).toContainEqual({ full: 'ZALA', kind: 'weak_alias', script: 'Latin' });
    expect(e.identifiers).toContainEqual({ type: 'tax', value: '1841015504', normalized: '1841015504', scheme: 'INN', country: 'RU' });
    expect(e.identifiers).toContainEqual({ type: 'registration', value: '1101841007938', normalized: '1101841007938', scheme: 'OGRN', country: 'RU' });
    expect(e.links).toContainEqual({ type: 'subsidiary_of', targetName: 'JSC Kalashnikov Concern', targetId: 'ftm:NK-nR5AXM9AVPq4pQaSPSaVam' });
    expect(e.links).toContainEqual({ type: 'owned_by', targetName: 'Alexander Vyacheslavovich ZAKHAROV', targetId: 'ftm:NK-aU5ybkbRFJucf8YMwsJvDw' });
    expect(e.countries).toEqual(['RU']);
  });

  it('AO Zala Aero: the company with INN 9715478507 owned by ZAKHAROV', () => {
    const e = get('ftm:NK-cPks3aTbes8k4aCerfBAzN');
    expect(e.names[0].full).toBe('Акціонерне товариство "Зала Аеро"');
    expect(e.identifiers).toContainEqual(expect.objectContaining({ type: 'tax', scheme: 'INN', value: '9715478507' }));
    expect(e.links).toEqual([{ type: 'owned_by', targetName: 'Alexander Vyacheslavovich ZAKHAROV', targetId: 'ftm:NK-aU5ybkbRFJucf8YMwsJvDw' }]);
  });
});
