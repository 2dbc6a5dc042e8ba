/**
 * The name-screening contract: a query in, ranked matches out, each with a score in [0,1] and an
 * explanation of every feature that moved it. Pure types.
 */
import type { Entity, Schema } from '../model/entity.js';

export interface ScreeningQuery {
  /** The name to screen, in any script and any order ("MADURO MOROS, Nicolas", "Путин В. В."). */
  name: string;
  /** Restrict to, and compare against, one kind of subject. */
  schema?: Schema;
  /** Birth date as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  /** Countries (nationality, residence, registration), ISO alpha-2 or names. */
  countries?: string[];
  gender?: 'male' | 'female';
  /** Identifiers of any kind (passport, INN, IMO, BIC, ...): compared by their normalised value. */
  identifiers?: string[];
}

/** Per-request tuning: weights of comparisons by name, the threshold, and how many results. */
export interface ScreeningOptions {
  threshold?: number;
  limit?: number;
  weights?: Partial<Record<string, number>>;
  /** Only these sources (list keys). */
  sources?: string[];
  /** Keep results under the threshold too (for evaluation and review UIs). */
  includeBelowThreshold?: boolean;
}

/** One comparison's outcome: its raw score, weight, contribution to the total, and the sentence. */
export interface FeatureExplanation {
  feature: string;
  /** The comparison's own score: in [0,1] for supporting features, 1 for a contradiction that fired. */
  score: number;
  weight: number;
  /** What it added to (or, negative, took from) the final score. */
  contribution: number;
  /** A sentence a compliance analyst understands. */
  detail: string;
}

export interface TokenAlignment {
  query: string;
  candidate: string;
  score: number;
  /** How they met: exact, transliteration, phonetic, fuzzy (typo), initial, joined. */
  how: 'exact' | 'transliteration' | 'phonetic' | 'fuzzy' | 'initial' | 'joined';
}

export interface NameMatch {
  /** The list name (primary or alias) that matched best. */
  name: string;
  kind: string;
  score: number;
  aligned: TokenAlignment[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** A person's surname went unmatched on one side; the name score was lowered for it. */
  surnameMissed?: boolean;
}

export interface ScreeningMatch {
  entityId: string;
  source: string;
  schema: Schema;
  caption: string;
  score: number;
  /** Whether the score reached the threshold. */
  match: boolean;
  programs: string[];
  name: NameMatch;
  features: FeatureExplanation[];
  /** One-paragraph summary of why. */
  explanation: string;
}

export interface ScreeningResult {
  query: ScreeningQuery;
  threshold: number;
  algorithm: string;
  matches: ScreeningMatch[];
  /** Candidates considered before scoring (for diagnostics). */
  candidates: number;
}

/** Pair comparison (`chokepoint compare`). */
export interface PairComparison {
  name1: string;
  name2: string;
  schema?: Schema;
  score: number;
  match: boolean;
  threshold: number;
  name: NameMatch;
  features: FeatureExplanation[];
  explanation: string;
}

/** What a screening engine offers; built once per set of list versions, immutable afterwards. */
export interface ScreeningEngine {
  readonly algorithm: string;
  readonly size: { entities: number; names: number };
  screen(query: ScreeningQuery, options?: ScreeningOptions): ScreeningResult;
  /** Throw the error screen() would throw for these options (weights, threshold), without screening. */
  checkOptions(options: ScreeningOptions): void;
  compare(name1: string, name2: string, schema?: Schema, options?: ScreeningOptions): PairComparison;
}

export type EngineFactory = (entities: Iterable<Entity>) => ScreeningEngine;
