/**
 * A Chokepoint match as a yente scored result (ScoredEntityResponse): the entity, its score and match
 * flag, `features` (feature name -> score, as yente 4 has it), `explanations` (feature name -> score and
 * the sentence saying why, as yente 5 has it) and the one-paragraph explanation.
 */
import type { Entity } from '../../model/entity.js';
import type { ScreeningMatch } from '../../matching/types.js';
import { toYenteEntity, type YenteEntity } from './entity.js';

export interface FeatureResult {
  score: number;
  detail: string;
  weight: number;
  contribution: number;
}

export interface ScoredEntity extends YenteEntity {
  score: number;
  match: boolean;
  features: Record<string, number>;
  explanations: Record<string, FeatureResult>;
  explanation: string;
}

export function scoredEntity(m: ScreeningMatch, entity: Entity, lastSeen: string | null, threshold: number): ScoredEntity {
  const features: Record<string, number> = {};
  const explanations: Record<string, FeatureResult> = {};
  for (const f of m.features) {
    features[f.feature] = f.score;
    explanations[f.feature] = { score: f.score, detail: f.detail, weight: f.weight, contribution: f.contribution };
  }
  return {
    ...toYenteEntity(entity, lastSeen),
    score: m.score,
    // The request's threshold decides, also for results kept under it by a lower cutoff.
    match: m.score >= threshold,
    features,
    explanations,
    explanation: m.explanation,
  };
}
