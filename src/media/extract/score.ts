/**
 * The article-extraction benchmark metric (scrapinghub/article-extraction-benchmark), reimplemented:
 * tokens are `\w+` matches (Unicode letters, numbers, underscore, as Python's `re` defines `\w`); each
 * text becomes a multiset of 4-token shingles (a text with fewer than 4 tokens gives one shorter
 * shingle); per document TP/FP/FN are multiset overlaps normalised to sum to 1; precision and recall
 * are averaged over documents and F1 is the harmonic mean of the two averages.
 */

export interface ShingleCounts { tp: number; fp: number; fn: number }
export interface ExtractionScore { precision: number; recall: number; f1: number; documents: number }

const WORD = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens, with Python's Unicode definition of a word character (marks are not word characters). */
export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingleBag(text: string, n: number): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const bag = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** Normalised TP/FP/FN of one predicted text against its ground truth. */
export function shingleMatching(truth: string, predicted: string, n = 4): ShingleCounts {
  const t = shingleBag(truth, n);
  const p = shingleBag(predicted, n);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Macro-averaged precision and recall over documents; F1 of the two averages (the benchmark's table). */
export function aggregateScore(perDocument: ShingleCounts[]): ExtractionScore {
  const precision = mean(perDocument.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(perDocument.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, documents: perDocument.length };
}

/** Per-document F1, for finding the worst documents. */
export function documentF1(c: ShingleCounts): number {
  const p = precisionOf(c), r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
