import { describe, expect, it } from 'vitest';
import type { ServedList } from '../types.js';
import { buildCatalog } from './catalog.js';
import { datasetName, isoSeconds, scopeSources, sourceOfDataset, sourcesOf } from './datasets.js';

const SERVED = ['us-ofac-sdn', 'un-sc', 'ftm'];

describe('dataset names', () => {
  it('uses OpenSanctions\' name where it publishes the same list, else the key with underscores', () => {
    expect(datasetName('us-ofac-sdn')).toBe('us_ofac_sdn');
    expect(datasetName('un-sc')).toBe('un_sc_sanctions');
    expect(datasetName('uk-ofsi')).toBe('gb_hmt_sanctions');
    expect(datasetName('ftm')).toBe('ftm');
    expect(datasetName('my-list')).toBe('my_list');
  });

  it('reads a dataset name back, also in the plain underscore form', () => {
    expect(sourceOfDataset('un_sc_sanctions', SERVED)).toBe('un-sc');
    expect(sourceOfDataset('un_sc', SERVED)).toBe('un-sc');
    expect(sourceOfDataset('eu_fsf', SERVED)).toBeUndefined();
  });

  it('expands the collections: default is every list, sanctions leaves out generic FtM files', () => {
    expect(sourcesOf('default', SERVED)).toEqual(SERVED);
    expect(sourcesOf('sanctions', SERVED)).toEqual(['us-ofac-sdn', 'un-sc']);
    expect(sourcesOf('peps', SERVED)).toBeUndefined();
  });

  it('narrows the path dataset by include_dataset and exclude_dataset; unknown names match nothing', () => {
    expect(scopeSources('default', SERVED, [], [])).toEqual(SERVED);
    expect(scopeSources('default', SERVED, ['un_sc_sanctions', 'mx_governors'], [])).toEqual(['un-sc']);
    expect(scopeSources('default', SERVED, ['mx_governors'], [])).toEqual([]);
    expect(scopeSources('sanctions', SERVED, [], ['us_ofac_sdn'])).toEqual(['un-sc']);
    expect(scopeSources('us_ofac_sdn', SERVED, ['un_sc_sanctions'], [])).toEqual([]);
    expect(scopeSources('nope', SERVED, [], [])).toBeUndefined();
  });

  it('writes times as yente does: ISO seconds without a zone', () => {
    expect(isoSeconds('2026-01-02T03:04:05.678Z')).toBe('2026-01-02T03:04:05');
    expect(isoSeconds('not a date')).toBeNull();
    expect(isoSeconds(undefined)).toBeNull();
  });
});

describe('catalog', () => {
  const lists: ServedList[] = [
    { source: 'us-ofac-sdn', label: '2024-05-03', versionId: 7, importedAt: '2026-01-02T03:04:05Z', publishedAt: '2024-05-03', total: 100 },
    { source: 'ftm', label: 'fixtures', versionId: 8, importedAt: '2026-01-03T00:00:00Z', total: 5 },
  ];

  it('lists each list as a loaded dataset and the collections over them', () => {
    const catalog = buildCatalog(lists);
    expect(catalog.datasets.map((d) => d.name)).toEqual(['default', 'sanctions', 'us_ofac_sdn', 'ftm']);
    expect(catalog.datasets[0]).toMatchObject({ load: false, children: ['us_ofac_sdn', 'ftm'], entity_count: 105, last_export: '2026-01-03T00:00:00' });
    expect(catalog.datasets[1]).toMatchObject({ children: ['us_ofac_sdn'], entity_count: 100 });
    expect(catalog.datasets[2]).toMatchObject({
      title: 'OFAC Specially Designated Nationals (SDN) List', publisher: { name: 'US Treasury, OFAC', official: true },
      version: '2024-05-03-7', index_version: '2024-05-03-7', index_current: true, updated_at: '2024-05-03T00:00:00',
      last_export: '2026-01-02T03:04:05', load: true, entity_count: 100,
    });
    expect(catalog).toMatchObject({ current: ['us_ofac_sdn', 'ftm'], outdated: [], index_stale: false });
  });

  it('gives a collection a new version when one of its lists changes', () => {
    const before = buildCatalog(lists).datasets[0].version;
    const after = buildCatalog([{ ...lists[0], versionId: 9 }, lists[1]]).datasets[0].version;
    expect(after).not.toBe(before);
  });
});
