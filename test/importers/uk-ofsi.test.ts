/**
 * The OFSI importer on the real 2018-04-13 ConList.csv (Windows-1252): PROVENANCE.md's 9,487 rows in
 * 2,106 Group IDs, and a few well-known targets field by field.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { listFiles } from '../../src/importers/registry.js';
import { ukOfsiImporter } from '../../src/importers/uk-ofsi/index.js';
import { LISTS } from '../helpers.js';

const FILE = join(LISTS, 'uk-ofsi-conlist', '2018-04-13', 'ConList.csv');

describe('uk-ofsi on the real ConList.csv (2018-04-13)', async () => {
  const refs = ukOfsiImporter.discover(listFiles(LISTS));
  const published: string[] = [];
  const entities: Entity[] = [];
  let rows = 0;
  for await (const e of ukOfsiImporter.read(refs[0], { setPublishedAt: (d) => published.push(d) })) {
    entities.push(e);
    rows += (e.raw as unknown[]).length;
  }
  const get = (id: string): Entity => entities.find((e) => e.sourceId === id) as Entity;

  it('discovers exactly this file among all the shared lists', () => {
    expect(refs).toEqual([{ source: 'uk-ofsi', label: '2018-04-13', files: { main: FILE }, publishedAt: '2018-04-13' }]);
    expect(published).toEqual(['2018-04-13']);
  });

  it('reads all 9,487 rows into 2,106 entities with unique ids', () => {
    expect(rows).toBe(9487);
    expect(entities).toHaveLength(2106);
    expect(new Set(entities.map((e) => e.id)).size).toBe(2106);
    const bySchema: Record<string, number> = {};
    for (const e of entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    // 6,857 Individual and 2,630 Entity rows; 25 entities carry an IMO ship number and are vessels.
    expect(bySchema).toEqual({ Person: 1426, Organization: 655, Vessel: 25 });
    expect(entities.every((e) => e.names.some((n) => n.kind === 'primary'))).toBe(true);
    expect(entities.filter((e) => e.extra?.unReference).length).toBe(671);
  });

  it('maps group 13349 (Nayef AL-HABABI, UN QDe.004) field by field', () => {
    const e = get('13349');
    expect(e.id).toBe('uk-ofsi:13349');
    expect(e.schema).toBe('Person');
    expect(e.names.find((n) => n.kind === 'primary')).toEqual({
      full: 'Nayef Salam Muhammad Ujaym AL-HABABI', kind: 'primary', script: 'Latin',
      parts: { given: 'Nayef', middle: 'Salam Muhammad Ujaym', family: 'AL-HABABI' },
    });
    expect(e.names.map((n) => n.full)).toContain('Sheikh Farooq AL-QAHTANI');
    expect(e.names).toHaveLength(8);
    expect(e.birthDates).toEqual([{ value: '1980', precision: 'year' }, { value: '1981', precision: 'year' }]);
    expect(e.nationalities).toEqual(['SA', 'QA']);
    expect(e.identifiers).toEqual([
      { type: 'passport', value: '592667', normalized: '592667', country: 'QA', note: 'Qatari passport issued on 3 May 2007' },
      { type: 'other', value: 'QDe.004', normalized: 'QDE004', scheme: 'UN-REF' },
    ]);
    expect(e.extra?.unReference).toBe('QDe.004');
    expect(e.listedOn).toBe('2016-04-01');
    expect(e.programs).toEqual([{ raw: "The ISIL (Da'esh) and Al-Qaida organisations", key: 'THE-ISIL-DAESH-AND-AL-QAIDA-ORGANISATIONS' }]);
  });

  it('maps the vessel TONG SAN 2 (group 13556) with IMO and MMSI', () => {
    const e = get('13556');
    expect(e.schema).toBe('Vessel');
    expect(e.names).toEqual([{ full: 'TONG SAN 2', kind: 'primary', script: 'Latin' }]);
    expect(e.identifiers).toEqual([
      { type: 'imo', value: '8937675', normalized: '8937675' },
      { type: 'mmsi', value: '445539000', normalized: '445539000' },
    ]);
    expect(e.listedOn).toBe('2017-10-19');
  });

  it('maps the Commercial Bank of Syria (group 12203) as a bank with its spaced SWIFT/BIC and Syrian address', () => {
    const e = get('12203');
    expect(e.orgKind).toBe('bank');
    expect(e.identifiers).toContainEqual({ type: 'swift_bic', value: 'CMSY SY DA', normalized: 'CMSYSYDA' });
    expect(e.addresses[0]).toEqual({ full: 'Aleppo Branch, PO Box 2, Kastel Hajjarin St, Aleppo, Syria', street: 'Aleppo Branch', country: 'SY' });
    expect(e.countries).toContain('SY');
  });

  it('decodes the Windows-1252 apostrophes', () => {
    const text = get('12884').remarks.join(' ');
    expect(text).toContain('Wife’s name is Samah ‘Ali Al-Dahabani');
    expect(entities.some((e) => e.remarks.some((r) => r.includes('\uFFFD')))).toBe(false);
  });
});
