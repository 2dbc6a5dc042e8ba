/** The goods model: HS nomenclature rows, CHPL items, and what the classifier returns. */

export type HsLevel = 2 | 4 | 6;

/** One row of the HS nomenclature: a chapter (2 digits), heading (4) or subheading (6). */
export interface HsNode {
  code: string;
  level: HsLevel;
  description: string;
  /** Parent code ('TOTAL' for chapters). */
  parent: string;
  section: string;
}

export const CHPL_TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'] as const;
export type ChplTier = (typeof CHPL_TIERS)[number];

/** One Common High Priority List item. */
export interface ChplItem {
  hs6: string;
  tier: ChplTier;
  description: string;
  source: string;
}

/** The loaded reference tables the classifier works on. */
export interface GoodsTables {
  hs: readonly HsNode[];
  chpl: readonly ChplItem[];
}

/** One piece of evidence for a candidate code. */
export interface Evidence {
  kind: 'declared-code' | 'part-number' | 'keyword' | 'text-match' | 'parts-of';
  /** Name of the rule (part-number family, synonym concept, or 'hs-text'). */
  rule: string;
  /** The words or part number in the input that fired. */
  matched: string;
  score: number;
  detail: string;
}

export interface Candidate {
  hs6: string;
  /** Dotted form, e.g. 8482.10. */
  code: string;
  description: string;
  heading: { code: string; description: string };
  confidence: number;
  chpl?: { tier: ChplTier; description: string };
  evidence: Evidence[];
  explanation: string;
}

export interface ClassifyOptions {
  /** How many candidates to return (default 5). */
  top?: number;
}
