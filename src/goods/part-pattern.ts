/** The shape of a part-number rule: a named regex over the raw text, the HS-6 it implies, and why. */
export interface PartPattern {
  /** Family name shown in explanations, e.g. 'STM32 microcontroller'. */
  name: string;
  hs6: string;
  /** Matched against the upper-cased text; must not use the g flag. */
  re: RegExp;
  /** Strength of the evidence (2 = brand or hint, 4 = unambiguous part number). */
  weight: number;
  /** Why this family implies this code. */
  evidence: string;
  /** When set, the match only counts if this also matches the lower-cased text (context words). */
  context?: RegExp;
}

/** Start and end of a part number: not inside a longer alphanumeric token. */
export const S = '(?<![A-Z0-9])';
export const E = '(?![A-Z0-9])';
/** Start of a part number; it may continue with suffix letters and digits. */
export function pn(body: string): RegExp {
  return new RegExp(`${S}(?:${body})`);
}
