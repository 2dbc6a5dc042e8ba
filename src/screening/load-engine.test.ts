import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { SqliteListStore } from '../storage/sqlite/list-store.js';
import { listVersionsOf, loadEngine } from './load-engine.js';

const person = (id: string, name: string): Entity => ({
  id: `test:${id}`, source: 'test', sourceId: id, schema: 'Person', names: [{ full: name, kind: 'primary', script: 'Latin' }],
  birthDates: [], birthPlaces: [], nationalities: [], countries: [], addresses: [], identifiers: [], programs: [{ raw: 'P', key: 'P' }],
  lists: [], titles: [], remarks: [], links: [], raw: {},
});

describe('loadEngine', () => {
  it('fails with NOT_FOUND and the commands to run when no list is loaded', () => {
    const store = new SqliteListStore(':memory:');
    expect(() => loadEngine(store)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringMatching(/lists import/) }));
    store.close();
  });

  it('builds an engine over the current versions and reports them', () => {
    const store = new SqliteListStore(':memory:');
    const s = store.beginImport();
    const v = s.startVersion({ source: 'test', label: 'v1', checksum: 'c', importedAt: '2025-01-01T00:00:00Z', files: [] });
    s.putEntity(v, person('1', 'Ivan Petrovich SIDOROV'));
    s.putEntity(v, person('2', 'Anna KARENINA'));
    s.finishVersion(v, 2);
    s.commit();
    const { engine, versions, buildMs } = loadEngine(store);
    expect(engine.size.entities).toBe(2);
    expect(listVersionsOf(versions)).toEqual([{ source: 'test', versionId: v, label: 'v1' }]);
    expect(buildMs).toBeGreaterThanOrEqual(0);
    expect(engine.screen({ name: 'Ivan Sidorov' }).matches[0]?.entityId).toBe('test:1');
    store.close();
  });
});
