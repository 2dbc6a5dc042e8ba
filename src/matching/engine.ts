/**
 * The screening engine: an immutable candidate index over the list entities plus an algorithm model.
 * screen() finds candidates, aligns the query with each of their names, applies the model's weighted
 * comparisons and explains every score. Pure: no I/O, no clock.
 */
import type { Entity, Schema } from '../model/entity.js';
import type {
  FeatureExplanation, PairComparison, ScreeningEngine, ScreeningMatch, ScreeningOptions, ScreeningQuery, ScreeningResult,
} from './types.js';
import { algorithm, withWeights } from './algorithms/index.js';
import type { AlgorithmModel } from './algorithms/model.js';
import { buildIndex, CandidateIndex, type IndexedEntity } from './index/candidate-index.js';
import { CandidateFinder } from './index/lookup.js';
import { tokenWeigher } from './index/weights.js';
import { compareTokens, describeNameMatch, nameScoreBound, round, QUERY_SHARE, type NameComparison } from './compare/name-parts.js';
import { surnameIndex } from './index/candidate-index.js';
import { SimilarityTable } from './compare/sim-table.js';
import type { EntityFacts } from './compare/types.js';
import { prepareQuery, type PreparedQuery } from './query.js';
import { nameDetail, summarise } from './explain.js';
import { ChokepointError } from '../errors.js';

export const DEFAULT_THRESHOLD = algorithm().threshold;
/** Candidates scored in full per query. */
const CANDIDATES = 150;
const MAX_LIMIT = 500;
/** How far the index's estimate of a candidate's coverage may fall short of the aligned one. */
const COVERAGE_SLACK = 1.35;
/** Rounding of the contributions (three decimals each) that a bound on the total must allow for. */
const ROUNDING_SLACK = 0.002;

export function buildEngine(entities: Iterable<Entity>, opts: { algorithm?: string } = {}): ScreeningEngine {
  return new Engine(buildIndex(entities), algorithm(opts.algorithm));
}

/**
 * Build an engine from entities that arrive asynchronously (a list being read), one at a time, so
 * that no list is ever held whole.
 */
export async function buildEngineFrom(entities: AsyncIterable<Entity>, opts: { algorithm?: string } = {}): Promise<ScreeningEngine> {
  const index = new CandidateIndex();
  for await (const e of entities) index.add(e);
  return new Engine(index.freeze(), algorithm(opts.algorithm));
}

interface Scored {
  score: number;
  features: FeatureExplanation[];
  nameCmp: NameComparison;
  nameId: number;
}

class Engine implements ScreeningEngine {
  readonly algorithm: string;
  readonly size: { entities: number; names: number };
  private readonly weight;
  private readonly finder: CandidateFinder;
  private readonly sims: SimilarityTable;

  constructor(private readonly index: CandidateIndex, private readonly model: AlgorithmModel) {
    this.algorithm = model.name;
    this.size = { entities: index.entities.length, names: index.names.length };
    this.weight = tokenWeigher(index);
    this.finder = new CandidateFinder(index, this.weight);
    this.sims = new SimilarityTable();
  }

