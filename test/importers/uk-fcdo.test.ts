/**
 * The FCDO importer on the real derived UK Sanctions List set (2026-05): PROVENANCE.md's 6,046
 * subjects and a few entries field by field.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { listFiles } from '../../src/importers/registry.js';
import { ukFcdoImporter } from '../../src/importers/uk-fcdo/index.js';
import { LISTS } from '../helpers.js';

const DIR = join(LISTS, 'uk-fcdo-sanctions-list-derived', '2026-05');

describe('uk-fcdo on the real derived set (2026-05)', async () => {
  const refs = ukFcdoImporter.discover(listFiles(LISTS));
  const entities: Entity[] = [];
  const started = Date.now();
  for await (const e of ukFcdoImporter.read(refs[0], { setPublishedAt: () => undefined })) entities.push(e);
  const elapsed = Date.now() - started;
  const get = (id: string): Entity => entities.find((e) => e.sourceId === id) as Entity;

  it('discovers the set with its five tables', () => {
    expect(refs).toEqual([{
      source: 'uk-fcdo',
      label: '2026-05',
      publishedAt: '2026-05',
      files: {
        subjects: join(DIR, 'subjects.csv'),
        names: join(DIR, 'subject_names.csv'),
        dobs: join(DIR, 'subject_dobs.csv'),
        identifiers: join(DIR, 'subject_identifiers.csv'),
        countries: join(DIR, 'subject_countries.csv'),
      },
    }]);
  });

  it('has the 6,046 subjects by subject_type, each with a primary name, quickly', () => {
    expect(entities).toHaveLength(6046);
    expect(new Set(entities.map((e) => e.id)).size).toBe(6046);
    const bySchema: Record<string, number> = {};
    for (const e of entities) bySchema[e.schema] = (bySchema[e.schema] ?? 0) + 1;
    expect(bySchema).toEqual({ Person: 3883, Organization: 1531, Vessel: 632 });
    expect(entities.every((e) => e.names.some((n) => n.kind === 'primary'))).toBe(true);
    expect(entities.filter((e) => e.extra?.unReference)).toHaveLength(1002);
    expect(entities.filter((e) => e.programs[0]?.key === 'UK-RUS')).toHaveLength(3252);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('maps the Russian bank RUS1492 with SWIFT, BIK, INN, OGRN and LEI', () => {
    const e = get('RUS1492');
    expect(e.schema).toBe('Organization');
    expect(e.orgKind).toBe('bank');
    expect(e.names[0]).toEqual({ full: 'Joint Stock Company Moscow Industrial Bank', kind: 'primary', script: 'Latin' });
    expect(e.names).toHaveLength(8);
    expect(e.identifiers).toEqual([
      { type: 'lei', value: '2534006SJ05GGKETEY75', normalized: '2534006SJ05GGKETEY75', country: 'RU' },
      { type: 'registration', value: '1027739179160', normalized: '1027739179160', scheme: 'OGRN', country: 'RU' },
      { type: 'swift_bic', value: 'MINNRUMM', normalized: 'MINNRUMM' },
      { type: 'other', value: '044525600', normalized: '044525600', scheme: 'BIK' },
      { type: 'tax', value: '7725039953', normalized: '7725039953', scheme: 'INN', country: 'RU' },
      { type: 'registration', value: '09317135', normalized: '09317135', scheme: 'GOVERNMENT GAZETTE NUMBER', country: 'RU' },
    ]);
    expect(e.countries).toEqual(['RU']);
    expect(e.programs).toEqual([{ raw: 'RUS', key: 'UK-RUS' }]);
    expect(e.listedOn).toBe('2022-06-29');
    expect(e.extra).toEqual({ ofsiGroupId: '15429', lastUpdated: '2025-04-09' });
  });

  it('maps AFG0006 (UN TAi.002) with day- and year-precision birth dates', () => {
    const e = get('AFG0006');
    expect(e.names).toEqual([{ full: 'MOHAMMAD HASSAN AKHUND', kind: 'primary', script: 'Latin', parts: { given: 'MOHAMMAD', middle: 'HASSAN', family: 'AKHUND' } }]);
    expect(e.birthDates.slice(0, 3)).toEqual([
      { value: '1967-01-01', precision: 'day' },
      { value: '1969-06-04', precision: 'day' },
      { value: '1968', precision: 'year' },
    ]);
    expect(e.birthDates).toHaveLength(10);
    expect(e.identifiers).toContainEqual({ type: 'other', value: 'TAi.002', normalized: 'TAI002', scheme: 'UN-REF' });
    expect(e.identifiers.find((i) => i.type === 'passport')).toMatchObject({ value: 'P04581926', country: 'AF' });
    expect(e.nationalities).toEqual(['AF']);
    expect(e.birthPlaces).toEqual(['Afghanistan']);
    expect(e.extra).toEqual({ unReference: 'TAi.002', ofsiGroupId: '7172', lastUpdated: '2026-04-14' });
  });

  it('counts birth dates by precision as the set gives them', () => {
    const counts: Record<string, number> = {};
    for (const e of entities) for (const d of e.birthDates) counts[d.precision] = (counts[d.precision] ?? 0) + 1;
    expect(counts).toEqual({ day: 2616, month: 132, year: 790 });
  });

  it('maps ships with IMO numbers', () => {
    const ships = entities.filter((e) => e.schema === 'Vessel');
    expect(ships.filter((e) => e.identifiers.some((i) => i.type === 'imo'))).toHaveLength(631);
    expect(ships.every((e) => e.identifiers.filter((i) => i.type === 'imo').every((i) => /^\d{7}$/.test(i.value)))).toBe(true);
  });
});
