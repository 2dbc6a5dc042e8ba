/** Integration: the US Consolidated Screening List importer on the real trade.gov files. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { cslImporter } from '../../src/importers/csl/index.js';
import { readCslRows } from '../../src/importers/csl/parse.js';
import { listFiles } from '../../src/importers/registry.js';
import { LISTS } from '../helpers.js';

const DIR = resolve(LISTS, 'us-trade-csl');
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const SDN = 'Specially Designated Nationals (SDN) - Treasury Department';
const DPL = 'Denied Persons List (DPL) - Bureau of Industry and Security';

async function readVersion(label: string): Promise<Map<string, Entity>> {
  const ref = cslImporter.discover(listFiles(DIR)).find((r) => r.label === label)!;
  const out = new Map<string, Entity>();
  for await (const e of cslImporter.read(ref, { setPublishedAt: () => undefined })) {
    if (out.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    out.set(e.id, e);
  }
  return out;
}

describe('us-trade-csl on the 2022-05 file', () => {
  let all: Map<string, Entity>;
  beforeAll(async () => {
    all = await readVersion('2022-05');
  });

  it('discovers both versions', () => {
    expect(cslImporter.discover(listFiles(DIR)).map((r) => r.label).sort()).toEqual(['2022-05', '2025-sample']);
  });

  it('reads all 14,160 rows, by source EL 2001, SDN 10026, DPL 462', async () => {
    const bySource: Record<string, number> = {};
    let rows = 0;
    for await (const { record } of readCslRows(resolve(DIR, '2022-05/consolidated.csv'))) {
      rows++;
      bySource[record.source] = (bySource[record.source] ?? 0) + 1;
    }
    expect(rows).toBe(14160);
    expect(bySource[EL]).toBe(2001);
    expect(bySource[SDN]).toBe(10026);
    expect(bySource[DPL]).toBe(462);
  });

  it('yields one entity per _id: 14,048 (112 rows repeat an _id on another Treasury list)', () => {
    expect(all.size).toBe(14048);
    const onList = (list: string): number => [...all.values()].filter((e) => e.lists.includes(list)).length;
    expect(onList(EL)).toBe(2001);
    expect(onList(SDN)).toBe(10026);
    expect(onList(DPL)).toBe(462);
    expect(onList('Capta List (CAP) - Treasury Department')).toBe(52);
    const schemas: Record<string, number> = {};
    for (const e of all.values()) schemas[e.schema] = (schemas[e.schema] ?? 0) + 1;
    expect(schemas).toMatchObject({ Vessel: 433, Aircraft: 283 });
  });

  it('maps a Chinese Entity List company with its country and licence requirement', () => {
    const e = all.get('us-trade-csl:f095626c9f8becc70b5948507fb6de6e443b257a')!;
    expect(e.schema).toBe('Organization');
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([['Hangzhou Hikvision Digital Technology Co., Ltd.', 'primary'], ['Hikvision', 'strong_alias']]);
    expect(e.countries).toEqual(['CN']);
    expect(e.addresses[0]).toEqual({
      full: 'No. 555 Qianmo Road, Binjiang District, Hangzhou, 310052, CN',
      street: 'No. 555 Qianmo Road, Binjiang District', city: 'Hangzhou', postalCode: '310052', country: 'CN',
    });
    expect(e.addresses).toHaveLength(3);
    expect(e.listedOn).toBe('2019-10-09');
    expect(e.lists).toEqual([EL]);
    expect(e.programs.map((p) => p.key)).toEqual(['EL']);
    expect(e.extra?.licenseRequirement).toBe('For all items subject to the EAR. (See §744.11 of the EAR)');
    expect(e.extra?.licensePolicy).toMatch(/^Case-by-case review for ECCNs 1A004\.c/);
    expect(e.extra?.federalRegisterNotice).toBe('84 FR 54002; 85 FR 44159');
  });

  it('maps the same company on the CMIC list with its credit code and ISIN', () => {
    const e = all.get('us-trade-csl:30946')!;
    expect(e.identifiers.map((i) => [i.type, i.value, i.scheme])).toEqual([
      ['registration', '91330000733796106P', 'UNIFIED SOCIAL CREDIT CODE'],
      ['other', '002415 CN', 'EQUITY TICKER'],
      ['other', 'CNE100000PM8', 'ISIN'],
    ]);
    expect(e.orgKind).toBe('company');
    expect(e.extra).toMatchObject({ targetType: 'Public Company', cmicListingDate: '03 Jun 2021' });
  });

  it('maps an SDN individual with date of birth, nationality and gender', () => {
    const e = all.get('us-trade-csl:35096')!;
    expect(e.schema).toBe('Person');
    expect(e.names[0]).toEqual({ full: 'PUTIN, Vladimir Vladimirovich', kind: 'primary', script: 'Latin', parts: { family: 'PUTIN', given: 'Vladimir Vladimirovich' } });
    expect(e.names[1]).toMatchObject({ full: 'PUTIN, Vladimir', kind: 'strong_alias' });
    expect(e.birthDates).toEqual([{ value: '1952-10-07', precision: 'day' }]);
    expect(e.birthPlaces).toEqual(['Leningrad, Russia']);
    expect(e.nationalities).toEqual(['RU']);
    expect(e.gender).toBe('male');
    expect(e.titles).toEqual(['President of the Russian Federation']);
    expect(e.addresses.map((a) => a.full)).toEqual(['Kremlin, Moscow, RU', 'Novo-Ogaryevo, Moscow Region, RU', 'Bocharov Ruchey, Sochi, RU', 'Valdai, Novgorod Region, RU']);
    expect(e.programs.map((p) => p.key)).toEqual(['SDN', 'RUSSIA-EO14024']);
  });

  it('flags secondary sanctions and maps vessels', () => {
    const kim = all.get('us-trade-csl:20157')!;
    expect(kim.birthDates).toEqual([{ value: '1984-01-08', precision: 'day' }]);
    expect(kim.secondarySanctions).toBe(true);
    const ship = all.get('us-trade-csl:25277')!;
    expect(ship).toMatchObject({ schema: 'Vessel', craft: { flag: 'IR', type: 'Crew/Supply Vessel' }, secondarySanctions: true });
    expect(ship.identifiers).toEqual([{ type: 'imo', value: '8984484', normalized: '8984484' }]);
    expect(ship.links).toEqual([{ type: 'linked_to', targetName: 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES' }]);
  });
});

describe('us-trade-csl on the 2025 sample (current layout)', () => {
  it('reads 13 entities and the label-first ids', async () => {
    const all = await readVersion('2025-sample');
    expect(all.size).toBe(13);
    const rim = all.get('us-trade-csl:52291')!;
    expect(rim.identifiers).toEqual([{ type: 'passport', value: '836238033', normalized: '836238033', country: 'KP' }]);
    expect(rim.gender).toBe('male');
    expect(rim.birthDates).toEqual([{ value: '1978-12-05', precision: 'day' }]);
    const isn = all.get('us-trade-csl:233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b')!;
    expect(isn.names[0].full).toBe('Sinobright Import and Export Company');
    expect(isn.schema).toBe('Organization');
  });
});
