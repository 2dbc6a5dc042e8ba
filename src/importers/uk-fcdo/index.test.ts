import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Entity } from '../../model/entity.js';
import type { DatasetRef } from '../types.js';
import { ukFcdoImporter } from './index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const set = (name: string) => join(dir, 'set', name);
const bad = (name: string) => join(dir, 'malformed', name);
const SET_FILES = {
  subjects: set('subjects.csv'),
  names: set('subject_names.csv'),
  dobs: set('subject_dobs.csv'),
  identifiers: set('subject_identifiers.csv'),
  countries: set('subject_countries.csv'),
};

async function readAll(files: Record<string, string> = SET_FILES): Promise<Entity[]> {
  const ref: DatasetRef = { source: 'uk-fcdo', label: 'set', files };
  const out: Entity[] = [];
  for await (const e of ukFcdoImporter.read(ref, { setPublishedAt: () => undefined })) out.push(e);
  return out;
}

const byId = (entities: Entity[], id: string): Entity => {
  const e = entities.find((x) => x.sourceId === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};

describe('uk-fcdo discover', () => {
  it('takes subjects.csv by its header, with the side tables beside it', () => {
    const files = [...Object.values(SET_FILES), join(dir, 'foreign', 'subjects.csv')];
    expect(ukFcdoImporter.discover(files)).toEqual([{ source: 'uk-fcdo', label: 'set', files: SET_FILES }]);
  });

  it('lists the official CSV as an optional remote file', () => {
    expect(ukFcdoImporter.remote).toEqual([
      { role: 'official-csv', url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv', filename: 'UK-Sanctions-List.csv', required: false },
    ]);
  });
});

describe('uk-fcdo read', async () => {
  const entities = await readAll();

  it('yields one entity per subject, in subjects.csv order, with schema by subject_type', () => {
    expect(entities.map((e) => [e.id, e.schema])).toEqual([
      ['uk-fcdo:AFG0006', 'Person'],
      ['uk-fcdo:RUS1492', 'Organization'],
      ['uk-fcdo:DPR0123', 'Vessel'],
      ['uk-fcdo:RUS0250', 'Person'],
      ['uk-fcdo:BEL0122', 'Organization'],
    ]);
  });

  it('maps an individual: name kinds and parts, dates with precision, birth place, nationality, documents, UN reference', () => {
    const e = byId(entities, 'AFG0006');
    expect(e.names).toEqual([
      { full: 'MOHAMMAD HASSAN AKHUND', kind: 'primary', script: 'Latin', parts: { given: 'MOHAMMAD', middle: 'HASSAN', family: 'AKHUND' } },
      { full: 'Mohammad Hasan AKHUND', kind: 'strong_alias', script: 'Latin', parts: { given: 'Mohammad', middle: 'Hasan', family: 'AKHUND' } },
      { full: 'Mullah Mohammad Hassan', kind: 'weak_alias', script: 'Latin', parts: { family: 'Mullah Mohammad Hassan' } },
    ]);
    expect(e.birthDates).toEqual([
      { value: '1958', precision: 'year' },
      { value: '1968', precision: 'year' },
      { value: '1969-06-04', precision: 'day' },
    ]);
    expect(e.birthPlaces).toEqual(['Afghanistan']);
    expect(e.nationalities).toEqual(['AF']);
    expect(e.countries).toEqual([]);
    expect(e.identifiers).toEqual([
      { type: 'passport', value: 'OR801168', normalized: 'OR801168', country: 'AF', note: 'Afghanistan, issued on 30 Jun. 2022 in Kabul, Afghanistan' },
      { type: 'national_id', value: '2132370', normalized: '2132370', note: 'Afghan national identification card (tazkira) number', country: 'AF' },
      { type: 'other', value: 'TAi.002', normalized: 'TAI002', scheme: 'UN-REF' },
    ]);
    expect(e.programs).toEqual([{ raw: 'AFG', key: 'UK-AFG' }]);
    expect(e.lists).toEqual(['AFG']);
    expect(e.listedOn).toBe('2001-02-02');
    expect(e.extra).toEqual({ unReference: 'TAi.002', ofsiGroupId: '6911', lastUpdated: '2021-02-01' });
  });

  it('maps a Russian bank: SWIFT, BIK, INN, OGRN from free-text registration numbers, once each', () => {
    const e = byId(entities, 'RUS1492');
    expect(e.orgKind).toBe('bank');
    expect(e.countries).toEqual(['RU']);
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value, i.country])).toEqual([
      ['swift_bic', undefined, 'MINNRUMM', undefined],
      ['other', 'BIK', '044525600', undefined],
      ['tax', 'INN', '7725039953', 'RU'],
      ['registration', 'GOVERNMENT GAZETTE NUMBER', '09317135', 'RU'],
      ['registration', 'OGRN', '1027739179160', undefined],
    ]);
    expect(e.names.map((n) => n.kind)).toEqual(['primary', 'strong_alias', 'strong_alias']);
  });

  it('maps a ship with its IMO number without the IMO prefix', () => {
    const e = byId(entities, 'DPR0123');
    expect(e.identifiers).toEqual([{ type: 'imo', value: '8937675', normalized: '8937675' }]);
    expect(e.names.map((n) => n.full)).toEqual(['TONG SAN 2', 'TONGSAN 2']);
    expect(e.names[0].parts).toBeUndefined();
  });

  it('reads month precision, a Russia INN national identifier as tax, and resolves countries the set left unmapped', () => {
    const e = byId(entities, 'RUS0250');
    expect(e.birthDates).toEqual([{ value: '1966-10', precision: 'month' }]);
    expect(e.identifiers).toEqual([{ type: 'tax', value: '773101064150', normalized: '773101064150', scheme: 'INN', country: 'RU', note: 'Russia INN' }]);
    expect(e.birthPlaces).toEqual(['Former USSR']);
    expect(e.nationalities).toEqual(['RU']);
    expect(e.countries).toEqual(['XK']);
  });

  it('does not double an entity name whose Name 1 repeats Name 6', () => {
    expect(byId(entities, 'BEL0122').names.map((n) => n.full)).toEqual([
      'Minotor-Service Enterprise',
      'Industrial-Commercial Private Unitary Enterprise Minotor-Service',
    ]);
  });

  it('keeps the subject and its deduplicated side rows in raw', () => {
    const raw = byId(entities, 'AFG0006').raw as { subject: Record<string, string>; identifiers: unknown[]; countries: unknown[] };
    expect(raw.subject.unique_id).toBe('AFG0006');
    expect(raw.identifiers).toHaveLength(2);
    expect(raw.countries).toHaveLength(2);
  });
});

