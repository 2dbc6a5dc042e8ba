/** Match the part-number dictionary against a description. Pure. */
import { BEARING_PATTERNS, COMPONENT_PATTERNS, CONNECTOR_PATTERNS } from './part-numbers-other.js';
import { IC_PATTERNS } from './part-numbers-ics.js';
import type { PartPattern } from './part-pattern.js';

export const PART_PATTERNS: readonly PartPattern[] = [...IC_PATTERNS, ...BEARING_PATTERNS, ...CONNECTOR_PATTERNS, ...COMPONENT_PATTERNS];

export interface PartHit {
  pattern: PartPattern;
  matched: string;
  /** Offset of the match in the text. */
  index: number;
}

/** Every pattern that matches, with the token it matched (extended to the whole part number). */
export function matchPartNumbers(text: string, patterns: readonly PartPattern[] = PART_PATTERNS): PartHit[] {
  const upper = text.normalize('NFKC').toUpperCase();
  const lower = upper.toLowerCase();
  const hits: PartHit[] = [];
  for (const pattern of patterns) {
    const m = pattern.re.exec(upper);
    if (!m) continue;
    if (pattern.context && !pattern.context.test(lower)) continue;
    const rest = /^[A-Z0-9./#+-]*/.exec(upper.slice(m.index + m[0].length))?.[0] ?? '';
    hits.push({ pattern, matched: (m[0] + rest).replace(/[.,-]+$/, ''), index: m.index });
  }
  // One token is one piece of evidence per code: keep the strongest family that read it.
  return hits.filter((h) => !hits.some((o) => o !== h && o.index === h.index && o.pattern.hs6 === h.pattern.hs6 && (o.pattern.weight > h.pattern.weight || (o.pattern.weight === h.pattern.weight && hits.indexOf(o) < hits.indexOf(h)))));
}
