/** Integration: the BIS Denied Persons List importer on the real dpl.txt. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { dplImporter, readDplGroups } from '../../src/importers/bis-dpl/index.js';
import { listFiles } from '../../src/importers/registry.js';
import { LISTS } from '../helpers.js';

const DIR = resolve(LISTS, 'us-bis-dpl');

describe('us-bis-dpl on the 2023-11 file', () => {
  let all: Map<string, Entity>;
  let published: string | undefined;
  beforeAll(async () => {
    const [ref] = dplImporter.discover(listFiles(DIR));
    all = new Map();
    for await (const e of dplImporter.read(ref, { setPublishedAt: (d) => (published = d) })) {
      if (all.has(e.id)) throw new Error(`duplicate id ${e.id}`);
      all.set(e.id, e);
    }
  });

  it('discovers the file', () => {
    expect(dplImporter.discover(listFiles(DIR)).map((r) => [r.label, r.publishedAt])).toEqual([['2023-11', '2023-11']]);
  });

  it('reads all 665 rows into 544 entities, one per name', async () => {
    const { rows, groups } = await readDplGroups(resolve(DIR, '2023-11/dpl.txt'));
    expect(rows).toBe(665);
    expect(groups.reduce((n, g) => n + g.length, 0)).toBe(665);
    expect(all.size).toBe(544);
  });

  it('takes the publication date from the latest Last_Update, skipping the typo 3033-09-30', () => {
    expect(published).toBe('2023-11-28');
  });

  it('merges a person listed at a US and a Chinese address', () => {
    const e = all.get('us-bis-dpl:zimo-sheng')!;
    expect(e.schema).toBe('Person');
    expect(e.countries).toEqual(['US', 'CN']);
    expect(e.addresses[0]).toEqual({
      full: '3975 N. CRAMER STREET, UNIT 204, MILWAUKEE, WI, 53211, US',
      street: '3975 N. CRAMER STREET, UNIT 204', city: 'MILWAUKEE', region: 'WI', postalCode: '53211', country: 'US',
    });
    expect(e.listedOn).toBe('2020-03-16');
    expect(e.extra).toMatchObject({ expirationDate: '2028-12-13', frCitation: '85 F.R. 16054 3/20/2020', standardOrder: 'Y' });
    expect(e.raw).toHaveLength(2);
  });

  it('merges names that differ in spacing, and keeps organisations apart from persons', () => {
    expect(all.get('us-bis-dpl:i-ash')!.raw).toHaveLength(3);
    const infocom = all.get('us-bis-dpl:infocom-corporation-inc')!;
    expect(infocom.schema).toBe('Organization');
    expect(infocom.addresses).toHaveLength(2);
    const s7 = all.get('us-bis-dpl:siberian-airlines-d-b-a-s7-airlines')!;
    expect(s7.names.map((n) => [n.full, n.kind])).toEqual([['SIBERIAN AIRLINES', 'primary'], ['S7 AIRLINES', 'strong_alias']]);
    expect(s7.schema).toBe('Organization');
    const sammy = all.get('us-bis-dpl:ihsan-medhat-sammy-elashi')!;
    expect(sammy.names.map((n) => n.full)).toEqual(['IHSAN MEDHAT "SAMMY" ELASHI', 'IHSAN MEDHAT ELASHI', 'SAMMY ELASHI']);
    const schemas: Record<string, number> = {};
    for (const e of all.values()) schemas[e.schema] = (schemas[e.schema] ?? 0) + 1;
    expect(schemas.Person).toBeGreaterThan(400);
    expect(schemas.Organization).toBeGreaterThan(90);
  });
});
