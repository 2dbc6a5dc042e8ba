/**
 * The goods classifier: free text -> ranked HS-6 candidates with confidence, CHPL tier and explanation.
 * Pure: built once from loaded tables; no I/O, clock or environment.
 */
import { DECLARED_CODE_WEIGHT, findDeclaredCode } from './declared-code.js';
import { ASSEMBLY_CHIP_FACTOR, isChipCode, mentionsAssembly } from './assembly-cue.js';
import { modifierSpans, positionFactor, splitHead } from './modifiers.js';
import { matchPartNumbers, PART_PATTERNS } from './part-numbers.js';
import type { PartPattern } from './part-pattern.js';
import { DEFAULT_WEIGHTS, rank, type ScoreWeights } from './score.js';
import { matchSynonyms, SYNONYM_RULES } from './synonyms.js';
import type { CompiledRule } from './synonym-rule.js';
import { buildTextIndex } from './text-index.js';
import { normalizeText } from './normalize.js';
import type { Candidate, ChplItem, ClassifyOptions, Evidence, GoodsTables, HsNode } from './types.js';
import { explain } from './explain.js';
import { buildPartsMap, PART_WORDS } from './parts-of.js';

/**
 * What a part named by its machine scores beyond the machine's own synonym: enough to outweigh the
 * part's material ("carbon fibre frame for a drone" is a drone part, not an article of carbon fibre).
 */
const PARTS_BONUS = 3;
/** Index terms that say "a part" without saying which. */
const GENERIC_PART_TERMS = new Set(['part', 'spare', 'component', 'accessory', 'accessorie']);
import { translateToEnglish } from './glossary.js';

/** Weight of a search on the glossary's English reading, relative to a search on the words as written. */
const TRANSLATED_FACTOR = 0.9;

export interface ClassifierConfig {
  weights?: Partial<ScoreWeights>;
  partPatterns?: readonly PartPattern[];
  synonyms?: readonly CompiledRule[];
}

export interface Classifier {
  classify(text: string, options?: ClassifyOptions): Candidate[];
}

