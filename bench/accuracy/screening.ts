/** Calling the engine for the benchmark: invalid queries counted rather than fatal, and match digests. */
import { isChokepointError } from '../../src/errors.js';
import type { ScreeningEngine, ScreeningMatch, ScreeningOptions, ScreeningQuery, ScreeningResult } from '../../src/matching/types.js';

export type Screened = { result: ScreeningResult; error?: undefined } | { result?: undefined; error: string };

/** screen(), with INVALID_INPUT turned into an error string the benchmark counts. */
export function tryScreen(engine: ScreeningEngine, query: ScreeningQuery, options?: ScreeningOptions): Screened {
  try {
    return { result: engine.screen(query, options) };
  } catch (e) {
    if (isChokepointError(e) && e.code === 'INVALID_INPUT') return { error: e.message };
    throw e;
  }
}

/** The fields of a match worth keeping in the JSON report and printing for a miss. */
export interface MatchDigest {
  entityId: string;
  source: string;
  caption: string;
  score: number;
  match: boolean;
  /** The list name that matched best. */
  matchedName: string;
  /** How tokens met: "exact:2 fuzzy:1". */
  how: string;
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** Features that moved the score, e.g. "name=0.91(+0.82) dob_year_disjoint(-0.20)". */
  features: string;
  /** Names of features that took score away. */
  against: string[];
}

export function digest(m: ScreeningMatch): MatchDigest {
  const how = new Map<string, number>();
  for (const a of m.name?.aligned ?? []) how.set(a.how, (how.get(a.how) ?? 0) + 1);
  return {
    entityId: m.entityId,
    source: m.source,
    caption: m.caption,
    score: round(m.score),
    match: m.match,
    matchedName: m.name?.name ?? '',
    how: [...how].map(([k, v]) => `${k}:${v}`).join(' '),
    unmatchedQuery: m.name?.unmatchedQuery ?? [],
    unmatchedCandidate: m.name?.unmatchedCandidate ?? [],
    features: (m.features ?? [])
      .filter((f) => f.contribution !== 0)
      .map((f) => `${f.feature}=${f.score.toFixed(2)}(${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)})`)
      .join(' '),
    against: (m.features ?? []).filter((f) => f.contribution < 0).map((f) => f.feature),
  };
}

/** One line for a printed example. */
export function matchLine(d: MatchDigest | undefined): string {
  if (!d) return '(no result)';
  const unmatched = d.unmatchedQuery.length ? ` unmatched query tokens: ${d.unmatchedQuery.join(' ')};` : '';
  return `${d.caption} [${d.source}] ${d.score.toFixed(3)} via "${d.matchedName}" (${d.how || 'no alignment'});${unmatched} ${d.features}`;
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Why a known-right entity was not a match: not retrieved at all, pushed down by contradicting
 * features (named), or a name score under the threshold.
 */
export function missCause(truth: MatchDigest | undefined, error?: string): string {
  if (error) return 'invalid query';
  if (!truth) return 'not retrieved (candidate generation)';
  if (truth.against.length) return `contradiction: ${[...new Set(truth.against)].sort().join('+')}`;
  if (truth.unmatchedQuery.length || truth.unmatchedCandidate.length) return 'name below threshold, unmatched tokens';
  return 'name below threshold, all tokens aligned';
}
