/** Match the curated multilingual synonyms against a description; the longest match wins overlaps. Pure. */
import { normalizeText } from './normalize.js';
import { compileRules, type CompiledRule } from './synonym-rule.js';
import { CHPL_SYNONYMS } from './synonyms-chpl.js';
import { COMMODITY_SYNONYMS } from './synonyms-commodities.js';
import { DISTRIBUTOR_SYNONYMS } from './synonyms-distributor.js';
import { ELECTRONICS_SYNONYMS } from './synonyms-electronics.js';
import { GENERAL_SYNONYMS } from './synonyms-general.js';
import { MACHINERY_SYNONYMS } from './synonyms-machinery.js';
import { TRADE_SYNONYMS } from './synonyms-trade.js';

export const SYNONYM_RULES: readonly CompiledRule[] = compileRules([...DISTRIBUTOR_SYNONYMS, ...ELECTRONICS_SYNONYMS, ...MACHINERY_SYNONYMS, ...GENERAL_SYNONYMS, ...COMMODITY_SYNONYMS, ...TRADE_SYNONYMS, ...CHPL_SYNONYMS]);

export interface SynonymHit {
  rule: CompiledRule;
  matched: string;
  start: number;
  end: number;
}

/** Terms by their key (the letters every match contains), so that a text is tried only on terms it can hold. */
interface KeyIndex {
  byKey: Map<string, { rule: number; term: number }[]>;
  /** The lengths keys come in (1 to 3 characters). */
  lengths: number[];
}

const INDEXES = new WeakMap<readonly CompiledRule[], KeyIndex>();

function keyIndex(rules: readonly CompiledRule[]): KeyIndex {
  let index = INDEXES.get(rules);
  if (index) return index;
  const byKey = new Map<string, { rule: number; term: number }[]>();
  rules.forEach((rule, r) =>
    rule.keys.forEach((key, k) => {
      const list = byKey.get(key);
      if (list) list.push({ rule: r, term: k });
      else byKey.set(key, [{ rule: r, term: k }]);
    }),
  );
  index = { byKey, lengths: [...new Set([...byKey.keys()].map((k) => k.length))].sort((a, b) => a - b) };
  INDEXES.set(rules, index);
  return index;
}

/**
 * Every rule with a term found in the normalised text, keeping for each rule its longest match. A match
 * lying inside a longer match of another rule is dropped ("tapered roller bearing" beats "bearing").
 * Only the terms whose key occurs in the text are tried: every substring of key length is looked up.
 */
export function matchSynonyms(text: string, rules: readonly CompiledRule[] = SYNONYM_RULES): SynonymHit[] {
  const norm = normalizeText(text);
  const { byKey, lengths } = keyIndex(rules);
  const candidates = new Map<number, Set<number>>();
  const seen = new Set<string>();
  for (let i = 0; i < norm.length; i++) {
    for (const len of lengths) {
      if (i + len > norm.length) break;
      const sub = norm.slice(i, i + len);
      if (seen.has(sub)) continue;
      seen.add(sub);
      for (const { rule, term } of byKey.get(sub) ?? []) {
        const terms = candidates.get(rule);
        if (terms) terms.add(term);
        else candidates.set(rule, new Set([term]));
      }
    }
  }
  const hits: SynonymHit[] = [];
  for (const r of [...candidates.keys()].sort((a, b) => a - b)) {
    const rule = rules[r];
    let best: SynonymHit | undefined;
    for (const k of [...candidates.get(r)!].sort((a, b) => a - b)) {
      const m = rule.regex(k).exec(norm);
      if (m && (!best || m[0].length > best.end - best.start)) best = { rule, matched: m[0], start: m.index, end: m.index + m[0].length };
    }
    if (best) hits.push(best);
  }
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.rule.hs6 !== h.rule.hs6 && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}
