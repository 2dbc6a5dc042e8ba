import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/entity.js';
import { nestedEntity, toYenteEntity } from './entity.js';
import { nativeIds, yenteId } from './ids.js';
import { ftmSchemaOf } from './schemata.js';
import { topicsOf } from './topics.js';

const base = (over: Partial<Entity>): Entity => ({
  id: 'us-ofac-sdn:1', source: 'us-ofac-sdn', sourceId: '1', schema: 'Person', names: [], birthDates: [], birthPlaces: [],
  nationalities: [], countries: [], addresses: [], identifiers: [], programs: [], lists: [], titles: [], remarks: [], links: [], raw: {},
  ...over,
});

const PERSON = base({
  names: [
    { full: 'PETROV, Ivan Ivanovich', kind: 'primary', script: 'Latin', parts: { family: 'PETROV', given: 'Ivan', patronymic: 'Ivanovich' } },
    { full: 'PETROV, Vanya', kind: 'strong_alias', script: 'Latin' },
    { full: 'The Bear', kind: 'weak_alias', script: 'Latin' },
    { full: 'Петров Иван', kind: 'former', script: 'Cyrillic' },
  ],
  gender: 'male',
  birthDates: [{ value: '1960-01-02', precision: 'day' }, { value: '1961', precision: 'year' }],
  birthPlaces: ['Moscow, Russia'],
  nationalities: ['RU', 'SU'],
  countries: ['CY'],
  addresses: [{ full: 'Limassol, Cyprus', country: 'CY' }],
  identifiers: [
    { type: 'passport', value: '70 1234567', normalized: '701234567' },
    { type: 'tax', value: '770123456789', normalized: '770123456789', scheme: 'INN' },
    { type: 'other', value: 'RUi.001', normalized: 'RUI001', scheme: 'UN-REF' },
  ],
  programs: [{ raw: 'RUSSIA-EO14024', key: 'RUSSIA-EO14024' }],
  lists: ['SDN'],
  titles: ['Director'],
  remarks: ['Secondary sanctions risk.'],
  listedOn: '2022-03-11',
});

