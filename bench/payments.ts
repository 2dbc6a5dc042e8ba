/**
 * bench:payments — issue 5's payment benchmark: 1,000,000 generated payments (CSV layout of
 * docs/payments-csv.md) screened end to end, as `chokepoint screen payments` does it: parsed, every
 * party and bank screened against every list in ../shared/data/lists, the remittance classified for
 * CHPL goods, the policy applied, one decision line written per payment. Prints throughput and memory.
 * Target: >= 3,000 payments/s on this machine. The screening is the product's own command,
 * `chokepoint screen payments --workers N` (default 2, one per core), on a store holding every list.
 * Run: npm run bench:payments -- [--count 1000000] [--seed 5] [--workers 2]
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLists, sharedDataDir } from './speed/load-lists.js';
import { loadNegatives } from './speed/load-cases.js';
import { generatePayments } from './payments/generate.js';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { importLists } from './load/server-process.js';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '5' }, workers: { type: 'string', default: '2' } } });
const count = Number(values.count);
const workers = Number(values.workers);
const shared = sharedDataDir();
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

let loaded = await loadLists(resolve(shared, 'lists'));
const listedNames = loaded.entities.filter((e) => e.source === 'us-ofac-sdn' && e.schema === 'Organization').slice(0, 2000).map((e) => e.names[0].full);
loaded.entities = [];
const bicRows = parse(readFileSync(resolve(shared, 'payments/bic/bic_directory.csv'), 'utf8'), { columns: true }) as { bic: string }[];
const bics = bicRows.filter((_, i) => i % 20 === 0).map((r) => r.bic);
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-payments-'));
const file = join(dir, 'payments.csv');
let t = performance.now();
await generatePayments(file, { count, seed: Number(values.seed), listedNames, people: loadNegatives(resolve(shared, 'matching-cases')).map((p) => p.name), bics });
console.log(`generated ${count} payments (${mb(statSync(file).size)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${file}`);

// Screened by the product itself: `chokepoint screen payments` on the generated file, in its own process.
const db = join(dir, 'lists.db');
importLists(db, resolve(shared, 'lists'));
const out = join(dir, 'decisions.jsonl');
console.log(`chokepoint screen payments ${file} --workers ${workers} --out ${out}`);
t = performance.now();
const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../bin/chokepoint.js'), 'screen', 'payments', file, '--workers', String(workers), '--out', out, '--db', db],
  { encoding: 'utf8', env: { ...process.env, CHOKEPOINT_REPORT_RSS: '1' }, maxBuffer: 64 * 1024 * 1024 });
const wall = (performance.now() - t) / 1000;
process.stdout.write(run.stderr.split('\n').filter((l) => !/^screened payments: \d+ rows \(/.test(l)).join('\n'));
if (run.status !== 0 && run.status !== 3) throw new Error(`screen payments failed (${run.status})`);
const m = /screened payments: (\d+) rows in ([\d.]+) s \((\d+) rows\/s\)/.exec(run.stderr);
const rss = /peak RSS: ([\d.]+) MB/.exec(run.stderr);
const lines = Number(spawnSync('wc', ['-l', out], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0]);
console.log(`\ndecision lines written: ${lines}; whole command (with ${workers} engines built) ${wall.toFixed(1)} s`);
console.log(`summary: throughput ${m ? m[3] : '?'} payments/s with ${workers} worker thread(s) on ${availableParallelism()} cores, peak RSS ${rss ? rss[1] : '?'} MB; target >= 3000: ${m && Number(m[3]) >= 3000 ? 'PASS' : 'MISS'}`);
