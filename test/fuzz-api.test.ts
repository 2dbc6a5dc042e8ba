/**
 * The robustness promise of the issue: "A run of 10,000 malformed requests, generated from the OpenAPI
 * document, yields zero 5xx responses, and the process stays up." The real server runs as its own
 * process over a temp store with one small real list; the requests come from test/fuzz/malformed.ts
 * for every operation the document lists when the test runs (routes added later are fuzzed too).
 * A failure names request #n: `npm run bench:fuzz -- --url ... --key ... --seed S --only n` replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, LISTS } from './helpers.js';
import { operations } from './fuzz/openapi.js';
import { fetchDocument, runFuzz, type FuzzRun } from './fuzz/run.js';
import { startServe, type ServeProcess } from './fuzz/server-process.js';
import { formatSummary, groupFindings, type Finding } from './fuzz/summary.js';

const COUNT = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 7);

const dir = mkdtempSync(join(tmpdir(), 'cp-fuzz-'));
const db = join(dir, 'fuzz.db');
let server: ServeProcess;
let pid: number | undefined;
let key: string;
let run: FuzzRun;
let documentOperations: string[];

/** Findings grouped by cause, one line each with a request to replay. */
const lines = (findings: Finding[]) => groupFindings(findings, 20).map((l) => l.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const imported = cli(['lists', 'import', join(LISTS, 'us-ofac-nonsdn-cons/2025-12'), '--db', db]);
  expect(imported.code, imported.stderr).toBe(0);
  const created = cli(['keys', 'create', '--role', 'admin', '--name', 'fuzz', '--rate-limit', '10000000', '--json', '--db', db]);
  expect(created.code, created.stderr).toBe(0);
  key = (JSON.parse(created.stdout) as { key: string }).key;
  server = await startServe(db);
  pid = server.child.pid;
  documentOperations = operations(await fetchDocument(server.url)).map((o) => o.id);
  run = await runFuzz({ baseUrl: server.url, key, count: COUNT, seed: SEED, concurrency: 16, timeoutMs: 30_000 });
  console.log(`${formatSummary(run.summary, run.plan.mutations.length)}\nseed ${SEED}, server ${server.url} (pid ${pid})`);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`${COUNT} malformed requests generated from the OpenAPI document`, () => {
  it('are all sent, and go at least once through every mutation of every operation the document lists', () => {
    expect(run.outcomes).toHaveLength(COUNT);
    expect(run.plan.mutations.length).toBeLessThanOrEqual(COUNT);
    const fuzzed = new Set(run.outcomes.map((o) => o.operation));
    expect(documentOperations.filter((op) => !fuzzed.has(op))).toEqual([]);
    expect(documentOperations.length).toBeGreaterThan(10);
  });

  it('get no 5xx response', () => {
    expect(lines(run.summary.serverErrors), `${run.summary.serverErrors.length} responses >= 500`).toEqual([]);
  });

  it('get an answer on every connection the server had no reason to close, none timing out', () => {
    expect(lines(run.summary.lostConnections), `${run.summary.lostConnections.length} requests without an answer`).toEqual([]);
  });

  it('get, on /v1 routes, 4xx bodies of the one error shape {"error": {"code", "message"}}', () => {
    expect(lines(run.summary.shapeViolations), `${run.summary.shapeViolations.length} 4xx bodies of another shape`).toEqual([]);
  });

  it('get, for a bad body field on /v1 routes, a 400 whose error.field names a path', () => {
    expect(lines(run.summary.fieldViolations), `${run.summary.fieldViolations.length} body-validation 400s without error.field`).toEqual([]);
  });
});

describe('afterwards, the same server process', () => {
  it('is still running', () => {
    expect(server.child.exitCode, server.log().slice(-2000)).toBeNull();
    expect(server.child.signalCode, server.log().slice(-2000)).toBeNull();
    expect(() => process.kill(pid!, 0)).not.toThrow();
  });

  it('answers GET /healthz 200 and GET /readyz 200', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('still screens: a valid POST /v1/screen finds a listed name', async () => {
    const res = await fetch(`${server.url}/v1/screen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ismail Haniya' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { screeningId: string; matches: { caption: string; match: boolean }[] };
    expect(body.screeningId).toBeTruthy();
    expect(body.matches[0]).toMatchObject({ caption: expect.stringMatching(/HANIYA/i), match: true });
  });
});
