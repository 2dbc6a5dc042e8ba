/**
 * Set 1: yente's UN positives, clean and typo'd. The right UN entity of each row is found by plain
 * name equality (ground-truth.ts), never by the engine; rows without one are counted apart.
 */
import type { Entity } from '../../src/model/entity.js';
import { caption } from '../../src/model/entity.js';
import type { ScreeningEngine, ScreeningQuery } from '../../src/matching/types.js';
import { normalizeBirthDate, rowToQuery, type PersonRow } from './cases.js';
import { classifyTreatment, indexByNameKey, resolveTruth, type Treatment } from './ground-truth.js';
import { share, sweep, tally } from './metrics.js';
import { describeQuery, heading, pct, printTable, ratio } from './report.js';
import { digest, matchLine, missCause, tryScreen, type MatchDigest } from './screening.js';

const LIMIT = 50;
export const SWEEP = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

export interface PositiveRecord {
  row: number;
  query: ScreeningQuery;
  truthId: string;
  truthCaption: string;
  treatment?: Treatment;
  /** What happened to the row's birth date: changed by the treatment, or dropped as no real date. */
  date?: 'changed' | 'dropped';
  hit: boolean;
  /** Truth among the top 10 of all lists, any score. */
  inTop10: boolean;
  /** Truth among the top 10 UN results, any score: candidate generation without the threshold. */
  inTop10Un: boolean;
  /** Truth scored as high as the best result over all lists (ties with the same person on other lists count). */
  top1: boolean;
  /** Truth is the best UN result. */
  top1AmongUn: boolean;
  /** The truth's score wherever it ranked (0 when not retrieved), for the threshold sweep. */
  truthScore: number;
  /** Rank among UN results. */
  truthRank?: number;
  truth?: MatchDigest;
  best?: MatchDigest;
  cause?: string;
  error?: string;
}

export interface TruthSummary {
  rows: number;
  withTruth: number;
  byName: number;
  byDate: number;
  none: { row: number; name: string }[];
  ambiguous: { row: number; name: string; candidates: string[] }[];
}

/** The UN entity of each untreated row, or null. */
export function establishTruth(rows: PersonRow[], entities: Entity[]): { truth: (Entity | null)[]; summary: TruthSummary } {
  const index = indexByNameKey(entities.filter((e) => e.source === 'un-sc'));
  const summary: TruthSummary = { rows: rows.length, withTruth: 0, byName: 0, byDate: 0, none: [], ambiguous: [] };
  const truth = rows.map((row, i) => {
    const t = resolveTruth(index, row.full_name, rowToQuery(row).birthDate);
    if (t.status === 'unique') {
      summary.withTruth++;
      if (t.by === 'name') summary.byName++;
      else summary.byDate++;
      return t.entity;
    }
    if (t.status === 'none') summary.none.push({ row: i + 2, name: row.full_name });
    else summary.ambiguous.push({ row: i + 2, name: row.full_name, candidates: t.candidates.map((e) => `${e.sourceId} ${caption(e)}`) });
    return null;
  });
  return { truth, summary };
}

export function screenPositives(engine: ScreeningEngine, rows: PersonRow[], truth: (Entity | null)[], clean?: PersonRow[]): PositiveRecord[] {
  const out: PositiveRecord[] = [];
  rows.forEach((row, i) => {
    const t = truth[i];
    if (!t) return;
    const query = rowToQuery(row);
    const rec: PositiveRecord = {
      row: i + 2, query, truthId: t.id, truthCaption: caption(t), hit: false, inTop10: false, inTop10Un: false, top1: false, top1AmongUn: false, truthScore: 0,
    };
    if (clean) rec.treatment = classifyTreatment(clean[i].full_name, row.full_name);
    if (row.date_of_birth.trim() && !query.birthDate) rec.date = 'dropped';
    else if (clean && query.birthDate !== normalizeBirthDate(clean[i].date_of_birth)) rec.date = 'changed';
    const all = tryScreen(engine, query, { includeBelowThreshold: true, limit: LIMIT });
    const un = tryScreen(engine, query, { includeBelowThreshold: true, limit: LIMIT, sources: ['un-sc'] });
    if (all.error !== undefined || un.error !== undefined) {
      rec.error = all.error ?? un.error;
      rec.cause = missCause(undefined, rec.error);
      out.push(rec);
      return;
    }
    const matches = all.result.matches;
    const rank = matches.findIndex((m) => m.entityId === t.id);
    const unRank = un.result.matches.findIndex((m) => m.entityId === t.id);
    const truthMatch = rank >= 0 ? matches[rank] : un.result.matches[unRank];
    rec.best = matches[0] && digest(matches[0]);
    rec.inTop10 = rank >= 0 && rank < 10;
    rec.inTop10Un = unRank >= 0 && unRank < 10;
    if (unRank >= 0) rec.truthRank = unRank + 1;
    rec.hit = truthMatch?.match === true;
    rec.truthScore = truthMatch?.score ?? 0;
    rec.top1 = truthMatch !== undefined && truthMatch.score >= matches[0].score - 1e-9;
    rec.top1AmongUn = truthMatch !== undefined && truthMatch.score >= un.result.matches[0].score - 1e-9;
    if (truthMatch) rec.truth = digest(truthMatch);
    if (!rec.hit) rec.cause = missCause(rec.truth);
    out.push(rec);
  });
  return out;
}

