/**
 * `chokepoint lists fetch` against a local HTTP server that serves the real files of ../shared/data/lists,
 * plus a truncated file and a 500: good lists update, failed ones keep their previous version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createReadStream, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { cli, LISTS, REPO } from './helpers.js';

const run = promisify(execFile);
let server: Server;
let base: string;
let hits500 = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '');
    if (url === '/broken/500') {
      hits500++;
      return res.writeHead(500).end('internal error');
    }
    if (url === '/truncated/consolidated.csv') {
      // A CSL file cut mid-record, served whole (correct Content-Length): the parse must catch it.
      const text = readFileSync(join(LISTS, 'us-trade-csl/2022-05/consolidated.csv'), 'utf8');
      const cut = text.slice(0, 200_000) + '"unterminated';
      return res.writeHead(200, { 'content-length': Buffer.byteLength(cut) }).end(cut);
    }
    const path = join(LISTS, url);
    try {
      res.writeHead(200, { 'content-length': statSync(path).size });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function fetchCli(args: string[]) {
  try {
    const r = await run(process.execPath, [join(REPO, 'bin/chokepoint.js'), 'lists', 'fetch', ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('lists fetch from a local publisher', () => {
  it('imports what downloads and parses, keeps the previous version of what does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-fetch-'));
    const db = join(dir, 'fetch.db');
    // Previous versions of the CSL and the DPL, from disk.
    expect(cli(['lists', 'import', join(LISTS, 'us-trade-csl/2022-05'), join(LISTS, 'us-bis-dpl'), '--db', db]).code).toBe(0);
    const before = JSON.parse(cli(['lists', 'status', '--json', '--db', db]).stdout).lists;

    const urls = {
      'un-sc': { main: `${base}/un-sc-consolidated/2026-02-27/consolidated.xml` },
      'us-ofac-sdn': {
        sdn: `${base}/us-ofac-sdn/2023-12-28/sdn.csv`,
        add: `${base}/us-ofac-sdn/2023-12-28/add.csv`,
        alt: `${base}/us-ofac-sdn/2023-12-28/alt.csv`,
        comments: `${base}/us-ofac-sdn/2023-12-28/sdn_comments.csv`,
      },
      'us-trade-csl': { main: `${base}/truncated/consolidated.csv` },
      'us-bis-dpl': { main: `${base}/broken/500` },
    };
    const urlFile = join(dir, 'urls.json');
    writeFileSync(urlFile, JSON.stringify(urls));
    const r = await fetchCli(['--only', 'un-sc,us-ofac-sdn,us-trade-csl,us-bis-dpl', '--urls', urlFile, '--retries', '2', '--db', db, '--json']);
    expect(r.code).toBe(5); // some lists failed
    const results = JSON.parse(r.stdout).results as { source: string; status: string; reason?: string; total?: number }[];
    const by = (s: string) => results.find((x) => x.source === s)!;
    expect(by('un-sc')).toMatchObject({ status: 'imported', total: 1003 });
    expect(by('us-ofac-sdn')).toMatchObject({ status: 'imported', total: 13821 });
    expect(by('us-trade-csl').status).toBe('failed');
    expect(by('us-trade-csl').reason).toMatch(/consolidated\.csv, line \d+/);
    expect(by('us-bis-dpl').status).toBe('failed');
    expect(by('us-bis-dpl').reason).toMatch(/HTTP 500/);
    expect(hits500).toBe(3); // first try + 2 retries

    const after = JSON.parse(cli(['lists', 'status', '--json', '--db', db]).stdout).lists as { source: string }[];
    for (const source of ['us-trade-csl', 'us-bis-dpl']) {
      expect(after.find((l) => l.source === source)).toEqual(before.find((l: { source: string }) => l.source === source));
    }
    // Fetching the same files again changes nothing.
    const again = await fetchCli(['--only', 'un-sc', '--urls', urlFile, '--db', db, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).results[0].status).toBe('unchanged');
  });

  it('rejects an invalid URL configuration naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-fetch-'));
    const urlFile = join(dir, 'urls.json');
    writeFileSync(urlFile, JSON.stringify({ 'un-sc': { main: 'not a url' } }));
    const r = cli(['lists', 'fetch', '--urls', urlFile, '--db', join(dir, 'x.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/urls\.json, field 'un-sc\.main'/);
  });
});
