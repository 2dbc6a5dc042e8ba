/**
 * Goods named in a sentence, mapped to HS-6 (and CHPL tier) by the injected goods classifier. News
 * words are put in the words of an invoice first ("microchips" -> integrated circuits), and a weak
 * classification is dropped rather than shown. Pure.
 */
import type { Candidate } from '../../goods/types.js';

export interface GoodsRef {
  /** The words in the sentence. */
  text: string;
  start: number;
  end: number;
  hs6?: string;
  /** Dotted HS code, e.g. 8542.31. */
  code?: string;
  description?: string;
  chpl?: { tier: string; description: string };
  confidence?: number;
}

export type ClassifyGoods = (text: string) => Candidate[];

const TERM = /\b(?:(?:[\w-]+(?:-made|-produced|-origin)|western|american|european|us|u\.s\.|japanese|taiwanese|german|dual-use|military|high-priority|sensitive|advanced|cnc|electronic|navigation|thermal|radio|optical|aircraft|drone|missile|spare|precision)\s+){0,2}(?:micro ?chips?|chips|semiconductors?|integrated circuits?|micro-?electronics|microcontrollers?|microprocessors?|electronics|electronic (?:components|parts)|components|spare parts|parts|drones?|uavs?|ball bearings?|bearings|machine[- ]tools?|cnc machines?|lathes|transceivers?|navigation (?:modules|equipment|systems)|gnss (?:modules|receivers)|radars?|thermal[- ]imag\w+(?: cameras)?|optics|sensors|processors|fpgas?|capacitors|transistors|antennas|engines?|servo\w*|nitrocellulose|explosives|weapons|ammunition|artillery shells|shells|missiles?|rockets|military equipment|goods|items|oscilloscopes|gyroscopes|radios|cameras)\b/giu;

/** News wording -> the wording the classifier knows from invoices and the HS texts. */
const NEWS_WORDS: [RegExp, string][] = [
  [/\b(micro ?chips?|chips|microelectronics|micro-electronics|semiconductors?|processors|microprocessors?)\b/i, 'electronic integrated circuits processors'],
  [/\bdrones?\b|\buavs?\b/i, 'unmanned aircraft drone'],
  [/\bengines?\b/i, 'aircraft engine'],
  [/\bartillery shells|shells\b/i, 'artillery ammunition'],
  [/\bradios\b/i, 'radio transceivers'],
];
const GENERIC = /^(goods|items|components|parts|spare parts|electronics|dual-use goods|dual-use items|military goods|high-priority goods|high-priority items|sensitive goods)$/i;

export function goodsIn(sentence: string, offset: number, classify?: ClassifyGoods): GoodsRef[] {
  const out: GoodsRef[] = [];
  for (const m of sentence.matchAll(TERM)) {
    const text = m[0];
    const ref: GoodsRef = { text, start: m.index! + offset, end: m.index! + text.length + offset };
    if (classify && !GENERIC.test(text.replace(/^(western|american|european|us|u\.s\.)\s+/i, ''))) {
      let query = text;
      for (const [re, words] of NEWS_WORDS) if (re.test(query)) query = `${query} ${words}`;
      const best = classify(query)[0];
      // A weak guess is worse than none: keep a code only when the classifier is reasonably sure.
      if (best && (best.confidence >= 0.25 || (best.chpl && best.confidence >= 0.15))) {
        Object.assign(ref, { hs6: best.hs6, code: best.code, description: best.description, confidence: best.confidence, ...(best.chpl ? { chpl: best.chpl } : {}) });
      }
    }
    out.push(ref);
  }
  return out;
}
