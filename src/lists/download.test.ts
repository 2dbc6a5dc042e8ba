import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { download } from './download.js';

let server: Server;
let base: string;
let flaky = 0;
const body = 'id,name\n1,ACME\n';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok.csv') return res.end(body);
    if (req.url === '/500') return res.writeHead(500).end('boom');
    if (req.url === '/404') return res.writeHead(404).end('no');
    if (req.url === '/flaky') return ++flaky < 3 ? res.writeHead(503).end() : res.end(body);
    if (req.url === '/cut') {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('id,name\n1,AC');
      return res.destroy();
    }
    if (req.url === '/slow') return setTimeout(() => res.end(body), 2000);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const dest = () => join(mkdtempSync(join(tmpdir(), 'cp-dl-')), 'file.csv');
const fast = { backoffMs: 1, sleep: async () => {} };

describe('download', () => {
  it('saves the file with its size and SHA-256', async () => {
    const d = await download(`${base}/ok.csv`, dest(), fast);
    expect(readFileSync(d.path, 'utf8')).toBe(body);
    expect(d.bytes).toBe(body.length);
    expect(d.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(d.attempts).toBe(1);
  });

  it('retries a 503 and succeeds', async () => {
    const d = await download(`${base}/flaky`, dest(), { ...fast, retries: 3 });
    expect(d.attempts).toBe(3);
  });

  it('gives up on a persistent 500 after the retries, naming the URL', async () => {
    await expect(download(`${base}/500`, dest(), { ...fast, retries: 2 })).rejects.toThrow(/\/500: download failed|\/500: HTTP 500/);
  });

  it('does not retry a 404', async () => {
    await expect(download(`${base}/404`, dest(), { ...fast, retries: 5 })).rejects.toThrow(/HTTP 404/);
  });

  it('rejects a cut connection and leaves no partial file behind', async () => {
    const target = dest();
    await expect(download(`${base}/cut`, target, { ...fast, retries: 1 })).rejects.toThrow();
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.part`)).toBe(false);
  });

  it('times out a slow server', async () => {
    await expect(download(`${base}/slow`, dest(), { ...fast, retries: 0, timeoutMs: 200 })).rejects.toThrow(/download failed/);
  });

  it('rejects a checksum mismatch', async () => {
    await expect(download(`${base}/ok.csv`, dest(), { ...fast, sha256: '0'.repeat(64) })).rejects.toThrow(/checksum mismatch/);
  });
});
