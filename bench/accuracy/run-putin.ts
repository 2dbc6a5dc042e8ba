/** Set 4: 80 spellings of Vladimir Putin, each screened alone, must find his OFAC SDN entry. */
import type { Entity } from '../../src/model/entity.js';
import { caption } from '../../src/model/entity.js';
import { isChokepointError } from '../../src/errors.js';
import type { ScreeningEngine } from '../../src/matching/types.js';
import { heading, num, ratio } from './report.js';
import { digest, matchLine, tryScreen, type MatchDigest } from './screening.js';

export const PUTIN_CAPTION = 'PUTIN, Vladimir Vladimirovich';

export interface PutinRecord {
  query: string;
  hit: boolean;
  rank?: number;
  score?: number;
  /** Name-only comparison with the SDN primary name, when the entry was not among the results. */
  compareScore?: number;
  putin?: MatchDigest;
  best?: MatchDigest;
  error?: string;
}

export interface PutinRun {
  target: string;
  hits: number;
  total: number;
  records: PutinRecord[];
}

export function findPutin(entities: Entity[]): Entity {
  const e = entities.find((x) => x.source === 'us-ofac-sdn' && caption(x) === PUTIN_CAPTION);
  if (!e) throw new Error(`no us-ofac-sdn entity named '${PUTIN_CAPTION}'`);
  return e;
}

export function screenPutin(engine: ScreeningEngine, putin: Entity, names: string[]): PutinRun {
  const records = names.map((query): PutinRecord => {
    const s = tryScreen(engine, { name: query }, { includeBelowThreshold: true, limit: 50 });
    if (s.error !== undefined) return { query, hit: false, error: s.error };
    const matches = s.result.matches;
    const rank = matches.findIndex((m) => m.entityId === putin.id);
    const rec: PutinRecord = { query, hit: rank >= 0 && matches[rank].match };
    if (matches[0]) rec.best = digest(matches[0]);
    if (rank >= 0) {
      rec.rank = rank + 1;
      rec.score = matches[rank].score;
      rec.putin = digest(matches[rank]);
    } else {
      try {
        rec.compareScore = engine.compare(query, PUTIN_CAPTION, 'Person').score;
      } catch (e) {
        if (!isChokepointError(e)) throw e; // an invalid pair leaves no score
      }
    }
    return rec;
  });
  return { target: putin.id, hits: records.filter((r) => r.hit).length, total: records.length, records };
}

export function printPutin(run: PutinRun): void {
  heading(`Putin spellings -> ${run.target} (${PUTIN_CAPTION})`);
  console.log(`found at the default threshold: ${ratio(run.hits, run.total)} (target: all; the issue says 80/80, the file holds ${run.total} spellings)`);
  const misses = run.records.filter((r) => !r.hit);
  for (const r of misses) {
    const where = r.error
      ? `invalid query: ${r.error}`
      : r.rank
        ? `rank ${r.rank}, score ${num(r.score)}: ${matchLine(r.putin)}`
        : `not among the top 50; compare() with the SDN name: ${num(r.compareScore)}`;
    console.log(`  MISS "${r.query}": ${where}`);
    if (r.best && r.best.entityId !== run.target) console.log(`      best: ${matchLine(r.best)}`);
  }
  const lowRank = run.records.filter((r) => r.hit && (r.rank ?? 0) > 10);
  if (lowRank.length) console.log(`  found but ranked below 10th: ${lowRank.map((r) => `"${r.query}" #${r.rank}`).join(', ')}`);
}
