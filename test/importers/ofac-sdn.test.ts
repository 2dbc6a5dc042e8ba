/** The OFAC SDN importer on the real sdn.csv / add.csv / alt.csv / sdn_comments.csv files (PROVENANCE.md). */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import type { DatasetRef } from '../../src/importers/types.js';
import { listFiles } from '../../src/importers/registry.js';
import { ofacSdnImporter } from '../../src/importers/ofac-sdn/index.js';

const LISTS = resolve(process.cwd(), '../shared/data/lists');

async function readAll(ref: DatasetRef): Promise<Map<string, Entity>> {
  const out = new Map<string, Entity>();
  for await (const e of ofacSdnImporter.read(ref, { setPublishedAt: () => undefined })) {
    if (out.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    out.set(e.id, e);
  }
  return out;
}

function tally(all: Map<string, Entity>) {
  const schemas: Record<string, number> = {};
  const programs: Record<string, number> = {};
  for (const e of all.values()) {
    schemas[e.schema] = (schemas[e.schema] ?? 0) + 1;
    for (const p of e.programs) programs[p.key] = (programs[p.key] ?? 0) + 1;
  }
  return { schemas, programs };
}

let refs: DatasetRef[];
let older: Map<string, Entity>;
let newer: Map<string, Entity>;

beforeAll(async () => {
  refs = ofacSdnImporter.discover(listFiles(LISTS));
  older = await readAll(refs.find((r) => r.label === '2023-12-28')!);
  newer = await readAll(refs.find((r) => r.label === '2024-05-03')!);
});

describe('OFAC SDN on the real files', () => {
  it('discovers exactly the two SDN datasets, side files only where they exist', () => {
    expect(refs.map((r) => [r.label, r.publishedAt, Object.keys(r.files).sort()])).toEqual([
      ['2023-12-28', '2023-12-28', ['add', 'alt', 'comments', 'sdn']],
      ['2024-05-03', '2024-05-03', ['sdn']],
    ]);
  });

  it('reads 14,965 entries from the 2024-05-03 sdn.csv with the published split', () => {
    const { schemas, programs } = tally(newer);
    expect(newer.size).toBe(14965);
    expect(schemas).toEqual({ Organization: 6884, Person: 6854, Vessel: 851, Aircraft: 376 });
    expect(programs['RUSSIA-EO14024']).toBe(4439);
    expect(programs.SDGT).toBe(2386);
    expect(programs['CMIC-EO13959']).toBeUndefined();
  });

  it('reads 13,821 entries from the 2023-12-28 files with the published split', () => {
    const { schemas, programs } = tally(older);
    expect(older.size).toBe(13821);
    expect(schemas).toEqual({ Organization: 6033, Person: 6646, Vessel: 764, Aircraft: 378 });
    expect(programs['RUSSIA-EO14024']).toBe(3523);
    expect(programs.SDGT).toBe(2213);
  });

  it('maps PUTIN, Vladimir Vladimirovich field by field', () => {
    const e = newer.get('us-ofac-sdn:35096')!;
    expect(e.schema).toBe('Person');
    expect(e.names[0]).toEqual({ full: 'PUTIN, Vladimir Vladimirovich', kind: 'primary', script: 'Latin', parts: { family: 'PUTIN', given: 'Vladimir Vladimirovich' } });
    expect(e.birthDates).toEqual([{ value: '1952-10-07', precision: 'day' }]);
    expect(e.birthPlaces).toEqual(['Leningrad, Russia']);
    expect(e.nationalities).toEqual(['RU']);
    expect(e.gender).toBe('male');
    expect(e.titles).toEqual(['President of the Russian Federation']);
    expect(e.programs).toEqual([{ raw: 'RUSSIA-EO14024', key: 'RUSSIA-EO14024' }]);
    expect(e.lists).toEqual(['SDN']);
    // The 2023-12-28 version carries alt.csv and add.csv.
    const old = older.get('us-ofac-sdn:35096')!;
    expect(old.names.map((n) => [n.full, n.kind])).toContainEqual(['PUTIN, Vladimir', 'strong_alias']);
    expect(old.addresses[0]).toEqual({ full: 'Kremlin, Moscow, Russia', street: 'Kremlin', city: 'Moscow', country: 'RU' });
  });

  it('maps the vessel GRACEFUL with its IMO, craft data and a resolved link to PUTIN', () => {
    const e = newer.get('us-ofac-sdn:37444')!;
    expect(e.schema).toBe('Vessel');
    expect(e.identifiers).toEqual([{ type: 'imo', value: '1011551', normalized: '1011551' }]);
    expect(e.craft).toEqual({ callSign: 'UBGV8', type: 'Yacht', grossRegisteredTonnage: '2685', flag: 'RU' });
    expect(e.countries).toEqual(['RU']);
    expect(e.links).toEqual([{ type: 'linked_to', targetName: 'PUTIN, Vladimir Vladimirovich', targetId: 'us-ofac-sdn:35096' }]);
  });

  it('maps HAVIN BANK LIMITED as a bank with its SWIFT/BIC and UK company number', () => {
    const e = newer.get('us-ofac-sdn:906')!;
    expect(e.orgKind).toBe('bank');
    expect(e.identifiers).toEqual([
      { type: 'swift_bic', value: 'HAVIGB2L', normalized: 'HAVIGB2L' },
      { type: 'registration', value: '01074897', normalized: '01074897', country: 'GB' },
    ]);
    expect(e.extra?.website).toBe('www.havanaintbank.co.uk; www.hib.uk.com');
  });

  it('maps NASRALLAH, Hasan with four birth dates, a passport and secondary sanctions', () => {
    const e = newer.get('us-ofac-sdn:2686')!;
    expect(e.birthDates.map((d) => `${d.value}/${d.precision}`)).toEqual(['1960-08-31/day', '1953-08-31/day', '1955-08-31/day', '1958-08-31/day']);
    expect(e.birthPlaces).toEqual(['Al Basuriyah, Lebanon']);
    expect(e.identifiers).toContainEqual({ type: 'passport', value: '042833', normalized: '042833', country: 'LB' });
    expect(e.secondarySanctions).toBe(true);
    expect(e.programs.map((p) => p.key)).toEqual(['SDGT', 'SYRIA']);
  });

  it('maps HIZBALLAH with weak aliases from the remarks', () => {
    const e = newer.get('us-ofac-sdn:4697')!;
    expect(e.secondarySanctions).toBe(true);
    expect(e.programs.map((p) => p.key)).toEqual(['FTO', 'SDGT', 'SYRIA']);
    expect(e.names.filter((n) => n.kind === 'weak_alias').map((n) => n.full)).toEqual([
      'LH', 'FOREIGN RELATIONS DEPARTMENT', 'FRD', 'EXTERNAL SECURITY ORGANIZATION', 'ESO',
      'FOREIGN ACTION UNIT', 'SPECIAL OPERATIONS BRANCH', 'EXTERNAL SERVICES ORGANIZATION',
    ]);
  });

  it('joins sdn_comments.csv to the cut remarks of SBERBANK (INN and OGRN are only in the overflow)', () => {
    const e = older.get('us-ofac-sdn:17018')!;
    expect(e.orgKind).toBe('bank');
    expect(e.identifiers).toContainEqual({ type: 'swift_bic', value: 'SABRRUMM', normalized: 'SABRRUMM' });
    expect(e.identifiers).toContainEqual({ type: 'tax', value: '7707083893', normalized: '7707083893', scheme: 'INN', country: 'RU' });
    expect(e.identifiers).toContainEqual({ type: 'registration', value: '1027700132195', normalized: '1027700132195', scheme: 'OGRN', country: 'RU' });
    expect(e.remarks).toContain('Listing Date (EO 14024 Directive 3): 24 Feb 2022');
    // Without sdn_comments.csv the newer version's remarks stop at the 1000-character cut.
    expect(newer.get('us-ofac-sdn:17018')!.remarks.at(-1)).toBe('Listing Date (EO 14024 Directive 3)');
  });

  it('maps the aircraft EP-GOM with serial numbers, model and a resolved operator link', () => {
    const e = newer.get('us-ofac-sdn:15431')!;
    expect(e.schema).toBe('Aircraft');
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value])).toEqual([
      ['aircraft_serial', 'CONSTRUCTION NUMBER', '8401'],
      ['aircraft_serial', 'MSN', '1023409321'],
    ]);
    expect(e.craft).toEqual({ buildYear: '1992', model: 'IL76-TD' });
    expect(e.extra?.aircraftOperator).toBe('YAS AIR');
    expect(e.links).toHaveLength(1);
    expect(e.links[0]).toMatchObject({ type: 'linked_to', targetName: 'POUYA AIR' });
    expect(newer.get(e.links[0].targetId!)!.names[0].full).toBe('POUYA AIR');
  });

  it('maps BANCO NACIONAL DE CUBA with its weak and strong aliases and addresses in three countries', () => {
    const e = older.get('us-ofac-sdn:306')!;
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['BANCO NACIONAL DE CUBA', 'primary'], ['BNC', 'weak_alias'], ['NATIONAL BANK OF CUBA', 'strong_alias'],
    ]);
    expect(e.countries).toEqual(['CH', 'ES', 'JP', 'PA']);
    expect(e.orgKind).toBe('bank');
  });
});
