/** Match the curated multilingual synonyms against a description; the longest match wins overlaps. Pure. */
import { normalizeText } from './normalize.js';
import { compileRules, type CompiledRule } from './synonym-rule.js';
import { COMMODITY_SYNONYMS } from './synonyms-commodities.js';
import { DISTRIBUTOR_SYNONYMS } from './synonyms-distributor.js';
import { ELECTRONICS_SYNONYMS } from './synonyms-electronics.js';
import { GENERAL_SYNONYMS } from './synonyms-general.js';
import { MACHINERY_SYNONYMS } from './synonyms-machinery.js';

export const SYNONYM_RULES: readonly CompiledRule[] = compileRules([...DISTRIBUTOR_SYNONYMS, ...ELECTRONICS_SYNONYMS, ...MACHINERY_SYNONYMS, ...GENERAL_SYNONYMS, ...COMMODITY_SYNONYMS]);

export interface SynonymHit {
  rule: CompiledRule;
  matched: string;
  start: number;
  end: number;
}

/**
 * Every rule with a term found in the normalised text, keeping for each rule its longest match. A match
 * lying inside a longer match of another rule is dropped ("tapered roller bearing" beats "bearing").
 */
export function matchSynonyms(text: string, rules: readonly CompiledRule[] = SYNONYM_RULES): SynonymHit[] {
  const norm = normalizeText(text);
  const hits: SynonymHit[] = [];
  for (const rule of rules) {
    let best: SynonymHit | undefined;
    for (let k = 0; k < rule.res.length; k++) {
      if (!norm.includes(rule.keys[k])) continue;
      const m = rule.res[k].exec(norm);
      if (m && (!best || m[0].length > best.end - best.start)) best = { rule, matched: m[0], start: m.index, end: m.index + m[0].length };
    }
    if (best) hits.push(best);
  }
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.rule.hs6 !== h.rule.hs6 && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}
