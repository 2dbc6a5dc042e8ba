/**
 * The EU FSF importer on the real (truncated, Excel-damaged) 2018 v1.0 sample in shared/data/lists.
 * PROVENANCE.md: 999 rows / 93 entities; the file holds the first 999 data rows of the real list, so its
 * last entity (481) may lack rows of the full file: that is what the file holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { listFiles } from '../../src/importers/registry.js';
import type { Entity } from '../../src/model/entity.js';
import { euFsfImporter } from '../../src/importers/eu-fsf/index.js';

const lists = resolve(process.cwd(), '../shared/data/lists');
const dir = join(lists, 'eu-fsf-sample-truncated');

describe('EU FSF sample (2018-07-04, v1.0, Excel-damaged)', () => {
  let entities: Entity[] = [];
  let published: string | undefined;
  beforeAll(async () => {
    const refs = euFsfImporter.discover(listFiles(dir));
    expect(refs).toHaveLength(1);
    for await (const e of euFsfImporter.read(refs[0], { setPublishedAt: (d) => { published = d; } })) entities.push(e);
  });
  const get = (id: string): Entity => {
    const e = entities.find((x) => x.id === id);
    if (!e) throw new Error(`no ${id}`);
    return e;
  };

  it('has the 93 entities of PROVENANCE.md, each once, dated by Date_file', () => {
    expect(entities).toHaveLength(93);
    expect(new Set(entities.map((e) => e.id)).size).toBe(93);
    expect(entities.filter((e) => e.schema === 'Person')).toHaveLength(61);
    expect((entities.flatMap((e) => e.raw as unknown[])).length).toBe(999);
    expect(published).toBe('2018-07-04');
  });

  it('maps Robert Gabriel Mugabe (entity 1) field by field', () => {
    const e = get('eu-fsf:1');
    expect(e.schema).toBe('Person');
    expect(e.names[0]).toEqual({ full: 'Robert Gabriel Mugabe', kind: 'primary', script: 'Latin', parts: { given: 'Robert', middle: 'Gabriel', family: 'Mugabe' } });
    expect(e.gender).toBe('male');
    expect(e.programs).toEqual([{ raw: 'ZWE', key: 'EU-ZWE' }]);
    expect(e.birthDates).toEqual([{ value: '1924-02-21', precision: 'day' }]);
    expect(e.lists).toContain('2018/223 (OJ L43)');
    expect(e.identifiers).toContainEqual({ type: 'other', value: 'EU.36.64', normalized: 'EU3664', scheme: 'EU-REF' });
    expect(e.identifiers.find((i) => i.type === 'passport')?.value).toBe('AD001095');
    expect(e.remarks).toContain('(Date of UN designation: 2002-02-21)');
  });

  it('maps Saddam Hussein Al-Tikriti with his Iraqi citizenship and birth', () => {
    const e = get('eu-fsf:13');
    expect(e.names[0].full).toBe('Saddam Hussein Al-Tikriti');
    expect(e.nationalities).toEqual(['IQ']);
    expect(e.birthDates.map((d) => d.value)).toContain('1937-04-28');
    expect(e.programs.map((p) => p.key)).toEqual(['EU-IRQ']);
  });

  it('restores the commas Excel turned into tabs and flags Rafidain Bank as a bank', () => {
    expect(entities.some((e) => e.titles.some((t) => t.includes('\t')))).toBe(false);
    expect(get('eu-fsf:33').birthPlaces.some((p) => p.includes('al-Dur'))).toBe(true);
    expect(get('eu-fsf:234')).toMatchObject({ schema: 'Organization', orgKind: 'bank' });
  });

  it('keeps the Greek names the ISO-8859-1 file lost out of the names', () => {
    const aqsa = get('eu-fsf:202');
    expect(aqsa.names[0]).toMatchObject({ full: "Al-Aqsa Martyrs' Brigade", kind: 'primary' });
    expect(aqsa.names.some((n) => n.full.includes('??'))).toBe(false);
    expect(aqsa.extra?.unreadableNames).toContain('???');
  });
});
