import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteListStore } from '../storage/sqlite/list-store.js';
import { registerImporter, discoverDatasets } from '../importers/registry.js';
import { importDatasets } from './import.js';
import { testImporter } from './test-importer.js';

const dirs: string[] = [];
function folder(label: string, lines: object[] | string): string {
  const root = mkdtempSync(join(tmpdir(), 'cp-import-'));
  dirs.push(root);
  const dir = join(root, label);
  mkdirSync(dir);
  writeFileSync(join(dir, 'test.jsonl'), typeof lines === 'string' ? lines : lines.map((l) => JSON.stringify(l)).join('\n'));
  return root;
}

beforeAll(() => registerImporter(testImporter));
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const v1 = [
  { id: '1', name: 'IVANOV, Ivan', dob: '1960-01-01' },
  { id: '2', name: 'ACME TRADING LLC', schema: 'Organization' },
  { id: '3', name: 'PETROV, Petr' },
];
const v2 = [
  { id: '1', name: 'IVANOV, Ivan', dob: '1961-01-01' },
  { id: '2', name: 'ACME TRADING LLC', schema: 'Organization' },
  { id: '4', name: 'SIDOROV, Sidor' },
];

describe('importing list versions', () => {
  it('records a version with counts by schema and serves its entities', async () => {
    const store = new SqliteListStore(':memory:');
    const [out] = await importDatasets(store, discoverDatasets(folder('2024-01-01', v1), ['test-list']), { now: () => new Date('2024-01-02T00:00:00Z') });
    expect(out.status).toBe('imported');
    expect(out.version.countsBySchema).toEqual({ Person: 2, Organization: 1 });
    expect(out.version.total).toBe(3);
    expect(out.version.importedAt).toBe('2024-01-02T00:00:00.000Z');
    expect(out.version.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(store.entity('test-list:2')?.entity.names[0].full).toBe('ACME TRADING LLC');
    expect([...store.entities()].length).toBe(3);
  });

  it('does not import the same files twice', async () => {
    const store = new SqliteListStore(':memory:');
    const refs = discoverDatasets(folder('2024-01-01', v1), ['test-list']);
    await importDatasets(store, refs);
    const [again] = await importDatasets(store, refs);
    expect(again.status).toBe('unchanged');
    expect(store.versions('test-list')).toHaveLength(1);
  });

  it('diffs two versions: added, removed and changed with the changed fields', async () => {
    const store = new SqliteListStore(':memory:');
    const [a] = await importDatasets(store, discoverDatasets(folder('2024-01-01', v1), ['test-list']));
    const [b] = await importDatasets(store, discoverDatasets(folder('2024-02-01', v2), ['test-list']));
    const diff = store.diff(a.version.id, b.version.id);
    expect(diff.added.map((d) => d.id)).toEqual(['test-list:4']);
    expect(diff.removed.map((d) => d.id)).toEqual(['test-list:3']);
    expect(diff.changed).toEqual([{ id: 'test-list:1', caption: 'IVANOV, Ivan', schema: 'Person', fields: ['birthDates'] }]);
    expect(diff.unchangedCount).toBe(1);
    expect(store.currentVersions()[0].id).toBe(b.version.id);
  });

  it('a malformed file fails with file and line, and the previous version stays served unchanged', async () => {
    const store = new SqliteListStore(':memory:');
    const [a] = await importDatasets(store, discoverDatasets(folder('2024-01-01', v1), ['test-list']));
    const bad = folder('2024-02-01', `${JSON.stringify(v2[0])}\n{"id": "9", "name": broken}\n`);
    await expect(importDatasets(store, discoverDatasets(bad, ['test-list']))).rejects.toThrow(/test\.jsonl, line 2: invalid JSON/);
    expect(store.currentVersions().map((v) => v.id)).toEqual([a.version.id]);
    expect(store.versions()).toHaveLength(1);
    expect(store.entity('test-list:1')?.entity.birthDates[0].value).toBe('1960-01-01');
    expect([...store.entities()].length).toBe(3);
  });

  it('a duplicate id within one version is an error, not a silent overwrite', async () => {
    const store = new SqliteListStore(':memory:');
    const dup = folder('2024-01-01', [v1[0], v1[0]]);
    await expect(importDatasets(store, discoverDatasets(dup, ['test-list']))).rejects.toThrow(/duplicate entity id 'test-list:1'/);
    expect(store.versions()).toHaveLength(0);
  });
});
