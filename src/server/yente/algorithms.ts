/**
 * Algorithms as yente names them. Chokepoint has its own; the names yente clients send (`best`,
 * `logic-v1`, ...) select it rather than failing the request, and any other name is refused with 400
 * as yente refuses it. Feature docs describe Chokepoint's features with their weights as coefficients.
 */
import { algorithm, DEFAULT_ALGORITHM } from '../../matching/algorithms/index.js';
import type { AlgorithmModel } from '../../matching/algorithms/model.js';
import { badRequest } from './errors.js';

const YENTE_NAMES = new Set([
  'best', 'default', 'logic-v1', 'logic-v2', 'name-based', 'name-qualified', 'regression-v1', 'regression-v2', 'regression-v3', 'ofac-249',
]);

export interface FeatureDoc {
  description: string | null;
  coefficient: number;
  url: string;
}

/** The Chokepoint algorithm a yente `algorithm` parameter selects. */
export function resolveAlgorithm(name: string | undefined): AlgorithmModel {
  if (name === undefined || YENTE_NAMES.has(name)) return algorithm();
  try {
    return algorithm(name);
  } catch {
    throw badRequest(`Invalid algorithm: ${name}`);
  }
}

/** Feature docs (yente's `matcher`): each feature's weight, with a request's overrides applied. */
export function featureDocs(model: AlgorithmModel, weights: Readonly<Record<string, number>> = {}): Record<string, FeatureDoc> {
  const docs: Record<string, FeatureDoc> = {};
  for (const f of model.features) docs[f.name] = { description: null, coefficient: weights[f.name] ?? f.weight, url: '' };
  return docs;
}

/** A request's weights for features this algorithm has; yente ignores weights of features it lacks. */
export function knownWeights(model: AlgorithmModel, weights: Readonly<Record<string, number>> | undefined): Record<string, number> | undefined {
  if (!weights) return undefined;
  const known = Object.entries(weights).filter(([k]) => model.features.some((f) => f.name === k));
  return known.length ? Object.fromEntries(known) : undefined;
}

/** GET /algorithms. */
export function algorithmsResponse() {
  const model = algorithm();
  return {
    algorithms: [{ name: model.name, description: model.description, features: featureDocs(model) }],
    default: DEFAULT_ALGORITHM,
    best: DEFAULT_ALGORITHM,
  };
}
