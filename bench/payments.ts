/**
 * bench:payments — issue 5's payment benchmark: 1,000,000 generated payments (CSV layout of
 * docs/payments-csv.md) screened end to end, as `chokepoint screen payments` does it: parsed, every
 * party and bank screened against every list in ../shared/data/lists, the remittance classified for
 * CHPL goods, the policy applied, one decision line written per payment. Prints throughput and memory.
 * Target: >= 3,000 payments/s on this machine.
 * Run: npm run bench:payments -- [--count 1000000] [--seed 5]
 */
import { mkdtempSync, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEngine } from '../src/matching/engine.js';
import { buildClassifier } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';
import { screenPayment, type PaymentDecision } from '../src/transactions/decide.js';
import { loadPolicy } from '../src/transactions/load-policy.js';
import { loadBicDirectory, parsePaymentFile } from '../src/transactions/parse/index.js';
import { paymentDeps } from '../src/transactions/pipeline.js';
import { loadLists, sharedDataDir } from './speed/load-lists.js';
import { loadNegatives } from './speed/load-cases.js';
import { generatePayments } from './payments/generate.js';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '5' } } });
const count = Number(values.count);
const shared = sharedDataDir();
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

const loaded = await loadLists(resolve(shared, 'lists'));
const listedNames = loaded.entities.filter((e) => e.source === 'us-ofac-sdn' && e.schema === 'Organization').slice(0, 2000).map((e) => e.names[0].full);
const engine = buildEngine(loaded.entities);
loaded.entities = [];
const bicRows = parse(readFileSync(resolve(shared, 'payments/bic/bic_directory.csv'), 'utf8'), { columns: true }) as { bic: string }[];
const bics = bicRows.filter((_, i) => i % 20 === 0).map((r) => r.bic);
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-payments-'));
const file = join(dir, 'payments.csv');
let t = performance.now();
await generatePayments(file, { count, seed: Number(values.seed), listedNames, people: loadNegatives(resolve(shared, 'matching-cases')).map((p) => p.name), bics });
console.log(`generated ${count} payments (${mb(statSync(file).size)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${file}`);

const directory = await loadBicDirectory(resolve(shared, 'payments/bic/bic_directory.csv'));
const classifier = buildClassifier(loadGoodsTables(resolve(shared, 'goods')));
const policy = loadPolicy();
const { deps, stats } = paymentDeps(engine, directory, (text) => classifier.classify(text, { top: 1 }));
const out = createWriteStream(join(dir, 'decisions.jsonl'));
const counts: Record<string, number> = { pass: 0, review: 0, hold: 0, block: 0, failed: 0 };
let peakRss = 0;
let n = 0;
t = performance.now();
for await (const r of parsePaymentFile(file)) {
  let line: string;
  if (r.ok) {
    const d: PaymentDecision = screenPayment(r.payment, policy, deps);
    counts[d.decision]++;
    line = JSON.stringify({ messageId: d.messageId, decision: d.decision, rules: d.rules.map((x) => ({ id: x.id, evidence: x.evidence.length })) });
  } else {
    counts.failed++;
    line = JSON.stringify({ error: r.error.message });
  }
  if (!out.write(`${line}\n`)) await once(out, 'drain');
  if (++n % 100_000 === 0) {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(`  ${n} payments, ${(n / ((performance.now() - t) / 1000)).toFixed(0)}/s, RSS ${mb(process.memoryUsage().rss)} MB`);
  }
}
out.end();
await once(out, 'finish');
const seconds = (performance.now() - t) / 1000;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
const s = stats();
console.log(`screened ${n} payments in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(0)} payments/s on one core`);
console.log(`decisions: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`names screened by the engine ${s.names.misses}, answered from the run's memo ${s.names.hits}; goods lines classified ${s.goods.misses}, repeats ${s.goods.hits}`);
console.log(`peak RSS ${mb(peakRss)} MB (engine, goods tables, BIC directory and the memos)`);
console.log(`summary: throughput ${(n / seconds).toFixed(0)} payments/s, target >= 3000: ${n / seconds >= 3000 ? 'PASS' : 'MISS'}`);
