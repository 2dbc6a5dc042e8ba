import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Entity } from '../../model/entity.js';
import { dplImporter, readDplGroups } from './index.js';

const DATA = resolve(import.meta.dirname, 'testdata');
const file = (dir: string): string => resolve(DATA, dir, 'dpl.txt');

async function readAll(dir: string): Promise<{ entities: Map<string, Entity>; published?: string }> {
  const ref = { source: 'us-bis-dpl', label: dir, files: { main: file(dir) } };
  const entities = new Map<string, Entity>();
  let published: string | undefined;
  for await (const e of dplImporter.read(ref, { setPublishedAt: (d) => (published = d) })) {
    expect(entities.has(e.id)).toBe(false);
    entities.set(e.id, e);
  }
  return { entities, published };
}

describe('dplImporter.discover', () => {
  it('takes dpl.txt files with the DPL header only', () => {
    const refs = dplImporter.discover([file('2023-12'), file('foreign'), resolve(DATA, '2023-12', 'other.txt')]);
    expect(refs).toEqual([{ source: 'us-bis-dpl', label: '2023-12', files: { main: file('2023-12') }, publishedAt: '2023-12' }]);
  });

  it('names the official download', () => {
    expect(dplImporter.remote).toEqual([{ role: 'main', url: 'https://www.bis.doc.gov/dpl/dpl.txt', filename: 'dpl.txt', required: true }]);
  });
});

describe('dplImporter.read', () => {
  it('reads every row and merges rows of the same name', async () => {
    const { rows } = await readDplGroups(file('2023-12'));
    expect(rows).toBe(9);
    const { entities, published } = await readAll('2023-12');
    expect(entities.size).toBe(7);
    // the latest plausible Last_Update; the typo 3033-09-30 is not a date
    expect(published).toBe('2023-11-28');
  });

  it('maps a person listed at two addresses', async () => {
    const moore = (await readAll('2023-12')).entities.get('us-bis-dpl:daniel-r-moore')!;
    expect(moore.schema).toBe('Person');
    expect(moore.names.map((n) => n.full)).toEqual(['DANIEL R. MOORE']);
    expect(moore.addresses).toEqual([
      { full: 'INMATE NUMBER: 12345-678, FCI EXAMPLE, P.O. BOX 1000, ANTHONY, NM, 88021, US', street: 'INMATE NUMBER: 12345-678, FCI EXAMPLE, P.O. BOX 1000', city: 'ANTHONY', region: 'NM', postalCode: '88021', country: 'US' },
      { full: '412 OAK STREET, EL PASO, TX, 79905, US', street: '412 OAK STREET', city: 'EL PASO', region: 'TX', postalCode: '79905', country: 'US' },
    ]);
    expect(moore.listedOn).toBe('2015-10-01');
    expect(moore.extra?.expirationDate).toBe('2027-04-13; 2025-10-01');
  });

  it('maps companies, aliases, nicknames and odd country columns', async () => {
    const { entities } = await readAll('2023-12');
    const get = (id: string): Entity => entities.get(`us-bis-dpl:${id}`)!;
    expect(get('aero-vista-trading-llc').schema).toBe('Organization');
    expect(get('kosta-tech-gmbh')).toMatchObject({ schema: 'Organization', countries: ['DE'], extra: { standardOrder: 'N', action: 'ADDITION' } });
    expect(get('li-wei-a-k-a-david-li').names.map((n) => [n.full, n.kind])).toEqual([['LI WEI', 'primary'], ['DAVID LI', 'strong_alias']]);
    expect(get('li-wei-a-k-a-david-li').countries).toEqual(['CN']);
    expect(get('maria-mari-santos').names.map((n) => [n.full, n.kind])).toEqual([
      ['MARIA "MARI" SANTOS', 'primary'], ['MARIA SANTOS', 'strong_alias'], ['MARI SANTOS', 'weak_alias'],
    ]);
    const airline = get('north-star-airlines');
    expect(airline.schema).toBe('Organization');
    expect(airline.addresses).toHaveLength(2);
    expect(airline.extra?.lastUpdate).toBe('2023-11-28');
    expect(get('stephen-k-ward').addresses[0]).toMatchObject({ region: 'NM', country: 'US' });
  });
});

describe('dplImporter.read, malformed files', () => {
  const fail = async (dir: string): Promise<Error & { code?: string }> => {
    try {
      await readAll(dir);
    } catch (e) {
      return e as Error;
    }
    throw new Error('no error');
  };

  it('a broken quote names the file, line and field', async () => {
    const e = await fail('broken-quote');
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.message).toMatch(/broken-quote\/dpl\.txt, line 3, field 'Street_Address': broken quote/);
  });

  it('a wrong header names the missing column', async () => {
    const e = await fail('wrong-header');
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.message).toMatch(/wrong-header\/dpl\.txt, line 1, field 'Effective_Date': wrong header: missing column\(s\) 'Effective_Date'/);
  });

  it('a row without a name fails with its line', async () => {
    expect((await fail('missing-name')).message).toMatch(/missing-name\/dpl\.txt, line 3, field 'Name': record has no name/);
  });
});
