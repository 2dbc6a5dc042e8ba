/** Goods: HS 2022 nomenclature, Common High Priority List, and the free-text classifier. */
export { buildClassifier } from './classify.js';
export type { Classifier, ClassifierConfig } from './classify.js';
export { DEFAULT_WEIGHTS } from './score.js';
export type { ScoreWeights } from './score.js';
export { PART_PATTERNS, matchPartNumbers } from './part-numbers.js';
export { SYNONYM_RULES, matchSynonyms } from './synonyms.js';
export { CHPL_TIERS } from './types.js';
export type { Candidate, ChplItem, ChplTier, ClassifyOptions, Evidence, GoodsTables, HsNode } from './types.js';
