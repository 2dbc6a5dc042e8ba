/** The OFAC non-SDN consolidated importer on the real cons_*.csv files (PROVENANCE.md). */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import type { DatasetRef } from '../../src/importers/types.js';
import { listFiles } from '../../src/importers/registry.js';
import { ofacConsImporter } from '../../src/importers/ofac-cons/index.js';
import { NON_SDN_LISTS } from '../../src/importers/ofac-cons/lists.js';

const LISTS = resolve(process.cwd(), '../shared/data/lists');

let refs: DatasetRef[];
const all = new Map<string, Entity>();

beforeAll(async () => {
  refs = ofacConsImporter.discover(listFiles(LISTS));
  for await (const e of ofacConsImporter.read(refs[0], { setPublishedAt: () => undefined })) {
    if (all.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    all.set(e.id, e);
  }
});

describe('OFAC non-SDN consolidated list on the real files', () => {
  it('discovers the one dataset with its four files', () => {
    expect(refs.map((r) => [r.label, r.publishedAt, Object.keys(r.files).sort()])).toEqual([
      ['2025-12', '2025-12', ['add', 'alt', 'comments', 'prim']],
    ]);
  });

  it('reads 442 entries (79 individuals, 363 entities) with the published programme counts', () => {
    const schemas: Record<string, number> = {};
    const programs: Record<string, number> = {};
    for (const e of all.values()) {
      schemas[e.schema] = (schemas[e.schema] ?? 0) + 1;
      for (const p of e.programs) programs[p.key] = (programs[p.key] ?? 0) + 1;
    }
    expect(all.size).toBe(442);
    expect(schemas).toEqual({ Person: 79, Organization: 363 });
    expect(programs['RUSSIA-EO14024']).toBe(93);
    expect(programs.SDGT).toBe(2);
    expect(programs['CMIC-EO13959']).toBe(68);
    expect([...all.values()].every((e) => e.id.startsWith('us-ofac-cons:') && e.lists.length > 0)).toBe(true);
  });

  it('maps the CENTRAL BANK OF THE RUSSIAN FEDERATION field by field', () => {
    const e = all.get('us-ofac-cons:31695')!;
    expect(e.orgKind).toBe('bank');
    expect(e.lists).toEqual([NON_SDN_LISTS['NS-MBS']]);
    expect(e.listedOn).toBe('2022-02-22');
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value])).toEqual([
      ['swift_bic', undefined, 'CBRFRUMM'],
      ['tax', 'INN', '7702235133'],
      ['registration', 'OKPO', '00032253'],
      ['registration', 'OGRN', '1037700013020'],
    ]);
    expect(e.names.map((n) => n.full)).toContain('BANK OF RUSSIA');
    expect(e.extra).toMatchObject({ website: 'www.cbr.ru', organizationEstablished: '1990-07-13', organizationType: 'Central banking', targetType: 'Government Entity' });
    expect(e.addresses[0]).toEqual({ full: 'Neglinnaya St 12, Moscow 107016, Russia', street: 'Neglinnaya St 12', city: 'Moscow', postalCode: '107016', country: 'RU' });
  });

  it('maps an NS-PLC member and the CAPTA bank', () => {
    const p = all.get('us-ofac-cons:9647')!;
    expect(p.names[0]).toMatchObject({ full: 'ZAHHAR, Mahmoud Khaled', parts: { family: 'ZAHHAR', given: 'Mahmoud Khaled' } });
    expect(p.birthDates).toEqual([{ value: '1945', precision: 'year' }]);
    expect(p.birthPlaces).toEqual(['Gaza Strip']);
    expect(p.nationalities).toEqual(['PS']);
    expect(p.secondarySanctions).toBe(true);
    expect(p.names.filter((n) => n.kind === 'weak_alias').map((n) => n.full)).toEqual(['ZAHAR, Mahmoud', 'AL-ZAHAR, Mahmoud']);
    expect(p.links).toEqual([{ type: 'linked_to', targetName: 'HAMAS' }]); // HAMAS is on the SDN list, not this one
    expect(p.lists).toEqual([NON_SDN_LISTS['NS-PLC']]);
    const bank = all.get('us-ofac-cons:15268')!;
    expect(bank.lists).toEqual([NON_SDN_LISTS.CAPTA]);
    expect(bank.identifiers).toEqual([{ type: 'swift_bic', value: 'CKLBCNBJ', normalized: 'CKLBCNBJ' }]);
  });
});
