/**
 * Goods classification benchmark: `npm run bench:goods` (node --import tsx bench/goods.ts).
 * Reads bench/goods/cases.csv (text, hs6, style), classifies each line against the real HS 2022 and CHPL
 * tables, and prints top-1/top-3 accuracy at HS-6, top-1 at HS-4, CHPL recall and precision, for all
 * cases, the development two thirds and the held-out third (every third case, rows 3, 6, 9 ...).
 * bench/goods/cases-blind.csv (125) was written after the rules; its even rows (blind A) were studied
 * once, its odd rows (blind B) never. bench/goods/cases-blind-2.csv (blind C, 95) was written last and
 * never studied. Unseen B + C is the honest figure. Misses are listed for the development set only;
 * `--show-holdout` lists held-out and blind misses too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildClassifier } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(ROOT, '../shared/data');
const TARGETS = { top1: 0.85, hs4: 0.95, chplRecall: 0.98 };

interface Case { text: string; hs6: string; style: string; holdout: boolean; blind: boolean; set: 'main' | 'blind' | 'blind2' | 'blindD' | 'blindE' }
/** Blind cases at odd rows (blind B) are never looked at; blind A's misses were studied after its first run. */
interface Outcome { c: Case; got: string[]; confidence: number }

function readCases(name: string, set: Case['set']): Case[] {
  const rows = parse(readFileSync(resolve(ROOT, 'bench/goods', name), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const holdout = (i: number) => (set === 'main' ? i % 3 === 2 : set === 'blind' ? i % 2 === 1 : true);
  return rows.map((r, i) => ({ text: r.text, hs6: r.hs6, style: r.style, holdout: holdout(i), blind: set !== 'main', set }));
}
const main = readCases('cases.csv', 'main');
const cases: Case[] = [
  ...main,
  ...readCases('cases-blind.csv', 'blind'),
  ...readCases('cases-blind-2.csv', 'blind2'),
  ...readCases('cases-blind-d.csv', 'blindD'),
  ...readCases('cases-blind-e.csv', 'blindE'),
];
const tables = loadGoodsTables(resolve(SHARED, 'goods'));
const chpl = new Set(tables.chpl.map((c) => c.hs6));
const classifier = buildClassifier(tables);

const t0 = performance.now();
const outcomes: Outcome[] = cases.map((c) => {
  const r = classifier.classify(c.text, { top: 3 });
  return { c, got: r.map((x) => x.hs6), confidence: r[0]?.confidence ?? 0 };
});
const ms = performance.now() - t0;

function figures(list: Outcome[]) {
  const n = list.length;
  const share = (k: number, d: number) => (d === 0 ? 1 : k / d);
  const listed = list.filter((o) => chpl.has(o.c.hs6));
  const flagged = list.filter((o) => o.got[0] !== undefined && chpl.has(o.got[0]));
  return {
    n,
    top1: share(list.filter((o) => o.got[0] === o.c.hs6).length, n),
    top3: share(list.filter((o) => o.got.includes(o.c.hs6)).length, n),
    hs4: share(list.filter((o) => o.got[0]?.slice(0, 4) === o.c.hs6.slice(0, 4)).length, n),
    chplRecall: share(listed.filter((o) => chpl.has(o.got[0] ?? '')).length, listed.length),
    chplPrecision: share(flagged.filter((o) => chpl.has(o.c.hs6)).length, flagged.length),
    chplCases: listed.length,
  };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const mainOutcomes = outcomes.filter((o) => !o.c.blind);
const sets: [string, Outcome[]][] = [
  ['cases.csv, all', mainOutcomes],
  ['development (2/3)', mainOutcomes.filter((o) => !o.c.holdout)],
  ['held-out (1/3)', mainOutcomes.filter((o) => o.c.holdout)],
  ['blind set, all', outcomes.filter((o) => o.c.set === 'blind')],
  ['blind A (studied)', outcomes.filter((o) => o.c.set === 'blind' && !o.c.holdout)],
  ['blind B (unseen)', outcomes.filter((o) => o.c.set === 'blind' && o.c.holdout)],
  ['blind C (unseen)', outcomes.filter((o) => o.c.set === 'blind2')],
  ['unseen B + C', outcomes.filter((o) => (o.c.set === 'blind' || o.c.set === 'blind2') && o.c.holdout)],
  ['blind D (indep.)', outcomes.filter((o) => o.c.set === 'blindD')],
  ['blind E (indep.)', outcomes.filter((o) => o.c.set === 'blindE')],
];
console.log(`goods benchmark: ${main.length} cases in cases.csv + ${cases.length - main.length} in the blind files, ${cases.filter((c) => chpl.has(c.hs6)).length} CHPL-listed; ${(ms / cases.length).toFixed(2)} ms per line\n`);
console.log('set                    n   top-1 HS6  top-3 HS6  top-1 HS4  CHPL recall  CHPL precision');
for (const [name, list] of sets) {
  const f = figures(list);
  console.log(`${name.padEnd(19)} ${String(f.n).padStart(4)}   ${pct(f.top1)}     ${pct(f.top3)}     ${pct(f.hs4)}     ${pct(f.chplRecall)}       ${pct(f.chplPrecision)}`);
}

const showHoldout = process.argv.includes('--show-holdout');
const misses = outcomes.filter((o) => o.got[0] !== o.c.hs6 && (showHoldout || !o.c.holdout));
console.log(`\nmisses at HS-6 top-1 (${showHoldout ? 'all' : 'development set and blind A only'}): ${misses.length}`);
for (const o of misses) {
  const flag = chpl.has(o.c.hs6) && !chpl.has(o.got[0] ?? '') ? ' CHPL-MISSED' : '';
  console.log(`  expected ${o.c.hs6} got ${o.got.join(',') || '-'}${flag}  [${o.c.style}] ${o.c.text}`);
}

const all = figures(mainOutcomes);
const held = figures(mainOutcomes.filter((o) => o.c.holdout));
const blind = figures(outcomes.filter((o) => o.c.blind && o.c.holdout));
console.log('\nsummary against targets (cases.csv all / its held-out third / unseen blind B + C):');
for (const [name, key, target] of [['top-1 HS-6', 'top1', TARGETS.top1], ['top-1 HS-4', 'hs4', TARGETS.hs4], ['CHPL recall', 'chplRecall', TARGETS.chplRecall]] as const) {
  const a = all[key];
  const h = held[key];
  const b = blind[key];
  const mark = (x: number) => `${pct(x)} ${x >= target ? 'PASS' : 'MISS'}`;
  console.log(`  ${name.padEnd(12)} ≥ ${pct(target)}: all ${mark(a)}, held-out ${mark(h)}, unseen ${mark(b)}`);
}
