/** An algorithm is declarative: which comparisons, with which weights, and the default threshold. */
import type { Comparison } from '../compare/types.js';

export interface FeatureSpec {
  /** Predicate-style name, shown in explanations and used to override the weight in a request. */
  name: string;
  /** Signed weight: positive features support a match, negative ones speak against it. */
  weight: number;
  /** Absent for `name_match`, which the name alignment computes. */
  compare?: Comparison;
}

export interface AlgorithmModel {
  name: string;
  description: string;
  threshold: number;
  /** Multiplier for a match that rests only on a weak alias ("low quality a.k.a."). */
  weakAliasFactor: number;
  features: FeatureSpec[];
}
