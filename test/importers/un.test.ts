/**
 * The UN importer on the real Consolidated List of 2026-02-27 (../shared/data/lists).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { unImporter } from '../../src/importers/un/index.js';

const DATA = resolve(process.cwd(), '../shared/data/lists');
const FILE = join(DATA, 'un-sc-consolidated/2026-02-27/consolidated.xml');

let entities: Entity[] = [];
let publishedAt: string | undefined;
const get = (sourceId: string): Entity => {
  const e = entities.find((x) => x.sourceId === sourceId);
  if (!e) throw new Error(`no ${sourceId}`);
  return e;
};

beforeAll(async () => {
  const refs = unImporter.discover([FILE, join(DATA, 'us-bis-dpl/2023-11/dpl.txt'), join(DATA, 'ftm-fixtures-opensanctions/zala.entities.ftm.json')]);
  expect(refs).toEqual([{ source: 'un-sc', label: '2026-02-27', files: { main: FILE }, publishedAt: '2026-02-27' }]);
  for await (const e of unImporter.read(refs[0], { setPublishedAt: (d) => (publishedAt = d) })) entities.push(e);
});

describe('UN Security Council Consolidated List 2026-02-27', () => {
  it('has 730 individuals and 273 entities with unique ids', () => {
    expect(publishedAt).toBe('2026-02-27');
    expect(entities.filter((e) => e.schema === 'Person')).toHaveLength(730);
    expect(entities.filter((e) => e.schema === 'Organization')).toHaveLength(273);
    expect(new Set(entities.map((e) => e.id)).size).toBe(1003);
    expect(entities.every((e) => /^un-sc:[A-Z]{2}[ie]\.\d{3}$/.test(e.id))).toBe(true);
  });

  it('resolves every nationality the list prints, except "na"', () => {
    expect(entities.filter((e) => e.schema === 'Person' && e.nationalities.length > 0)).toHaveLength(624);
    expect(get('IRi.041').nationalities).toEqual(['IR']);
    expect(get('CDi.001').nationalities).toEqual(['CD']);
  });

  it('QDi.001: aliases by quality, original script and two exact dates of birth', () => {
    const e = get('QDi.001');
    expect(e.names.map((n) => [n.full, n.kind, n.script])).toEqual([
      ['MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE', 'primary', 'Latin'],
      ['محمد صلاح الدين عبدالحليم زيدان', 'strong_alias', 'Arabic'],
      ['Sayf-Al Adl', 'strong_alias', 'Latin'],
      ['Muhamad Ibrahim Makkawi', 'strong_alias', 'Latin'],
      ['Ibrahim al-Madani', 'weak_alias', 'Latin'],
      ["Saif Al-'Adil", 'weak_alias', 'Latin'],
      ['Seif al Adel', 'weak_alias', 'Latin'],
    ]);
    expect(e.birthDates).toEqual([{ value: '1963-04-11', precision: 'day' }, { value: '1960-04-11', precision: 'day' }]);
    expect(e.birthPlaces).toEqual(['Monufia Governate, Egypt']);
    expect(e.nationalities).toEqual(['EG']);
    expect(e.programs).toEqual([{ raw: 'Al-Qaida', key: 'AL-QAIDA' }]);
    expect(e.listedOn).toBe('2001-01-25');
    expect(e.extra?.dataId).toBe('113219');
  });

  it('IQi.004: approximate year of birth; KPi.066: a BETWEEN range, family name first', () => {
    expect(get('IQi.004').birthDates).toEqual([{ value: '1957', precision: 'year', circa: true }]);
    expect(get('IQi.004').birthPlaces).toEqual(['al-Awja, near Tikrit, Iraq']);
    const kim = get('KPi.066');
    expect(kim.names[0]).toMatchObject({ full: 'KIM JONG SIK', parts: { family: 'KIM', given: 'JONG SIK' } });
    expect(kim.birthDates.map((d) => `${d.value}/${d.precision}/${d.circa}`)).toEqual(['1967/year/true', '1968/year/true', '1969/year/true']);
  });

  it('QDi.291: a Hijri date converted to the Gregorian date also listed', () => {
    const e = get('QDi.291');
    expect(e.birthDates.map((d) => d.value)).toEqual(['1982-04-19', '1982-04-18']);
    expect(e.remarks).toContain('Date of birth: 24/06/1402 (Hijri Calendar)');
  });

  it('KPe.020: an entity with an acronym, addresses and its IMO company number', () => {
    const e = get('KPe.020');
    expect(e.schema).toBe('Organization');
    expect(e.names.slice(0, 3).map((n) => [n.full, n.kind])).toEqual([
      ['OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)', 'primary'],
      ['OCEAN MARITIME MANAGEMENT COMPANY, LIMITED', 'strong_alias'],
      ['OMM', 'weak_alias'],
    ]);
    expect(e.identifiers).toEqual([{ type: 'imo', value: '1790183', normalized: '1790183', note: 'IMO company number' }]);
    expect(e.addresses).toHaveLength(2);
    expect(e.countries).toEqual(['KP']);
    expect(e.lists).toEqual(['1718 Sanctions List (DPRK)']);
  });

  it('finds typed identifiers and banks', () => {
    const ids = entities.flatMap((e) => e.identifiers);
    expect(ids.filter((i) => i.type === 'passport').length).toBeGreaterThan(300);
    expect(ids.filter((i) => i.type === 'imo')).toHaveLength(16);
    expect(get('KPe.047').orgKind).toBe('bank');
    expect(get('QDi.060').identifiers).toContainEqual(expect.objectContaining({ type: 'tax', value: 'DAOMMD74T11Z352Z', country: 'IT' }));
  });
});