export function buildClassifier(tables: GoodsTables, config: ClassifierConfig = {}): Classifier {
  const weights = { ...DEFAULT_WEIGHTS, ...config.weights };
  const parts = config.partPatterns ?? PART_PATTERNS;
  const synonyms = config.synonyms ?? SYNONYM_RULES;
  const nodes = new Map<string, HsNode>(tables.hs.map((n) => [n.code, n]));
  const chpl = new Map<string, ChplItem>(tables.chpl.map((c) => [c.hs6, c]));
  const index = buildTextIndex(tables.hs);
  const partsMap = buildPartsMap(tables.hs);
  /**
   * The parts subheading of a heading that best fits the part's words, else the part's and the machine's
   * words together, else its "n.e.c." or last one.
   */
  const partsTarget = (heading: string, queries: string[]): string | undefined => {
    const options = partsMap.get(heading);
    if (!options?.length) return undefined;
    const allowed = new Set(options);
    for (const words of queries) {
      const byText = index.search(words, 400).find((h) => allowed.has(h.hs6) && h.matched.some((t) => !GENERIC_PART_TERMS.has(t)));
      if (byText) return byText.hs6;
    }
    return options.find((c) => /n\.e\.c|other/i.test(nodes.get(c)?.description ?? '')) ?? options[options.length - 1];
  };

  function collect(text: string): Map<string, Evidence[]> {
    const out = new Map<string, Evidence[]>();
    const add = (hs6: string, e: Evidence) => {
      if (!nodes.has(hs6) || e.score <= 0) return;
      const list = out.get(hs6) ?? [];
      list.push(e);
      out.set(hs6, list);
    };
    const lower = text.normalize('NFKC').toLowerCase();
    const spans = modifierSpans(lower);
    const assembly = mentionsAssembly(lower);
    const declared = findDeclaredCode(text);
    if (declared) add(declared.hs6, { kind: 'declared-code', rule: 'declared HS code', matched: declared.matched, score: DECLARED_CODE_WEIGHT * weights.declaredCode, detail: 'HS code written in the description (a claim to verify)' });
    const partHits = matchPartNumbers(text, parts);
    for (const hit of partHits) {
      const f = positionFactor(hit.index, spans) * (assembly && isChipCode(hit.pattern.hs6) ? ASSEMBLY_CHIP_FACTOR : 1);
      add(hit.pattern.hs6, { kind: 'part-number', rule: hit.pattern.name, matched: hit.matched, score: hit.pattern.weight * weights.partNumber * f, detail: hit.pattern.evidence });
    }
    const norm = normalizeText(text);
    const normSpans = modifierSpans(norm);
    const synonymHits = matchSynonyms(text, synonyms);
    const specific = new Set([...partHits.map((h) => h.pattern.hs6.slice(0, 4)), ...synonymHits.filter((h) => !h.rule.fallback).map((h) => h.rule.hs6.slice(0, 4))]);
    for (const hit of synonymHits) {
      if (hit.rule.fallback && specific.has(hit.rule.hs6.slice(0, 4))) continue;
      const f = positionFactor(hit.start, normSpans);
      add(hit.rule.hs6, { kind: 'keyword', rule: hit.rule.name, matched: hit.matched, score: hit.rule.weight * weights.keyword * f, detail: `synonym of '${hit.rule.name}'` });
    }
    const { head, modifier } = splitHead(norm, normSpans);
    // A part named by what it is for: the parts subheading of the machine the modifier names.
    const partWord = PART_WORDS.exec(head);
    if (partWord) {
      const machines = synonymHits.filter((h) => positionFactor(h.start, normSpans) < 1 && !h.rule.fallback).map((h) => ({ hs6: h.rule.hs6, weight: h.rule.weight, name: h.rule.name }));
      for (const m of machines) {
        const target = partsTarget(m.hs6.slice(0, 4), [head, `${head} ${m.name} ${nodes.get(m.hs6)?.description ?? ''}`]);
        if (target && target !== m.hs6) {
          add(target, { kind: 'parts-of', rule: `parts of heading ${m.hs6.slice(0, 4)}`, matched: partWord[0], score: (m.weight + PARTS_BONUS) * weights.keyword, detail: `for ${m.name} (heading ${m.hs6.slice(0, 4)}), whose parts the HS puts in ${target}` });
        }
      }
    }
    // Words of other languages are read in English through the glossary, so that the (English) HS texts
    // can be searched for them too: 'Rillenkugellager' is searched as 'ball bearings'.
    const translated = translateToEnglish(head);
    const readAs = translated.matched.map((m) => `'${m.source}' read as '${m.english}'`).join(', ');
    const searches: [string, number, string][] = [
      [head, 1, 'words of the HS subheading or heading text'],
      [modifier, positionFactor(0, [[0, 1]]), 'words of the HS subheading or heading text (in a "for ..." phrase)'],
      [translated.english, TRANSLATED_FACTOR, `words of the HS subheading or heading text, after translation (${readAs})`],
    ];
    for (const [part, f, detail] of searches) {
      if (!part) continue;
      const hits = index.search(part, 15);
      const best = hits[0]?.score ?? 0;
      if (best <= 0) continue;
      const trust = Math.min(1, best / weights.textSaturation);
      for (const h of hits) {
        add(h.hs6, { kind: 'text-match', rule: 'hs-text', matched: h.matched.join(' '), score: weights.text * trust * (h.score / best) ** 2 * f, detail });
      }
    }
    return out;
  }

  return {
    classify(text, options = {}) {
      const top = Math.max(1, options.top ?? 5);
      return rank(collect(text), weights, top).map((s) => {
        const node = nodes.get(s.hs6)!;
        const heading = nodes.get(node.parent);
        const item = chpl.get(s.hs6);
        const candidate: Candidate = {
          hs6: s.hs6,
          code: `${s.hs6.slice(0, 4)}.${s.hs6.slice(4)}`,
          description: node.description,
          heading: { code: node.parent, description: heading?.description ?? '' },
          confidence: s.confidence,
          ...(item ? { chpl: { tier: item.tier, description: item.description } } : {}),
          evidence: s.evidence,
          explanation: '',
        };
        candidate.explanation = explain(candidate);
        return candidate;
      });
    },
  };
}
