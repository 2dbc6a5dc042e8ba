/**
 * A BM25 index over HS-6 subheading texts. Each subheading's document is its own description plus the
 * description of its heading (a subheading such as "Other" only means something under its heading).
 * Pure: built from the loaded tables, no I/O.
 */
import { terms } from './normalize.js';
import type { HsNode } from './types.js';

export interface TextHit {
  hs6: string;
  score: number;
  /** Query terms found in the document. */
  matched: string[];
}

export interface TextIndex {
  search(query: string, limit?: number): TextHit[];
}

const K1 = 1.2;
const B = 0.6;
/** Weight of a heading's words in its subheadings' documents, relative to the subheading's own words. */
const HEADING_WEIGHT = 0.5;

export function buildTextIndex(hs: readonly HsNode[]): TextIndex {
  const headings = new Map(hs.filter((n) => n.level === 4).map((n) => [n.code, n.description]));
  const docs = hs
    .filter((n) => n.level === 6)
    .map((n) => {
      const tf = new Map<string, number>();
      for (const t of terms(n.description)) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of terms(headings.get(n.parent) ?? '')) tf.set(t, (tf.get(t) ?? 0) + HEADING_WEIGHT);
      let len = 0;
      for (const v of tf.values()) len += v;
      return { hs6: n.code, tf, len };
    });
  const avgLen = docs.reduce((s, d) => s + d.len, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const t of d.tf.keys()) {
      df.set(t, (df.get(t) ?? 0) + 1);
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const idf = (t: string) => {
    const n = df.get(t) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };

  return {
    search(query, limit = 10) {
      const q = [...new Set(terms(query))];
      const acc = new Map<number, { score: number; matched: string[] }>();
      for (const t of q) {
        const w = idf(t);
        for (const i of postings.get(t) ?? []) {
          const d = docs[i];
          const f = d.tf.get(t) ?? 0;
          const s = (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.len) / avgLen));
          const a = acc.get(i) ?? { score: 0, matched: [] };
          a.score += s;
          a.matched.push(t);
          acc.set(i, a);
        }
      }
      return [...acc.entries()]
        .map(([i, a]) => ({ hs6: docs[i].hs6, score: a.score, matched: a.matched }))
        .sort((x, y) => y.score - x.score || x.hs6.localeCompare(y.hs6))
        .slice(0, limit);
    },
  };
}