  screen(query: ScreeningQuery, options: ScreeningOptions = {}): ScreeningResult {
    const model = withWeights(this.model, options.weights);
    const threshold = checkThreshold(options.threshold ?? model.threshold);
    const limit = Math.min(Math.max(1, Math.floor(options.limit ?? 10)), MAX_LIMIT);
    const q = prepareQuery(query);
    this.sims.begin(q.name.tokens, q.joined);
    const sources = options.sources && new Set(options.sources);
    const allow = sources ? (e: number) => sources.has(this.index.entities[e].source) : undefined;
    const candidates = this.finder.find(q.name.tokens, Math.max(CANDIDATES, limit), allow);
    // Entities sharing an identifier come first, whatever their names: an identifier match is decisive.
    for (const id of q.facts.identifiers) {
      for (const e of this.index.identifiers.get(id) ?? []) {
        if (!allow || allow(e)) {
          const at = candidates.findIndex((c) => c.entity === e);
          if (at >= 0) candidates.splice(at, 1);
          candidates.unshift({ entity: e, coverage: 1 });
        }
      }
    }
    const matches: ScreeningMatch[] = [];
    const nameWeight = model.features.find((f) => !f.compare)?.weight ?? 1;
    const reach = this.reach(model, q, this.finder.unreachable);
    // Candidates come best coverage first, so their reach only falls: once `limit` matches are kept and
    // the next candidate cannot beat the weakest of them, none after it can either.
    const kept: number[] = [];
    const identified = new Set(q.facts.identifiers.flatMap((id) => this.index.identifiers.get(id) ?? []));
    for (const { entity: e, coverage } of candidates) {
      const r = reach(coverage) + (identified.has(e) ? 1 : 0);
      if (!options.includeBelowThreshold) {
        if (r < threshold) break;
        if (kept.length >= limit && r < kept[kept.length - limit]) break;
      }
      const ent = this.index.entities[e];
      // The other features do not depend on the name: what they add says how high the name must score.
      const others = this.otherFeatures(q, ent.facts, model);
      const minName = options.includeBelowThreshold || nameWeight <= 0 ? -Infinity : (threshold - others - ROUNDING_SLACK) / nameWeight;
      // A contradicting birth year, country, gender or type lowers the reach by what it costs.
      if (!options.includeBelowThreshold && r + Math.min(0, others) < threshold) continue;
      const best = this.bestName(q, ent, model, minName);
      if (!best) continue;
      const numeric = this.features(q, ent.facts, best.eff, undefined, model);
      if (total(numeric) < threshold && !options.includeBelowThreshold) continue;
      const n = this.index.names[best.nameId];
      const match = describeNameMatch(q.name.tokens, n.tokens, best.cmp, n.full, n.kind);
      const features = this.features(q, ent.facts, best.eff, match, model);
      const score = total(features);
      matches.push(this.toMatch(q, ent, { score, features, nameCmp: best.cmp, nameId: best.nameId }, threshold));
      insertSorted(kept, score);
    }
    matches.sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
    return { query, threshold, algorithm: model.name, matches: matches.slice(0, limit), candidates: candidates.length };
  }

  checkOptions(options: ScreeningOptions): void {
    checkThreshold(options.threshold ?? withWeights(this.model, options.weights).threshold);
  }

  compare(name1: string, name2: string, schema?: Schema, options: ScreeningOptions = {}): PairComparison {
    const model = withWeights(this.model, options.weights);
    const threshold = checkThreshold(options.threshold ?? model.threshold);
    const q = prepareQuery({ name: name1, schema });
    const other = prepareQuery({ name: name2, schema }).name;
    const cmp = compareTokens(q.name.tokens, other.tokens, this.weight, q.joined, undefined, q.surname, surnameIndex(other, schema));
    const facts: EntityFacts = { schema: schema ?? 'Person', birthDates: [], countries: [], identifiers: [] };
    const name = describeNameMatch(q.name.tokens, other.tokens, cmp, name2, 'primary');
    const features = this.features(q, facts, cmp.score, name, model);
    const score = total(features);
    return { name1, name2, schema, score, match: score >= threshold, threshold, name, features, explanation: summarise(score, threshold, features) };
  }

  /**
   * The highest total a candidate covering `coverage` of the query (as estimated by the index) could
   * reach: near parts are estimated low, so the estimate is scaled up before it bounds the name score.
   */
  private reach(model: AlgorithmModel, q: PreparedQuery, unreachable: number): (coverage: number) => number {
    const positive = model.features.filter((f) => f.compare && f.weight > 0 && (f.name !== 'identifier_match' || q.facts.identifiers.length > 0))
      .reduce((a, f) => a + f.weight, 0);
    const nameWeight = model.features.find((f) => !f.compare)?.weight ?? 1;
    return (coverage) => nameWeight * (QUERY_SHARE * Math.min(1, COVERAGE_SLACK * coverage + 0.9 * unreachable) + (1 - QUERY_SHARE)) + positive;
  }

