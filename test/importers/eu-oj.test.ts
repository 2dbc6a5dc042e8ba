/**
 * The EU OJ annex importer on the OpenSanctions transcription (CC BY-NC, test-only) in shared/data/lists:
 * 37 consolidated files, 8017 rows (PROVENANCE.md row counts). Each row is one designation in one legal
 * context; the only rows sharing an id are two exact repeats in Reg. 881/2002 Annex I (which prints no
 * entry numbers), merged, so there are 8015 entities.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { listFiles } from '../../src/importers/registry.js';
import type { Entity } from '../../src/model/entity.js';
import { euOjImporter } from '../../src/importers/eu-oj/index.js';

const lists = resolve(process.cwd(), '../shared/data/lists');
const dir = join(lists, 'eu-oj-annexes-opensanctions-CC-BY-NC');

describe('EU OJ annexes (consolidated)', () => {
  let entities: Entity[] = [];
  beforeAll(async () => {
    const refs = euOjImporter.discover(listFiles(dir));
    expect(refs.map((r) => [r.label, Object.keys(r.files).length])).toEqual([['consolidated', 37]]);
    for await (const e of euOjImporter.read(refs[0], { setPublishedAt: () => {} })) entities.push(e);
  });
  const get = (id: string): Entity => {
    const e = entities.find((x) => x.id === id);
    if (!e) throw new Error(`no ${id}`);
    return e;
  };

  it('has one entity per designation: 8017 rows, 2 repeated rows merged', () => {
    expect(entities).toHaveLength(8015);
    expect(new Set(entities.map((e) => e.id)).size).toBe(8015);
    const rows = entities.reduce((n, e) => n + (Array.isArray(e.raw) ? e.raw.length : 1), 0);
    expect(rows).toBe(8017);
    const perFile = (celex: string) => entities.filter((e) => e.extra?.celex === celex).length;
    expect(perFile('32014R0269')).toBe(2802);
    expect(perFile('32014R0833')).toBe(1746);
    expect(perFile('32002R0881')).toBe(348);
    expect(get('eu-oj:32002R0881-I-n-ali-ghaleb-himmat').raw).toHaveLength(2);
  });

  it('maps Nikolai Pavlovich DUBOVIK (Reg. 2024/1485, Annex IV.A, entry 1)', () => {
    const e = get('eu-oj:32024R1485-IV.A-1');
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
    expect(e.remarks[0]).toMatch(/refused to consider Alexei Navalny’s cassation appeal/);
  });

  it('keeps entry 1 of Annex IV.B a different entity from entry 1 of Annex IV.A', () => {
    const b = get('eu-oj:32024R1485-IV.B-1');
    expect(b.schema).toBe('Organization');
    expect(b.names[0].full).not.toBe('Nikolai Pavlovich DUBOVIK');
  });

  it('maps Chinese military end users of Reg. 833/2014 Annex IV', () => {
    const e = get('eu-oj:32014R0833-IV-651');
    expect(e.names[0].full).toBe('Chang Guang Satellite Technology Co. Ltd');
    expect(e).toMatchObject({ schema: 'Organization', orgKind: 'company' });
    expect(e.countries).toEqual(['CN']);
    expect(e.addresses[0].country).toBe('CN');
    expect(e.lists).toEqual(['Regulation 833/2014, Annex IV (Export control)']);
    const chinese = entities.filter((x) => x.extra?.celex === '32014R0833' && x.extra?.annex === 'IV' && x.countries.includes('CN'));
    expect(chinese.length).toBeGreaterThanOrEqual(40);
  });

  it('maps shadow-fleet vessels with IMO numbers and the same person in several regimes separately', () => {
    const vessels = entities.filter((e) => e.schema === 'Vessel');
    expect(vessels).toHaveLength(708);
    expect(vessels.filter((v) => v.identifiers.some((i) => i.type === 'imo')).length).toBeGreaterThan(690);
    const bortnikov = entities.filter((e) => e.names[0].full === 'Aleksandr Vasilievich BORTNIKOV');
    expect(bortnikov.map((e) => e.extra?.celex).sort()).toEqual(['32014R0269', '32018R1542']);
  });
});
