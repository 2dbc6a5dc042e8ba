/**
 * The list foundation end to end through the real CLI on the real files in ../shared/data/lists:
 * counts that agree with PROVENANCE.md, the SDN diff, malformed files, and kill -9 mid-import.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, cliSpawn, LISTS } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cp-cli-'));

interface StatusJson {
  lists: { source: string; versionId: number; label: string; total: number; sourceRecords: number; countsBySchema: Record<string, number> }[];
  totalEntities: number;
}

describe('lists import + status on every file in ../shared/data/lists', () => {
  const db = join(tmp(), 'all.db');
  let status: StatusJson;

  beforeAll(() => {
    const r = cli(['lists', 'import', LISTS, '--db', db, '--json']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const s = cli(['lists', 'status', '--json', '--db', db]);
    expect(s.code).toBe(0);
    status = JSON.parse(s.stdout);
  });

  const list = (source: string) => status.lists.find((l) => l.source === source)!;

  it('has the PROVENANCE.md counts: SDN 2024-05-03 14,965; UN 730 + 273; CSL 14,160; FCDO 6,046 subjects', () => {
    expect(list('us-ofac-sdn')).toMatchObject({ label: '2024-05-03', total: 14965 });
    expect(list('us-ofac-sdn').countsBySchema).toEqual({ Organization: 6884, Person: 6854, Vessel: 851, Aircraft: 376 });
    expect(list('un-sc').countsBySchema).toEqual({ Person: 730, Organization: 273 });
    // 14,160 CSL rows; 71 _ids repeat (an SDN entry also on SSI, CAPTA...) and merge into one entity each.
    expect(list('us-trade-csl')).toMatchObject({ label: '2022-05', sourceRecords: 14160, total: 14048 });
    expect(list('uk-fcdo').total).toBe(6046);
    expect(list('us-ofac-cons').total).toBe(442);
    expect(list('uk-ofsi')).toMatchObject({ total: 2106, sourceRecords: 9487 });
    expect(list('us-bis-dpl').sourceRecords).toBe(665);
  });

  it('imports every list format in the folder', () => {
    expect(status.lists.map((l) => l.source).sort()).toEqual(
      ['eu-fsf', 'eu-oj', 'ftm', 'uk-fcdo', 'uk-ofsi', 'un-sc', 'us-bis-dpl', 'us-ofac-cons', 'us-ofac-sdn', 'us-trade-csl'].sort(),
    );
  });

  it('importing the same folder again adds no version', () => {
    const r = cli(['lists', 'import', LISTS, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const outcomes = JSON.parse(r.stdout).outcomes as { status: string }[];
    expect(outcomes.every((o) => o.status === 'unchanged')).toBe(true);
  });

  it('diffs SDN 2023-12-28 -> 2024-05-03 with added, removed and changed entries', () => {
    const r = cli(['lists', 'diff', 'us-ofac-sdn', '--from', '2023-12-28', '--to', '2024-05-03', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.counts.added).toBeGreaterThan(1000);
    expect(d.counts.removed).toBeGreaterThan(0);
    expect(d.counts.changed).toBeGreaterThan(0);
    // 13,821 before and 14,965 after: the identity holds whatever the split.
    expect(13821 - d.counts.removed + d.counts.added).toBe(14965);
    expect(d.counts.changed + d.counts.unchanged).toBe(13821 - d.counts.removed);
    // 2024-05-03 has no add.csv/alt.csv: the diff must say so.
    expect(d.warnings.join(' ')).toMatch(/alt/);
    // Named changes of those months: OFAC ended the Zimbabwe programme in March 2024 (Mugabe delisted;
    // Mnangagwa moved to Global Magnitsky) and designated Sovcomflot in February 2024.
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(d.removed)).toContain('us-ofac-sdn:7480');
    expect(d.removed.find((r: { id: string }) => r.id === 'us-ofac-sdn:7480').caption).toBe('MUGABE, Robert Gabriel');
    expect(d.added.find((r: { id: string }) => r.id === 'us-ofac-sdn:34741').caption).toBe('JOINT STOCK COMPANY SOVCOMFLOT');
    expect(d.changed.find((r: { id: string }) => r.id === 'us-ofac-sdn:7513').fields).toContain('programs');
    expect(d.changedFieldCounts.programs).toBeGreaterThan(0);
    const programsIn = (label: string) => {
      const version = (JSON.parse(cli(['lists', 'status', '--all', '--json', '--db', db]).stdout).versions as { versionId: number; source: string; label: string }[])
        .find((v) => v.source === 'us-ofac-sdn' && v.label === label)!.versionId;
      const e = JSON.parse(cli(['entity', 'show', 'us-ofac-sdn:7513', '--version', String(version), '--json', '--db', db]).stdout).entity;
      return e.programs.map((p: { key: string }) => p.key);
    };
    expect(programsIn('2023-12-28')).toEqual(['ZIMBABWE']);
    expect(programsIn('2024-05-03')).toEqual(['GLOMAG']);
  });

  it('entity show prints the full record with its source version and raw record', () => {
    const r = cli(['entity', 'show', 'us-ofac-sdn:36', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.entity.names[0].full).toBe('AEROCARIBBEAN AIRLINES');
    expect(e.entity.programs.map((p: { key: string }) => p.key)).toContain('CUBA');
    expect(e.entity.raw).toBeTruthy();
    expect(e.version.label).toBe('2024-05-03');
  });

  it('an unknown entity exits 4 with a clear message', () => {
    const r = cli(['entity', 'show', 'us-ofac-sdn:999999999', '--db', db]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no entity 'us-ofac-sdn:999999999'/);
  });
});

describe('malformed files fail with file, line and reason, and the previous version stays served', () => {
  function storeWithUn(): string {
    const db = join(tmp(), 'un.db');
    const r = cli(['lists', 'import', join(LISTS, 'un-sc-consolidated'), '--db', db]);
    expect(r.code).toBe(0);
    return db;
  }
  const unTotal = (db: string) => (JSON.parse(cli(['lists', 'status', '--json', '--db', db]).stdout) as StatusJson).lists.find((l) => l.source === 'un-sc');

  it('truncated XML', () => {
    const db = storeWithUn();
    const before = unTotal(db);
    const dir = join(tmp(), '2026-03-01');
    mkdirSync(dir);
    const xml = readFileSync(join(LISTS, 'un-sc-consolidated/2026-02-27/consolidated.xml'), 'utf8');
    writeFileSync(join(dir, 'consolidated.xml'), xml.slice(0, Math.floor(xml.length / 2)));
    const r = cli(['lists', 'import', dir, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/consolidated\.xml.*line \d+.*(XML|unclosed|truncated)/i);
    expect(unTotal(db)).toEqual(before);
  });

  it('a CSV with a broken quote', () => {
    const db = storeWithUn();
    const before = unTotal(db);
    const dir = join(tmp(), '2024-06-01');
    mkdirSync(dir);
    const lines = readFileSync(join(LISTS, 'us-ofac-sdn/2024-05-03/sdn.csv'), 'latin1').split('\n');
    lines[41] = lines[41].replace('"', '"BROKEN ');
    lines[41] = lines[41].replace(/",/, ' x,');
    writeFileSync(join(dir, 'sdn.csv'), lines.join('\n'), 'latin1');
    const r = cli(['lists', 'import', dir, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/sdn\.csv, line \d+/);
    expect(unTotal(db)).toEqual(before);
    expect(JSON.parse(cli(['lists', 'status', '--json', '--db', db]).stdout).lists.map((l: { source: string }) => l.source)).toEqual(['un-sc']);
  });

  it('a CSV with a wrong header', () => {
    const db = storeWithUn();
    const dir = join(tmp(), '2022-06');
    mkdirSync(dir);
    const text = readFileSync(join(LISTS, 'us-trade-csl/2022-05/consolidated.csv'), 'utf8').split('\n');
    text[0] = text[0].replace('entity_number', 'entity_no').replace(',name,', ',full_name,');
    writeFileSync(join(dir, 'consolidated.csv'), text.slice(0, 50).join('\n'));
    const r = cli(['lists', 'import', dir, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/consolidated\.csv, line 1.*(header|column)/i);
  });
});

describe('kill -9 in the middle of an import', () => {
  it('leaves the previous versions intact and the store consistent', async () => {
    const dir = tmp();
    const db = join(dir, 'kill.db');
    expect(cli(['lists', 'import', join(LISTS, 'un-sc-consolidated'), '--db', db]).code).toBe(0);
    const before = cli(['lists', 'status', '--json', '--all', '--db', db]).stdout;

    // A second UN version (a copy with a different publication folder) plus everything else.
    const copy = join(dir, 'src', 'un', '2026-03-01');
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(LISTS, 'un-sc-consolidated/2026-02-27/consolidated.xml'), join(copy, 'consolidated.xml'));
    const child = cliSpawn(['lists', 'import', LISTS, join(dir, 'src'), '--db', db, '--force']);
    let seen = '';
    await new Promise<void>((resolveKill, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        seen += b.toString();
        // Kill once it is well inside the transaction: several datasets written, records streaming.
        if (/\[4\/\d+\]/.test(seen) && !child.killed) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolveKill() : reject(new Error(`import ended before the kill: ${seen}`))));
    });

    const after = cli(['lists', 'status', '--json', '--all', '--db', db]).stdout;
    expect(after).toBe(before);
    const sql = new Database(db, { readonly: true });
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((sql.prepare('SELECT count(*) n FROM versions WHERE complete = 0').get() as { n: number }).n).toBe(0);
    sql.close();
    // And the store still takes a full import afterwards.
    expect(cli(['lists', 'import', join(LISTS, 'us-bis-dpl'), '--db', db]).code).toBe(0);
  });
});
