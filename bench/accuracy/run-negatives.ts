/**
 * Set 2: false positives on yente's 50k global and 50k US synthetic persons (none is on any list), and
 * the US Congress members as an extra false-positive probe. A false positive is a query with at least
 * one match at the default threshold.
 */
import { detectScript } from '../../src/common/script.js';
import type { ScreeningEngine, ScreeningQuery } from '../../src/matching/types.js';
import { rowToQuery, type PersonRow } from './cases.js';
import { share, sweep, tally } from './metrics.js';
import { describeQuery, heading, num, pct, printTable, progress, ratio } from './report.js';
import { SWEEP } from './run-positives.js';
import { digest, tryScreen, type MatchDigest } from './screening.js';

export interface FalsePositive {
  set: string;
  row: number;
  query: ScreeningQuery;
  script: string;
  top: MatchDigest;
  /** How many results reached the threshold. */
  matches: number;
}

export interface NegativeRun {
  set: string;
  queries: number;
  invalid: number;
  falsePositives: FalsePositive[];
  rate: number;
  /** Best score of every valid query, for the threshold sweep (kept out of the JSON). */
  topScores: number[];
  /** Queries per script of the name, to read false positives per script. */
  scripts: Record<string, number>;
  seconds: number;
}

export function screenNegatives(engine: ScreeningEngine, set: string, rows: PersonRow[]): NegativeRun {
  const p = progress(set, rows.length);
  const falsePositives: FalsePositive[] = [];
  const topScores: number[] = [];
  const scripts: Record<string, number> = {};
  let invalid = 0;
  rows.forEach((row, i) => {
    p.tick();
    const query = rowToQuery(row);
    const script = detectScript(query.name);
    scripts[script] = (scripts[script] ?? 0) + 1;
    const s = tryScreen(engine, query, { includeBelowThreshold: true, limit: 5 });
    if (s.error !== undefined) {
      invalid++;
      return;
    }
    const top = s.result.matches[0];
    topScores.push(top?.score ?? 0);
    if (top?.match) {
      falsePositives.push({
        set, row: i + 2, query, script, top: digest(top), matches: s.result.matches.filter((m) => m.match).length,
      });
    }
  });
  const valid = rows.length - invalid;
  return { set, queries: rows.length, invalid, falsePositives, rate: share(falsePositives.length, valid), topScores, scripts, seconds: p.done() };
}

export function printNegatives(runs: NegativeRun[], combined: { rate: number; fps: number; queries: number }): void {
  heading('False positives on yente negatives (default threshold)');
  printTable(
    ['set', 'queries', 'invalid', 'false positives', 'rate', 'seconds', 'queries/s'],
    runs.map((r) => [r.set, r.queries, r.invalid, r.falsePositives.length, pct(r.rate, 3), r.seconds.toFixed(1), Math.round(r.queries / r.seconds)]),
  );
  console.log(`combined: ${ratio(combined.fps, combined.queries)} = ${pct(combined.rate, 3)} (target <= 0.5%)`);
  const all = runs.flatMap((r) => r.falsePositives);
  const scores = runs.flatMap((r) => r.topScores);
  console.log(`false-positive rate if the threshold were: ${sweep(scores, SWEEP).map((s) => `${s.threshold}: ${pct(s.share, 2)}`).join(', ')}`);
  if (!all.length) return;
  console.log('\nmost frequent false positives (matched entity caption; count; example queries -> score):');
  for (const g of tally(all, (f) => f.top.caption, 3).slice(0, 10)) {
    console.log(`  [${g.count}] ${g.key}`);
    for (const f of g.examples) console.log(`      ${f.set} row ${f.row}: ${describeQuery(f.query)} -> ${num(f.top.score)} via "${f.top.matchedName}" (${f.top.how}) ${f.top.features}`);
  }
  console.log('\nfalse positives by source of the top match:');
  printTable(['source', 'count'], tally(all, (f) => f.top.source, 0).map((g) => [g.key, g.count]));
  console.log('\nfalse positives by token alignment of the top match (how query tokens met list tokens):');
  printTable(['alignment', 'count', 'example'], tally(all, (f) => f.top.how || '(none)', 1).slice(0, 15).map((g) => [
    g.key, g.count, `${g.examples[0].query.name} -> ${g.examples[0].top.matchedName} ${num(g.examples[0].top.score)}`,
  ]));
  console.log('\nfalse positives by number of query tokens left unmatched:');
  printTable(['unmatched query tokens', 'count'], tally(all, (f) => String(f.top.unmatchedQuery.length), 0).map((g) => [g.key, g.count]));
  console.log('\nfalse positives by script of the query:');
  const queriesByScript: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.scripts)) queriesByScript[k] = (queriesByScript[k] ?? 0) + v;
  printTable(['script', 'queries', 'false positives', 'rate'], Object.entries(queriesByScript).sort((a, b) => b[1] - a[1]).map(([script, n]) => {
    const fps = all.filter((f) => f.script === script).length;
    return [script, n, fps, pct(share(fps, n), 2)];
  }));
}

export interface CongressRun {
  queries: number;
  invalid: number;
  hits: FalsePositive[];
  rate: number;
}

/** US Congress members screened like the others: any match is reported as a (probable) false positive. */
export function screenCongress(engine: ScreeningEngine, rows: PersonRow[]): CongressRun {
  const run = screenNegatives(engine, 'us-congress', rows);
  return { queries: run.queries, invalid: run.invalid, hits: run.falsePositives, rate: run.rate };
}

export function printCongress(run: CongressRun, show = 25): void {
  heading('US Congress members (yente positives_us_congress_untreated; should mostly not hit sanctions lists)');
  console.log(`queries: ${run.queries}; invalid: ${run.invalid}; with a match: ${ratio(run.hits.length, run.queries - run.invalid)} = ${pct(run.rate)}`);
  for (const h of run.hits.slice(0, show)) {
    console.log(`  row ${h.row}: ${describeQuery(h.query)} -> ${h.top.caption} [${h.top.source}] ${num(h.top.score)} via "${h.top.matchedName}" (${h.top.how}) ${h.top.features}`);
  }
  if (run.hits.length > show) console.log(`  (${run.hits.length - show} more in the JSON output)`);
}
