/**
 * Turn raw evidence into ranked candidates. The weights live here, in one declarative table, so that a
 * caller may override them. Pure.
 */
import type { Evidence } from './types.js';

export interface ScoreWeights {
  /** Multiplier for part-number evidence. */
  partNumber: number;
  /** Multiplier for an HS code written in the text. */
  declaredCode: number;
  /** Multiplier for curated synonym evidence. */
  keyword: number;
  /** Score given to the best BM25 match of the HS texts (others scaled by their share of it). */
  text: number;
  /** BM25 score at which the text match is trusted fully (below, it is scaled down). */
  textSaturation: number;
  /** Scale of the saturation curve turning a total score into confidence. */
  confidenceScale: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = { partNumber: 1, declaredCode: 1, keyword: 1, text: 2.5, textSaturation: 10, confidenceScale: 4 };

export interface Scored {
  hs6: string;
  score: number;
  confidence: number;
  evidence: Evidence[];
}

/** Sum the evidence per code, rank, and give each code a confidence in [0, 1]. */
export function rank(evidence: Map<string, Evidence[]>, weights: ScoreWeights, top: number): Scored[] {
  const scored = [...evidence.entries()]
    .map(([hs6, ev]) => ({ hs6, evidence: ev.sort((a, b) => b.score - a.score), score: ev.reduce((s, e) => s + e.score, 0) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.hs6.localeCompare(b.hs6))
    .slice(0, Math.max(top, 5));
  const total = scored.reduce((s, c) => s + c.score, 0);
  return scored.slice(0, top).map((c) => ({
    ...c,
    score: round(c.score),
    confidence: round((1 - Math.exp(-c.score / weights.confidenceScale)) * Math.sqrt(c.score / total)),
  }));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
