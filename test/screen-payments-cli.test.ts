/**
 * `chokepoint screen payments <file>` end to end: real lists in a store, the scenario payments plus a
 * malformed one; every good payment gets its decision, the bad one an error naming its line and field,
 * and the run goes on to the end.
 */
import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli, REPO } from './helpers.js';
import { storeWith } from './server/harness.js';

let db: string;
beforeAll(() => {
  db = storeWith(['us-ofac-sdn/2024-05-03', 'us-trade-csl/2022-05']);
});

it('decides every payment and reports the malformed one without stopping', () => {
  const lines = readFileSync(resolve(REPO, 'test/fixtures/payment-scenarios.csv'), 'utf8').trimEnd().split('\n');
  // A bad currency in the middle of the file.
  lines.splice(3, 0, lines[1].replace('CLEAN-1', 'BAD-1').replace(',EUR,', ',XAU,'));
  const dir = mkdtempSync(join(tmpdir(), 'payments-'));
  const file = join(dir, 'batch.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const out = join(dir, 'decisions.jsonl');
  const r = cli(['screen', 'payments', file, '--out', out, '--db', db]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/decisions: 1 pass, 0 review, 1 hold, 2 block/);
  expect(r.stderr).toMatch(/failed: .*batch\.csv.*line 4/);
  const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(rows).toHaveLength(5);
  expect(rows.map((x) => x.messageId ?? 'error')).toEqual(['CLEAN-1', 'CNY-RU-KG-1', 'error', 'EL-1', 'CRIMEA-1']);
  expect(rows[2].error).toMatchObject({ code: 'MALFORMED_FILE', line: 4, field: 'currency' });
  const blocked = rows[1];
  expect(blocked.decision).toBe('block');
  expect(blocked.rules[0].evidence[0].detail).toMatch(/SBERBANK/);
  expect(blocked.listVersions.map((v: { source: string }) => v.source).sort()).toEqual(['us-ofac-sdn', 'us-trade-csl']);
  expect(blocked.policy).toEqual({ name: 'payments', version: expect.any(String) });
});

it('gives the same decisions, in the same order, on worker threads', () => {
  const file = resolve(REPO, 'test/fixtures/payment-scenarios.csv');
  const one = cli(['screen', 'payments', file, '--db', db]);
  const two = cli(['screen', 'payments', file, '--workers', '2', '--db', db]);
  expect(two.code).toBe(0);
  const strip = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l)).map((d) => [d.messageId, d.decision, d.rules.map((r: { id: string }) => r.id)]);
  expect(strip(two.stdout)).toEqual(strip(one.stdout));
  expect(strip(two.stdout)).toHaveLength(4);
});

it('refuses a name of two words given without quotes', () => {
  const r = cli(['screen', 'Vladimir', 'Putin', '--db', db]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/quote a name/);
});