describe('uk-fcdo malformed sets', () => {
  it('a broken quote in subjects.csv names the file and line', async () => {
    await expect(readAll({ ...SET_FILES, subjects: bad('subjects-broken-quote.csv') })).rejects.toThrow(/subjects-broken-quote\.csv, line 3.*quote/i);
  });

  it('a header without unique_id names the file, line 1 and the column', async () => {
    await expect(readAll({ ...SET_FILES, subjects: bad('subjects-no-unique-id.csv') })).rejects.toThrow(
      /subjects-no-unique-id\.csv, line 1, field 'unique_id': wrong header/,
    );
  });

  it('a name row whose unique_id has no subject names the file and line', async () => {
    await expect(readAll({ ...SET_FILES, names: bad('names-orphan.csv') })).rejects.toThrow(
      /names-orphan\.csv, line 3, field 'unique_id': unique_id RUS9999 has no subject in subjects\.csv/,
    );
  });

  it('a subject listed twice names both lines', async () => {
    await expect(readAll({ ...SET_FILES, subjects: bad('subjects-duplicate.csv') })).rejects.toThrow(
      /subjects-duplicate\.csv, line 3, field 'unique_id': unique_id AFG0006 is listed twice \(first on line 2\)/,
    );
  });

  it('an unknown name_type or precision names the file, line and field', async () => {
    await expect(readAll({ ...SET_FILES, names: bad('names-unknown-type.csv') })).rejects.toThrow(
      /names-unknown-type\.csv, line 2, field 'name_type': unknown name_type 'nickname'/,
    );
    await expect(readAll({ ...SET_FILES, dobs: bad('dobs-bad-precision.csv') })).rejects.toThrow(
      /dobs-bad-precision\.csv, line 2, field 'precision': unknown precision 'circa'/,
    );
  });

  it('a set without subject_names.csv fails', async () => {
    const { names: _n, ...rest } = SET_FILES;
    await expect(readAll(rest)).rejects.toThrow(/subjects\.csv: the set has no subject_names\.csv/);
  });
});
