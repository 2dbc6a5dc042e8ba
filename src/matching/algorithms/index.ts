/** The registry of algorithms, by name. */
import { ChokepointError } from '../../errors.js';
import type { AlgorithmModel } from './model.js';
import { CHOKEPOINT_V1 } from './default/model.js';

const ALGORITHMS: Record<string, AlgorithmModel> = { [CHOKEPOINT_V1.name]: CHOKEPOINT_V1 };

export const DEFAULT_ALGORITHM = CHOKEPOINT_V1.name;

export function algorithm(name = DEFAULT_ALGORITHM): AlgorithmModel {
  const a = ALGORITHMS[name];
  if (!a) throw new ChokepointError('INVALID_INPUT', `unknown algorithm '${name}'; known: ${Object.keys(ALGORITHMS).join(', ')}`, { field: 'algorithm' });
  return a;
}

/** The model with a request's weight overrides applied; unknown feature names are an error. */
export function withWeights(model: AlgorithmModel, weights?: Partial<Record<string, number>>): AlgorithmModel {
  if (!weights) return model;
  for (const k of Object.keys(weights)) {
    if (!model.features.some((f) => f.name === k)) {
      throw new ChokepointError('INVALID_INPUT', `unknown feature '${k}'; features: ${model.features.map((f) => f.name).join(', ')}`, { field: `weights.${k}` });
    }
  }
  return { ...model, features: model.features.map((f) => (weights[f.name] === undefined ? f : { ...f, weight: weights[f.name]! })) };
}