describe('toYenteEntity', () => {
  it('maps a person\'s facts to FtM properties, names by kind and identifiers by kind', () => {
    const y = toYenteEntity(PERSON, '2026-01-02T03:04:05');
    expect(y).toMatchObject({
      id: 'us-ofac-sdn-1', caption: 'PETROV, Ivan Ivanovich', schema: 'Person', datasets: ['us_ofac_sdn'], referents: ['us-ofac-sdn:1'],
      target: true, first_seen: null, last_seen: '2026-01-02T03:04:05', last_change: null,
    });
    expect(y.properties).toEqual({
      name: ['PETROV, Ivan Ivanovich'], lastName: ['PETROV'], firstName: ['Ivan'], fatherName: ['Ivanovich'],
      alias: ['PETROV, Vanya'], weakAlias: ['The Bear'], previousName: ['Петров Иван'], gender: ['male'],
      birthDate: ['1960-01-02', '1961'], birthPlace: ['Moscow, Russia'], nationality: ['ru', 'suhh'], country: ['cy'],
      address: ['Limassol, Cyprus'], passportNumber: ['70 1234567'], innCode: ['770123456789'],
      program: ['RUSSIA-EO14024'], programId: ['RUSSIA-EO14024'], topics: ['sanction'], notes: ['Secondary sanctions risk.'], position: ['Director'],
    });
  });

  it('files a vessel\'s particulars under Vessel properties and leaves out what a vessel cannot have', () => {
    const ship = base({
      id: 'un-sc:9', source: 'un-sc', sourceId: '9', schema: 'Vessel', names: [{ full: 'OCEAN STAR', kind: 'primary', script: 'Latin' }],
      identifiers: [{ type: 'imo', value: '9187629', normalized: '9187629' }, { type: 'mmsi', value: '273000000', normalized: '273000000' }, { type: 'national_id', value: 'X1', normalized: 'X1' }],
      craft: { flag: 'Panama', type: 'Crude Oil Tanker', callSign: 'ABCD', grossRegisteredTonnage: '80000', buildYear: '1999' },
      titles: ['ignored'],
    });
    const y = toYenteEntity(ship, null);
    expect(y.schema).toBe('Vessel');
    expect(y.datasets).toEqual(['un_sc_sanctions']);
    expect(y.properties).toEqual({
      name: ['OCEAN STAR'], imoNumber: ['9187629'], mmsi: ['273000000'], topics: ['sanction'], flag: ['pa'], type: ['Crude Oil Tanker'],
      callSign: ['ABCD'], grossRegisteredTonnage: ['80000'], buildDate: ['1999'],
    });
  });

  it('types bodies by kind and keeps what an FtM file says of itself', () => {
    expect(ftmSchemaOf({ schema: 'Organization', orgKind: 'bank' })).toBe('Company');
    expect(ftmSchemaOf({ schema: 'Organization', orgKind: 'government' })).toBe('PublicBody');
    expect(ftmSchemaOf({ schema: 'Organization' })).toBe('Organization');
    expect(ftmSchemaOf({ schema: 'Aircraft' })).toBe('Airplane');
    const ftm = base({
      id: 'ftm:NK-abc', source: 'ftm', sourceId: 'NK-abc', schema: 'Organization', names: [{ full: 'ACME LLC', kind: 'primary', script: 'Latin' }],
      identifiers: [{ type: 'registration', value: '1027700000000', normalized: '1027700000000', scheme: 'OGRN' }],
      extra: { schema: 'LegalEntity', topics: 'sanction; export.control', first_seen: '2025-01-01T00:00:00', last_change: '2025-02-01T00:00:00', target: 'false', email: 'a@b.c' },
    });
    expect(toYenteEntity(ftm, '2026-01-01T00:00:00')).toMatchObject({
      id: 'ftm-NK-abc', schema: 'LegalEntity', datasets: ['ftm'], target: false, first_seen: '2025-01-01T00:00:00', last_seen: '2026-01-01T00:00:00',
      last_change: '2025-02-01T00:00:00', properties: { ogrnCode: ['1027700000000'], topics: ['sanction', 'export.control'], email: ['a@b.c'] },
    });
  });

  it('nests the designation as a Sanction entity', () => {
    const y = nestedEntity(PERSON, null);
    expect(y.properties.sanctions).toEqual([expect.objectContaining({
      id: 'us-ofac-sdn-1-sanction', schema: 'Sanction', caption: 'RUSSIA-EO14024',
      properties: { authority: ['US Treasury, OFAC'], program: ['RUSSIA-EO14024'], programId: ['RUSSIA-EO14024'], provisions: ['SDN'], listingDate: ['2022-03-11'], unscId: ['RUi.001'] },
    })]);
  });
});

describe('ids and topics', () => {
  it('serves FtM-valid ids and reads them back by source', () => {
    expect(yenteId('us-ofac-sdn:35096')).toBe('us-ofac-sdn-35096');
    expect(nativeIds('us-ofac-sdn-35096', ['un-sc', 'us-ofac-sdn'])).toEqual(['us-ofac-sdn:35096']);
    expect(nativeIds('us-ofac-sdn:35096', [])).toEqual(['us-ofac-sdn:35096']);
    expect(nativeIds('Q7747', ['us-ofac-sdn'])).toEqual([]);
  });

  it('says what a list is through topics', () => {
    expect(topicsOf({ source: 'us-bis-dpl', lists: [] })).toEqual(['export.control']);
    expect(topicsOf({ source: 'us-trade-csl', lists: ['Entity List (EL) - Bureau of Industry and Security', 'Capta List (CAP) - Treasury Department'] })).toEqual(['export.control', 'sanction']);
    expect(topicsOf({ source: 'us-trade-csl', lists: ['ITAR Debarred (DTC) - State Department'] })).toEqual(['debarment']);
    expect(topicsOf({ source: 'eu-fsf', lists: [] })).toEqual(['sanction']);
  });
});