  /**
   * The entity's name that best matches the query (a weak alias counts a little less), if one can
   * reach `minName`: a name whose bound falls short of it, or of a better name already found, is not
   * aligned.
   */
  private bestName(q: PreparedQuery, ent: IndexedEntity, model: AlgorithmModel, minName: number): { cmp: NameComparison; nameId: number; eff: number } | undefined {
    let best: { cmp: NameComparison; nameId: number; eff: number } | undefined;
    // A candidate's other names that share no reached key with the query are not compared: they could
    // only align through initials or through typos of two edits or more in long parts, and another of
    // the entity's names already shares a part with the query.
    const prefilter = ent.names.length > 1 && !q.name.tokens.some((t) => t.initial)
      && ent.names.some((id) => this.finder.reached(this.index.names[id].keyIds));
    for (const nameId of ent.names) {
      const n = this.index.names[nameId];
      // A name sharing no reached key with the query cannot align with it: skip it.
      if (prefilter && !this.finder.reached(n.keyIds)) continue;
      const factor = n.kind === 'weak_alias' ? model.weakAliasFactor : 1;
      let cmp = q.compared.get(n.signature);
      if (!cmp) {
        const bound = factor * nameScoreBound(q.name.tokens, n.tokens, this.weight, q.joined, n.joined, this.sims, q.surname);
        if (bound < minName || (best && bound <= best.eff)) continue;
        cmp = compareTokens(q.name.tokens, n.tokens, this.weight, q.joined, n.joined, q.surname, n.surname, this.sims);
        q.compared.set(n.signature, cmp);
      }
      const eff = cmp.score * factor;
      if (!best || eff > best.eff) best = { cmp, nameId, eff };
    }
    return best;
  }

  /** The sum of the contributions of every feature but the name. */
  private otherFeatures(q: PreparedQuery, facts: EntityFacts, model: AlgorithmModel): number {
    let sum = 0;
    for (const f of model.features) if (f.compare) sum += round(f.compare(q.facts, facts).score * f.weight);
    return sum;
  }

  /** Every feature's score and contribution; the name sentence only when `match` is given. */
  private features(q: PreparedQuery, facts: EntityFacts, nameScore: number, match: ReturnType<typeof describeNameMatch> | undefined, model: AlgorithmModel): FeatureExplanation[] {
    const out: FeatureExplanation[] = [];
    for (const f of model.features) {
      if (!f.compare) {
        const detail = !match ? '' : nameDetail(q.name.original, match) + (match.kind === 'weak_alias' ? ` (weak alias: counted at ${model.weakAliasFactor})` : '');
        out.push({ feature: f.name, score: round(nameScore), weight: f.weight, contribution: round(nameScore * f.weight), detail });
        continue;
      }
      const r = f.compare(q.facts, facts);
      out.push({ feature: f.name, score: round(r.score), weight: f.weight, contribution: round(r.score * f.weight), detail: r.detail });
    }
    return out;
  }

  private toMatch(q: PreparedQuery, ent: IndexedEntity, s: Scored, threshold: number): ScreeningMatch {
    const n = this.index.names[s.nameId];
    return {
      entityId: ent.id,
      source: ent.source,
      schema: ent.facts.schema,
      caption: ent.caption,
      score: s.score,
      match: s.score >= threshold,
      programs: ent.programs,
      name: describeNameMatch(q.name.tokens, n.tokens, s.nameCmp, n.full, n.kind),
      features: s.features,
      explanation: summarise(s.score, threshold, s.features),
    };
  }
}

/** Insert into an ascending array. */
function insertSorted(a: number[], x: number): void {
  let i = a.length;
  a.push(x);
  while (i > 0 && a[i - 1] > x) (a[i] = a[i - 1]), i--;
  a[i] = x;
}

function total(features: FeatureExplanation[]): number {
  const sum = features.reduce((a, f) => a + f.contribution, 0);
  return round(Math.min(1, Math.max(0, sum)));
}

function checkThreshold(t: number): number {
  if (!Number.isFinite(t) || t < 0 || t > 1) throw new ChokepointError('INVALID_INPUT', `threshold ${t} is not between 0 and 1`, { field: 'threshold' });
  return t;
}
