/**
 * kill -9 during a batch job: the real server process is killed mid-job and started again. The job
 * resumes where its last written chunk ended; every query ends up with exactly one result and exactly
 * one audit row, and the audit chain verifies.
 */
import { afterAll, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cli } from '../helpers.js';
import { startServe, type ServeProcess } from '../serve-process.js';
import { storeWith } from './harness.js';

const servers: ServeProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

async function start(db: string): Promise<ServeProcess> {
  const s = await startServe(db);
  servers.push(s);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('resumes a batch job after kill -9 with no result or audit row lost or doubled', async () => {
  const db = storeWith(['un-sc-consolidated']);
  const key = JSON.parse(cli(['keys', 'create', '--role', 'screener', '--rate-limit', '1000000', '--json', '--db', db]).stdout).key;
  const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const total = 20_000;
  const queries = Array.from({ length: total }, (_, i) => ({ name: i % 3 === 0 ? 'KIM SOK CHOL' : `Ordinary Person ${i}` }));

  let server = await start(db);
  const submitted = await fetch(`${server.url}/v1/screen/batch`, { method: 'POST', headers: auth, body: JSON.stringify({ queries }) });
  expect(submitted.status).toBe(202);
  const job = await submitted.json();

  // Kill it hard once part of the job is written.
  let done = 0;
  for (let i = 0; i < 600 && done < total * 0.1; i++) {
    await sleep(50);
    done = (await (await fetch(`${server.url}/v1/jobs/${job.id}`, { headers: auth })).json()).done;
  }
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(total);
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGKILL');
  await exited;

  server = await start(db);
  let status = { status: '', done: 0 };
  for (let i = 0; i < 1200 && status.status !== 'done' && status.status !== 'failed'; i++) {
    await sleep(100);
    status = await (await fetch(`${server.url}/v1/jobs/${job.id}`, { headers: auth })).json();
  }
  expect(status).toMatchObject({ status: 'done', done: total });
  const lines = (await (await fetch(`${server.url}/v1/jobs/${job.id}/results`, { headers: auth })).text()).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(total);
  expect(lines.every((l, i) => l.n === i && l.result && Array.isArray(l.result.matches))).toBe(true);
  expect(lines[0].result.matches[0].caption).toMatch(/KIM SOK CHOL/i);
  const exitedAgain = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exitedAgain;

  const verify = cli(['audit', 'verify', '--json', '--db', db]);
  expect(verify.code).toBe(0);
  const store = new Database(db, { readonly: true });
  const rows = store.prepare("SELECT count(*) AS n FROM audit_log WHERE channel LIKE '%job%'").get() as { n: number };
  store.close();
  expect(rows.n).toBe(total);
  expect(JSON.parse(verify.stdout).rows).toBe(total);
}, 240_000);
