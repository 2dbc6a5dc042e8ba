/** The closing table: each figure next to the target, PASS or MISS. */
import { atLeast, atMost, num, pct, ratio, summaryTable, type SummaryLine } from './report.js';
import type { CongressRun, NegativeRun } from './run-negatives.js';
import type { CrossRun } from './run-cross-list.js';
import type { CrossScriptRun, OfacRun } from './run-pairs.js';
import type { PositiveFigures } from './run-positives.js';
import type { PutinRun } from './run-putin.js';

export interface AllFigures {
  cleanFig: PositiveFigures;
  treatedFig: PositiveFigures;
  congress: CongressRun;
  negatives: NegativeRun[];
  negCombined: { queries: number; fps: number; rate: number };
  cross: CrossRun;
  putin: PutinRun;
  crossScript: CrossScriptRun;
  ofac: OfacRun;
}

export function summarize(f: AllFigures): { lines: SummaryLine[]; text: string } {
  const lines: SummaryLine[] = [
    { figure: 'UN positives, clean: recall', value: pct(f.cleanFig.recall), target: '>= 99%', pass: atLeast(f.cleanFig.recall, 0.99) },
    { figure: "UN positives, typo'd: recall", value: pct(f.treatedFig.recall), target: '>= 97%', pass: atLeast(f.treatedFig.recall, 0.97) },
    { figure: 'UN positives, clean: recall@10 any score', value: pct(f.cleanFig.recallTop10AnyScore), target: '' },
    { figure: "UN positives, typo'd: recall@10 any score", value: pct(f.treatedFig.recallTop10AnyScore), target: '' },
    { figure: 'UN positives, clean: recall@10 any score, UN only', value: pct(f.cleanFig.recallTop10UnAnyScore), target: '' },
    { figure: "UN positives, typo'd: recall@10 any score, UN only", value: pct(f.treatedFig.recallTop10UnAnyScore), target: '' },
    { figure: 'UN positives, clean: top-1 (ties count)', value: pct(f.cleanFig.top1), target: '' },
    { figure: "UN positives, typo'd: top-1 (ties count)", value: pct(f.treatedFig.top1), target: '' },
  ];
  for (const r of f.negatives) {
    lines.push({ figure: `false positives, ${r.set}`, value: pct(r.rate, 3), target: '<= 0.5%', pass: atMost(r.rate, 0.005) });
  }
  if (f.negatives.length) {
    lines.push({ figure: 'false positives, combined', value: `${pct(f.negCombined.rate, 3)} (${f.negCombined.fps})`, target: '<= 0.5%', pass: atMost(f.negCombined.rate, 0.005) });
  }
  lines.push(
    { figure: 'US Congress members with a match', value: `${pct(f.congress.rate)} (${f.congress.hits.length})`, target: '' },
    { figure: 'Putin spellings found', value: ratio(f.putin.hits, f.putin.total), target: `${f.putin.total}/${f.putin.total}`, pass: f.putin.hits === f.putin.total },
  );
  for (const s of f.cross.bySource) lines.push({ figure: `cross-list recall, ${s.source} -> un-sc`, value: `${pct(s.recall)} (${s.hits}/${s.queries})`, target: '>= 95%', pass: atLeast(s.recall, 0.95) });
  lines.push(
    { figure: 'cross-list recall, overall', value: pct(f.cross.recall), target: '>= 95%', pass: atLeast(f.cross.recall, 0.95) },
    { figure: 'cross-list recall, suspect UK references left out', value: pct(f.cross.recallTrustedRefs), target: '' },
    { figure: 'cross-script pairs >= default threshold', value: ratio(f.crossScript.atThreshold, f.crossScript.pairs.length), target: '' },
    { figure: "cross-script pairs >= file's min score", value: ratio(f.crossScript.atMinScore, f.crossScript.pairs.length), target: '' },
    { figure: 'OFAC tool scores: Spearman', value: num(f.ofac.spearman), target: '' },
    { figure: 'OFAC tool scores: mean abs diff', value: num(f.ofac.meanAbsDiff), target: '' },
    { figure: 'OFAC tool scores: match agreement', value: pct(f.ofac.agreement.agreement, 1), target: '' },
  );
  return { lines, text: summaryTable(lines) };
}
