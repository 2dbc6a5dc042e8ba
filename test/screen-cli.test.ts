/**
 * `chokepoint screen` and `chokepoint compare` through the real CLI, on a store holding the real
 * OFAC SDN (2024-05-03) and UN consolidated lists: ranking and explanations of known subjects, and the
 * robustness promise of the issue: no query crashes the engine (empty, 10,000 characters, punctuation
 * only, mixed scripts, emoji, RTL marks each give a clear error or a result, never a stack trace).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_THRESHOLD } from '../src/matching/engine.js';
import type { PairComparison, ScreeningResult } from '../src/matching/types.js';
import { cli, LISTS, type CliResult } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-screen-'));
const db = join(dir, 'lists.db');
const screen = (...args: string[]): CliResult => cli(['screen', ...args, '--db', db]);
type Screened = ScreeningResult & { listVersions: { source: string; versionId: number; label: string }[] };
const json = (r: CliResult): Screened => JSON.parse(r.stdout);

/** A clear outcome: exit 0 with a result, or exit 2 with one error line; never a stack trace. */
function expectClear(r: CliResult): void {
  expect([0, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/TypeError|RangeError|INTERNAL/);
  if (r.code === 2) expect(r.stderr.trim()).toMatch(/^error: .+$/);
  else expect(Array.isArray(json(r).matches)).toBe(true);
}

beforeAll(() => {
  const r = cli(['lists', 'import', join(LISTS, 'us-ofac-sdn/2024-05-03'), join(LISTS, 'un-sc-consolidated'), '--db', db]);
  expect(r.code, r.stderr).toBe(0);
});

describe('screen a name', () => {
  it('"Vladimir Putin" ranks the SDN PUTIN entry first, explaining which listed name it matched', () => {
    const r = screen('Vladimir Putin', '--json');
    expect(r.code, r.stderr).toBe(0);
    const res = json(r);
    const top = res.matches[0];
    expect(top).toMatchObject({ entityId: 'us-ofac-sdn:35096', source: 'us-ofac-sdn', match: true, schema: 'Person' });
    expect(top.name.name).toBe('PUTIN, Vladimir Vladimirovich');
    const name = top.features.find((f) => f.feature === 'name_match')!;
    expect(name.contribution).toBeGreaterThan(0);
    expect(name.detail).toContain("'PUTIN, Vladimir Vladimirovich'");
    expect(res.listVersions).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'us-ofac-sdn', label: '2024-05-03' }),
      expect.objectContaining({ source: 'un-sc' }),
    ]));
  });

  it('prints a ranked table with explanation lines and the list versions in text mode', () => {
    const r = screen('Vladimir Putin');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const first = lines.findIndex((l) => /^1\s+[\d.]+\s+us-ofac-sdn:35096\s+PUTIN, Vladimir Vladimirovich\s+Person\s+RUSSIA-EO14024\s+us-ofac-sdn$/.test(l));
    expect(first, r.stdout).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^\s+name_match\s+\+0\.\d+\s+name 'Vladimir Putin' against/);
    expect(r.stdout).toMatch(/^lists: .*us-ofac-sdn 2024-05-03 \(version \d+\)/m);
  });

  it('"PUTIN, Vladimir" --dob 1952-10-07: the birth date adds to the score', () => {
    const r = screen('PUTIN, Vladimir', '--dob', '1952-10-07', '--json');
    expect(r.code, r.stderr).toBe(0);
    const top = json(r).matches[0];
    expect(top.entityId).toBe('us-ofac-sdn:35096');
    const dob = top.features.filter((f) => /dob|birth/.test(f.feature) && f.contribution > 0);
    expect(dob.length, JSON.stringify(top.features)).toBeGreaterThan(0);
    expect(dob[0].detail).toMatch(/1952-10-07/);
  });

  it('a name with no hit exits 0; --source restricts the lists and an unknown one is refused', () => {
    const none = screen('Putin', '--source', 'un-sc', '--json');
    expect(none.code, none.stderr).toBe(0);
    expect(json(none).matches).toEqual([]);
    const unknown = screen('Putin', '--source', 'eu-fsf');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--source.*no list 'eu-fsf' is loaded; loaded lists: un-sc, us-ofac-sdn/);
  });

  it('invalid options exit 2 with a message naming the option', () => {
    for (const [args, pattern] of [
      [['--dob', '1952-02-30'], /--dob/],
      [['--country', 'Narnia'], /--country.*unknown country 'Narnia'/],
      [['--threshold', '1.5'], /--threshold/],
      [['--type', 'Robot'], /--type/],
      [['--weights', 'shoe_size=1'], /--weights.*unknown feature/],
    ] as const) {
      const r = screen('Putin', ...args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
  });

  it('with no lists loaded, says how to load them (exit 4)', () => {
    const r = cli(['screen', 'Putin', '--db', join(dir, 'empty.db')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/no lists loaded: run `chokepoint lists import <dir>`/);
  });
});

describe('no query crashes the engine', () => {
  it('an empty query exits 2 with a clear message', () => {
    const r = screen('');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("error: field 'name': the name is empty: give a name to screen");
  });

  it('a 10,000-character query exits 2', () => {
    const r = screen('Putin '.repeat(2000).slice(0, 10_000));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/10000 characters long; at most 1000/);
  });

  it('punctuation only exits 2 or finds nothing', () => {
    const r = screen('!!!???', '--json');
    expectClear(r);
    if (r.code === 0) expect(json(r).matches).toEqual([]);
  });

  it.each([
    ['mixed scripts', 'Vladimir Путин'],
    ['emoji', '🙂 Putin 🙂'],
    ['RTL marks', '\u200fPutin\u200f'],
  ])('%s give a result or a clear error', (_label, name) => {
    expectClear(screen(name, '--json'));
  });

  it('nor do other odd names, screened in one --file run: each row a result or an INVALID_INPUT error line', () => {
    const odd = ['P\u200bu\u0301tin', 'فلاديمير بوتين', 'Putin\u0000\u0007\u001b', '普京', '...', '\u202enituP', 'a'.repeat(1001), ' ', '🙂🙂🙂'];
    const rows = join(dir, 'odd.jsonl');
    writeFileSync(rows, odd.map((name) => JSON.stringify({ name })).join('\n') + '\n');
    const r = cli(['screen', '--file', rows, '--db', db]);
    expect([0, 3]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(odd.length);
    for (const o of out) {
      if (o.error) expect(o.error.code, JSON.stringify(o)).toBe('INVALID_INPUT');
      else expect(Array.isArray(o.matches)).toBe(true);
    }
    expect(out[6].error.message).toMatch(/1001 characters/);
  });
});

describe('compare', () => {
  it('"Yuryevich" ~ "Iurevich" scores at or above the default threshold', () => {
    const r = cli(['compare', 'Yuryevich', 'Iurevich', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const c: PairComparison = JSON.parse(r.stdout);
    expect(c.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(c.match).toBe(true);
    expect(c.features.find((f) => f.feature === 'name_match')?.detail).toMatch(/yuryevich/i);
  });

  it('--file writes one JSON line per pair and an error line for a row missing a name (exit 3)', () => {
    const pairs = join(dir, 'pairs.csv');
    writeFileSync(pairs, 'name1,name2,schema\nYuryevich,Iurevich,\n,Smith,\nGazprom PAO,PAO Gazprom,Organization\n');
    const out = join(dir, 'pairs.jsonl');
    const r = cli(['compare', '--file', pairs, '--out', out]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/1 row\(s\) were invalid/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ line: 2, name1: 'Yuryevich', name2: 'Iurevich', match: true });
    expect(lines[1]).toMatchObject({ line: 3, error: { code: 'INVALID_INPUT', field: 'name1', message: expect.stringMatching(/line 3/) } });
    expect(lines[2]).toMatchObject({ line: 4, schema: 'Organization' });
    expect(lines[2].score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});

describe('screen --file against the real lists', () => {
  it('writes one JSON line per row with full matches, and error lines for invalid rows (exit 3)', () => {
    const rows = join(dir, 'people.jsonl');
    writeFileSync(rows, [
      JSON.stringify({ name: 'PUTIN, Vladimir', dob: '1952-10-07', nationality: 'Russia', ref: 'C-1' }),
      JSON.stringify({ name: '' }),
      '{broken',
      JSON.stringify({ full_name: 'Kim Jong Un', countries: ['KP'] }),
    ].join('\n') + '\n');
    const r = cli(['screen', '--file', rows, '--db', db]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/screening against .*us-ofac-sdn 2024-05-03/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ row: 1, line: 1, ref: 'C-1', hits: 1, matches: [{ entityId: 'us-ofac-sdn:35096' }] });
    expect(out[0].matches[0].features.length).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ row: 2, line: 2, error: { code: 'INVALID_INPUT', field: 'name' } });
    expect(out[2]).toMatchObject({ row: 3, line: 3, error: { code: 'MALFORMED_FILE' } });
    expect(out[3].matches[0].caption).toMatch(/KIM, Jong Un/);
  });
});
