/**
 * `screen --file` streams: a generated 200,000-row CSV goes through the real CLI against a tiny store,
 * and the child's peak RSS (printed by the command itself with CHOKEPOINT_REPORT_RSS=1) stays about the
 * same as for a 20,000-row file. A row buffer or a writer ignoring backpressure would grow with the rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-rss-'));
const db = join(dir, 'tiny.db');

/** A hand-written FtM JSON-lines list of a handful of subjects (layout of src/importers/ftm/testdata). */
const FIXTURE = [
  { id: 'p-sidorov', schema: 'Person', properties: { name: ['Ivan Petrovich SIDOROV'], birthDate: ['1971-03'], nationality: ['ru'] } },
  { id: 'p-karenina', schema: 'Person', properties: { name: ['Anna KARENINA'], alias: ['Anna Arkadyevna Karenina'] } },
  { id: 'p-smith', schema: 'Person', properties: { name: ['John SMITH'], birthDate: ['1960-01-01'] } },
  { id: 'c-vektor', schema: 'Company', properties: { name: ['Vektor Trade LLC'], jurisdiction: ['ru'] } },
  { id: 'v-sea-star', schema: 'Vessel', properties: { name: ['SEA STAR'], imoNumber: ['IMO 9123456'] } },
];

const FIRST = ['Maria', 'Peter', 'Olga', 'Ahmed', 'Li', 'Carlos', 'Fatima', 'Jan', 'Sofia', 'Omar', 'Chen', 'Lucas', 'Amira', 'Igor', 'Nina', 'Paulo'];
const LAST = ['Novak', 'Garcia', 'Hassan', 'Wei', 'Kowalski', 'Brown', 'Silva', 'Jensen', 'Rossi', 'Okafor', 'Tanaka', 'Dubois', 'Moreau', 'Larsen', 'Nowak', 'Costa', 'Ivanova', 'Khan'];
const HITS = ['Ivan Sidorov', 'SIDOROV, Ivan', 'Anna Karenina', 'Jon Smith', 'Vektor Trade'];

/** Write `rows` rows: every 10th a listed name (no birth date), every 1,000th an invalid birth date. Returns the invalid count. */
async function writeRows(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let invalid = 0;
  out.write('Name,DOB,Country\n');
  for (let i = 0; i < rows; i++) {
    const name = i % 10 === 0 ? HITS[(i / 10) % HITS.length] : `${FIRST[i % FIRST.length]} ${LAST[(i >> 4) % LAST.length]}`;
    const bad = i % 1000 === 999;
    if (bad) invalid++;
    const dob = bad ? '1952-13-01' : i % 10 === 0 ? '' : 1940 + (i % 60);
    if (!out.write(`"${name}",${dob},RU\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return invalid;
}

function peakRss(stderr: string): number {
  const m = /peak RSS: ([\d.]+) MB/.exec(stderr);
  if (!m) throw new Error(`no peak RSS line in:\n${stderr}`);
  return Number(m[1]);
}

describe('screen --file in constant memory', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'tiny'));
    writeFileSync(join(dir, 'tiny', 'entities.ftm.json'), FIXTURE.map((e) => JSON.stringify({ ...e, caption: e.properties.name[0], datasets: ['test'], target: true })).join('\n') + '\n');
    const r = cli(['lists', 'import', join(dir, 'tiny'), '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('streams 200,000 rows with a peak RSS close to that of 20,000 rows', async () => {
    const small = join(dir, 'small.csv');
    const big = join(dir, 'big.csv');
    expect(await writeRows(small, 20_000)).toBe(20);
    expect(await writeRows(big, 200_000)).toBe(200);
    const env = { CHOKEPOINT_REPORT_RSS: '1' };

    const s = cli(['screen', '--file', small, '--out', join(dir, 'small-out.csv'), '--db', db], env);
    expect(s.code, s.stderr).toBe(3);
    const started = Date.now();
    const b = cli(['screen', '--file', big, '--out', join(dir, 'big-out.csv'), '--db', db], env);
    const seconds = (Date.now() - started) / 1000;
    expect(b.code, b.stderr).toBe(3);
    expect(b.stderr).toMatch(/200000 rows in/);
    expect(b.stderr).toMatch(/200 row\(s\) were invalid/);
    // Not a TTY: one progress line per 10,000 rows, not one per row.
    expect(b.stderr.match(/^screened: \d+ rows \(/gm)).toHaveLength(20);

    const lines = readFileSync(join(dir, 'big-out.csv'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(200_001);
    expect(lines[1]).toMatch(/^1,2,,Ivan Sidorov,1,[\d.]+,ftm:p-sidorov,/);
    expect(lines[1000]).toMatch(/^1000,1001,.*'1952-13-01' is not a date/);

    const rssSmall = peakRss(s.stderr);
    const rssBig = peakRss(b.stderr);
    console.log(`peak RSS: 20k rows ${rssSmall} MB, 200k rows ${rssBig} MB; 200k rows in ${seconds.toFixed(1)} s`);
    // Ten times the rows: anything kept per row (a result is several kB) would add hundreds of MB. The
    // margin allows for V8 growing its heap lazily on a busy machine (66 MB seen once in CI).
    expect(rssBig).toBeLessThan(rssSmall + 100);
    expect(rssBig).toBeLessThan(400);
  });
});
