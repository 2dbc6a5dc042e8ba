/**
 * bench:accuracy — issue 3's accuracy figures at the default threshold, on every list in
 * ../shared/data/lists (newest dataset per source) and the test sets in ../shared/data/matching-cases:
 *   1. yente UN positives, clean and typo'd (recall >= 0.99 / >= 0.97), plus US Congress members
 *   2. yente 50k global + 50k US negatives (false positives <= 0.5%)
 *   3. UK entries citing a UN reference, against un-sc (recall >= 0.95)
 *   4. 80 spellings of Putin -> his SDN entry (80/80)
 *   5. watchman cross-script pairs; 6. OFAC's own tool scores (rank correlation, agreement)
 * Usage: npm run bench:accuracy [-- --out results.json] [-- --skip-negatives]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEngine, DEFAULT_THRESHOLD } from '../src/matching/engine.js';
import { readCrossScriptPairs, readLines, readOfacScores, readPersonRows } from './accuracy/cases.js';
import { loadCurrentEntities, sharedDataDir } from './accuracy/load-lists.js';
import { share } from './accuracy/metrics.js';
import { printTable } from './accuracy/report.js';
import { summarize } from './accuracy/summary.js';
import { printCrossList, screenCrossList } from './accuracy/run-cross-list.js';
import { printCongress, printNegatives, screenCongress, screenNegatives } from './accuracy/run-negatives.js';
import { compareCrossScript, compareOfac, printCrossScript, printOfac } from './accuracy/run-pairs.js';
import { establishTruth, positiveFigures, printPositives, screenPositives } from './accuracy/run-positives.js';
import { findPutin, printPutin, screenPutin } from './accuracy/run-putin.js';

const { values: args } = parseArgs({ options: { out: { type: 'string' }, 'skip-negatives': { type: 'boolean' } } });
const shared = sharedDataDir();
const cases = resolve(shared, 'matching-cases');
const started = performance.now();

const loaded = await loadCurrentEntities(resolve(shared, 'lists'));
const loadSeconds = (performance.now() - started) / 1000;
const buildStart = performance.now();
const engine = buildEngine(loaded.entities);
const buildSeconds = (performance.now() - buildStart) / 1000;
console.log(`lists: ${loaded.entities.length} entities from ${loaded.datasets.length} datasets (read ${loadSeconds.toFixed(1)} s); engine ${engine.algorithm}: ${engine.size.entities} entities, ${engine.size.names} names (built ${buildSeconds.toFixed(1)} s); default threshold ${DEFAULT_THRESHOLD}`);
printTable(['source', 'dataset', 'entities'], loaded.datasets.map((d) => [d.source, d.label, d.entities]));

// 1. yente UN positives.
const clean = readPersonRows(resolve(cases, 'yente/positives_un_untreated.csv'));
const treated = readPersonRows(resolve(cases, 'yente/positives_un_treated.csv'));
if (clean.length !== treated.length) throw new Error(`treated (${treated.length}) and untreated (${clean.length}) rows differ in number`);
const { truth, summary: truthSummary } = establishTruth(clean, loaded.entities);
console.log(`\nground truth for ${truthSummary.rows} UN rows: ${truthSummary.withTruth} unique (${truthSummary.byName} by name alone, ${truthSummary.byDate} by name + birth date); ` +
  `no UN entity with that name: ${truthSummary.none.length}; ambiguous: ${truthSummary.ambiguous.length} (both excluded from recall)`);
for (const n of truthSummary.none) console.log(`  no truth: row ${n.row} "${n.name}"`);
for (const a of truthSummary.ambiguous) console.log(`  ambiguous: row ${a.row} "${a.name}" -> ${a.candidates.join(' | ')}`);
const cleanRecs = screenPositives(engine, clean, truth);
const treatedRecs = screenPositives(engine, treated, truth, clean);
const cleanFig = positiveFigures(cleanRecs);
const treatedFig = positiveFigures(treatedRecs);
printPositives('yente UN positives, clean (positives_un_untreated)', cleanRecs, cleanFig);
printPositives("yente UN positives, typo'd (positives_un_treated)", treatedRecs, treatedFig);
const congress = screenCongress(engine, readPersonRows(resolve(cases, 'yente/positives_us_congress_untreated.csv')));
printCongress(congress);

// 2. Negatives.
const negatives = args['skip-negatives']
  ? []
  : ['global', 'us'].map((set) => screenNegatives(engine, `negatives_${set}_50k`, readPersonRows(resolve(cases, `yente/negatives_${set}_50k.csv`))));
const negQueries = negatives.reduce((a, r) => a + r.queries - r.invalid, 0);
const negFps = negatives.reduce((a, r) => a + r.falsePositives.length, 0);
const negCombined = { queries: negQueries, fps: negFps, rate: share(negFps, negQueries) };
if (negatives.length) printNegatives(negatives, negCombined);

// 3. Cross-list.
const cross = screenCrossList(engine, loaded.entities);
printCrossList(cross);

// 4. Putin.
const putin = screenPutin(engine, findPutin(loaded.entities), readLines(resolve(cases, 'nomenklatura/putin_names.txt')));
printPutin(putin);

// 5 and 6. Pairs.
const crossScript = compareCrossScript(engine, readCrossScriptPairs(resolve(cases, 'watchman/cross_script_pairs.csv')), DEFAULT_THRESHOLD);
printCrossScript(crossScript, DEFAULT_THRESHOLD);
const ofac = compareOfac(engine, readOfacScores(resolve(cases, 'nomenklatura/ofac_search_tool_scores.csv')), DEFAULT_THRESHOLD);
printOfac(ofac, DEFAULT_THRESHOLD);

const summary = summarize({ cleanFig, treatedFig, congress, negatives, negCombined, cross, putin, crossScript, ofac });
console.log(`\n== Summary (default threshold ${DEFAULT_THRESHOLD}, algorithm ${engine.algorithm}) ==`);
console.log(summary.text);
console.log(`total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (args.out) {
  const json = {
    algorithm: engine.algorithm, threshold: DEFAULT_THRESHOLD, datasets: loaded.datasets, summary: summary.lines,
    positives: { truth: truthSummary, clean: { figures: cleanFig, records: cleanRecs }, treated: { figures: treatedFig, records: treatedRecs } },
    congress,
    negatives: negatives.map(({ topScores: _scores, ...rest }) => rest),
    negativesCombined: negCombined,
    crossList: cross, putin, crossScript, ofac,
  };
  writeFileSync(args.out, JSON.stringify(json, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2));
  console.log(`results written to ${args.out}`);
}