export interface PositiveFigures {
  queries: number;
  recall: number;
  hits: number;
  top1: number;
  top1AmongUn: number;
  recallTop10AnyScore: number;
  recallTop10UnAnyScore: number;
  invalid: number;
  datesDropped: number;
  sweep: { threshold: number; share: number }[];
}

export function positiveFigures(recs: PositiveRecord[]): PositiveFigures {
  const n = recs.length;
  const count = (f: (r: PositiveRecord) => boolean) => recs.filter(f).length;
  return {
    queries: n,
    hits: count((r) => r.hit),
    recall: share(count((r) => r.hit), n),
    top1: share(count((r) => r.top1), n),
    top1AmongUn: share(count((r) => r.top1AmongUn), n),
    recallTop10AnyScore: share(count((r) => r.inTop10), n),
    recallTop10UnAnyScore: share(count((r) => r.inTop10Un), n),
    invalid: count((r) => r.error !== undefined),
    datesDropped: count((r) => r.date === 'dropped'),
    sweep: sweep(recs.map((r) => r.truthScore), SWEEP),
  };
}

export function printPositives(title: string, recs: PositiveRecord[], f: PositiveFigures, showMisses = 40): void {
  heading(title);
  console.log(`queries with a truth: ${f.queries}; invalid queries: ${f.invalid}; birth dates dropped as not a real date: ${f.datesDropped}`);
  console.log(`recall at default threshold: ${ratio(f.hits, f.queries)} = ${pct(f.recall)}`);
  console.log(`top-1 (truth scores as high as the best result of all lists): ${pct(f.top1)}; top-1 among UN results: ${pct(f.top1AmongUn)}`);
  console.log(`recall@10 any score (includeBelowThreshold): all lists ${pct(f.recallTop10AnyScore)}; UN only ${pct(f.recallTop10UnAnyScore)}`);
  console.log(`recall if the threshold were: ${f.sweep.map((s) => `${s.threshold}: ${pct(s.share, 1)}`).join(', ')}`);
  if (recs.some((r) => r.treatment)) {
    console.log('recall by treatment:');
    printTable(['treatment', 'rows', 'hits', 'recall'], tally(recs, (r) => r.treatment ?? '-', 0).map((g) => {
      const hits = recs.filter((r) => (r.treatment ?? '-') === g.key && r.hit).length;
      return [g.key, g.count, hits, pct(share(hits, g.count))];
    }));
  }
  if (recs.some((r) => r.date)) {
    console.log('recall by birth-date treatment:');
    printTable(['birth date', 'rows', 'hits', 'recall'], tally(recs, (r) => r.date ?? 'unchanged', 0).map((g) => {
      const hits = recs.filter((r) => (r.date ?? 'unchanged') === g.key && r.hit).length;
      return [g.key, g.count, hits, pct(share(hits, g.count))];
    }));
  }
  const misses = recs.filter((r) => !r.hit);
  if (!misses.length) return;
  console.log(`misses by cause (${misses.length}):`);
  let shown = 0;
  for (const g of tally(misses, (r) => r.cause ?? '?', Infinity)) {
    console.log(`  [${g.count}] ${g.key}`);
    for (const r of g.examples) {
      if (shown++ >= showMisses) break;
      console.log(`    row ${r.row}${r.treatment ? ` (${r.treatment}${r.date ? `, date ${r.date}` : ''})` : ''}: ${describeQuery(r.query)}`);
      console.log(`      truth ${r.truthId} "${r.truthCaption}" UN rank ${r.truthRank ?? '-'}: ${r.truth ? matchLine(r.truth) : r.error ?? 'not retrieved'}`);
      if (r.best && r.best.entityId !== r.truthId) console.log(`      best: ${matchLine(r.best)}`);
    }
  }
  if (shown > showMisses) console.log(`  (${misses.length - showMisses} more misses in the JSON output)`);
}
