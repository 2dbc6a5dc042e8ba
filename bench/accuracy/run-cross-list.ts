/**
 * Set 3: UK entries that cite a UN reference, screened by their primary name (with birth date and
 * schema) against UN entries only; the right answer is the UN entity with that reference.
 */
import type { Entity } from '../../src/model/entity.js';
import { caption } from '../../src/model/entity.js';
import type { ScreeningEngine, ScreeningQuery } from '../../src/matching/types.js';
import { indexByNameKey, normalizeUnRef, simpleNameKey, unReferencesOf } from './ground-truth.js';
import { share, tally } from './metrics.js';
import { describeQuery, heading, pct, printTable, ratio } from './report.js';
import { digest, matchLine, missCause, tryScreen, type MatchDigest } from './screening.js';

export const UK_SOURCES = ['uk-fcdo', 'uk-ofsi'];

export interface CrossRecord {
  source: string;
  ukId: string;
  query: ScreeningQuery;
  unRefs: string[];
  truthIds: string[];
  truthCaption: string;
  hit: boolean;
  /**
   * The UK entry cites one UN reference but shares a name only with another UN entry (by plain name
   * equality): most likely a wrong or stale reference in the UK data rather than an engine miss.
   */
  suspectRef?: string;
  truth?: MatchDigest;
  best?: MatchDigest;
  cause?: string;
}

export interface CrossRun {
  records: CrossRecord[];
  /** UK entries citing only references that are not on this UN list, or only entries of another kind. */
  unresolved: { source: string; ukId: string; refs: string[]; why: 'not on this UN list' | 'other schema' }[];
  bySource: { source: string; queries: number; hits: number; recall: number }[];
  recall: number;
  /** Recall leaving out misses with a suspect reference. */
  recallTrustedRefs: number;
}

export function screenCrossList(engine: ScreeningEngine, entities: Entity[]): CrossRun {
  const unEntities = entities.filter((e) => e.source === 'un-sc');
  const unByRef = new Map(unEntities.map((e) => [normalizeUnRef(e.sourceId), e] as const));
  const unByName = indexByNameKey(unEntities);
  const records: CrossRecord[] = [];
  const unresolved: CrossRun['unresolved'] = [];
  for (const uk of entities.filter((e) => UK_SOURCES.includes(e.source))) {
    const refs = unReferencesOf(uk);
    if (!refs.length) continue;
    // OFSI's free text also cites the UN entries of associated groups ("Al-Qaida (QDe.004)"): a person
    // is only ever the same subject as a UN person.
    const cited = refs.map((r) => unByRef.get(r)).filter((e): e is Entity => Boolean(e));
    const truths = cited.filter((e) => e.schema === uk.schema);
    if (!truths.length) {
      unresolved.push({ source: uk.source, ukId: uk.sourceId, refs, why: cited.length ? 'other schema' : 'not on this UN list' });
      continue;
    }
    const query: ScreeningQuery = { name: caption(uk), schema: uk.schema };
    if (uk.birthDates[0]) query.birthDate = uk.birthDates[0].value;
    const rec: CrossRecord = {
      source: uk.source, ukId: uk.sourceId, query, unRefs: refs, truthIds: truths.map((t) => t.id), truthCaption: caption(truths[0]), hit: false,
    };
    const s = tryScreen(engine, query, { sources: ['un-sc'], includeBelowThreshold: true, limit: 20 });
    const matches = s.result?.matches ?? [];
    const truthMatch = matches.find((m) => rec.truthIds.includes(m.entityId));
    rec.hit = truthMatch?.match === true;
    if (truthMatch) rec.truth = digest(truthMatch);
    if (matches[0]) rec.best = digest(matches[0]);
    if (!rec.hit) {
      rec.cause = missCause(rec.truth, s.error);
      rec.suspectRef = suspectReference(uk, truths, unByName);
    }
    records.push(rec);
  }
  const bySource = UK_SOURCES.map((source) => {
    const mine = records.filter((r) => r.source === source);
    const hits = mine.filter((r) => r.hit).length;
    return { source, queries: mine.length, hits, recall: share(hits, mine.length) };
  });
  const trusted = records.filter((r) => r.hit || !r.suspectRef);
  return {
    records, unresolved, bySource,
    recall: share(records.filter((r) => r.hit).length, records.length),
    recallTrustedRefs: share(trusted.filter((r) => r.hit).length, trusted.length),
  };
}

/** Another UN entry whose name equals one of the UK entry's names when no cited entry's name does. */
function suspectReference(uk: Entity, truths: Entity[], unByName: Map<string, Entity[]>): string | undefined {
  const keys = new Set(uk.names.map((n) => simpleNameKey(n.full)));
  if (truths.some((t) => t.names.some((n) => keys.has(simpleNameKey(n.full))))) return undefined;
  for (const key of keys) {
    const other = unByName.get(key)?.find((e) => e.schema === uk.schema && !truths.includes(e));
    if (other) return other.sourceId;
  }
  return undefined;
}

export function printCrossList(run: CrossRun, showMisses = 15): void {
  heading('Cross-list: UK entries citing a UN reference, screened against un-sc only');
  printTable(['UK source', 'queries', 'hits', 'recall'], run.bySource.map((s) => [s.source, s.queries, s.hits, pct(s.recall)]));
  const hits = run.records.filter((r) => r.hit).length;
  const suspect = run.records.filter((r) => !r.hit && r.suspectRef);
  console.log(`overall: ${ratio(hits, run.records.length)} = ${pct(run.recall)} (target >= 95%)`);
  console.log(`misses whose UK reference looks wrong (the UK name equals another UN entry's name): ${suspect.length}; ` +
    `recall without them: ${pct(run.recallTrustedRefs)}`);
  for (const why of ['not on this UN list', 'other schema'] as const) {
    const list = run.unresolved.filter((u) => u.why === why);
    console.log(`UK entries excluded, cited UN references ${why === 'other schema' ? 'only name UN entries of another kind (e.g. a person citing Al-Qaida)' : 'not on this UN list'}: ${list.length}` +
      (list.length ? ` e.g. ${list.slice(0, 5).map((u) => `${u.source}:${u.ukId} ${u.refs.join('/')}`).join(', ')}` : ''));
  }
  const misses = run.records.filter((r) => !r.hit);
  if (!misses.length) return;
  console.log('misses by cause:');
  printTable(['cause', 'count'], tally(misses, (r) => (r.suspectRef ? `suspect reference (name is ${r.suspectRef})` : r.cause ?? '?'), 0).map((g) => [g.key, g.count]));
  console.log(`first ${Math.min(showMisses, misses.length)} misses:`);
  for (const r of misses.slice(0, showMisses)) {
    console.log(`  ${r.source}:${r.ukId} ${describeQuery(r.query)}  (${r.suspectRef ? `suspect reference: the name is UN ${r.suspectRef}` : r.cause})`);
    console.log(`      truth ${r.truthIds.join('/')} "${r.truthCaption}": ${r.truth ? matchLine(r.truth) : 'not retrieved'}`);
    if (r.best && !r.truthIds.includes(r.best.entityId)) console.log(`      best: ${matchLine(r.best)}`);
  }
}
