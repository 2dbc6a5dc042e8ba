/**
 * Clusters of syndicated copies: the same wire story republished by several outlets with small edits
 * (a different headline, a dropped paragraph, a local byline). Candidate pairs come from MinHash LSH;
 * a pair is joined when its exact shingle Jaccard similarity reaches the threshold, or when the
 * shorter text is nearly contained in the longer (a copy cut short); clusters are the connected
 * components. Every member keeps its source, so a cluster lists all outlets that carried the story.
 */
import { bandKeys, createMinHasher, type MinHasher } from './minhash.js';
import { jaccard, shingleHashes } from './shingles.js';

export interface DedupDocument {
  id: string;
  text: string;
  source?: string | null;
  url?: string | null;
  published?: string | null;
  /** Its LSH band keys when already computed (dedupKeys, same options), so they are not computed twice. */
  bands?: string[];
}

export interface DuplicateCluster {
  /** The representative: the earliest published member, else the longest text. */
  canonicalId: string;
  members: { id: string; source: string | null; url: string | null; similarity: number }[];
  sources: string[];
}

export interface ClusterOptions {
  /**
   * Jaccard similarity of 4-word shingle sets from which two texts are copies. Default 0.5. (Different
   * articles on the benchmark's 181 pages reach at most 0.15; one word edited in twenty-five already
   * costs a copy about 0.2.)
   */
  threshold?: number;
  /** Share of the shorter text's shingles found in the longer from which it is a cut copy. Default 0.7 (different articles: at most 0.28). */
  containment?: number;
  shingleSize?: number;
  bands?: number;
  rows?: number;
}

function containment(a: Uint32Array, b: Uint32Array): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 0) return 0;
  const set = new Set(large);
  let inside = 0;
  for (const x of small) if (set.has(x)) inside++;
  return inside / small.length;
}

/** Groups near-duplicate documents; singletons are returned as clusters of one. */
export function clusterDuplicates(docs: DedupDocument[], options: ClusterOptions = {}): DuplicateCluster[] {
  const { threshold = 0.5, shingleSize = 4, bands = 42, rows = 3 } = options;
  const minContainment = options.containment ?? 0.7;
  const hasher = createMinHasher({ permutations: bands * rows });
  const shingles = docs.map((d) => shingleHashes(d.text, shingleSize));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const best = new Float64Array(docs.length);

  const buckets = new Map<string, number[]>();
  shingles.forEach((s, i) => {
    if (s.length === 0) return;
    for (const key of docs[i].bands ?? bandKeys(hasher.signature(s), rows)) {
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
  });
  const checked = new Set<string>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x], j = list[y];
        const pair = `${i},${j}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        const sim = jaccard(shingles[i], shingles[j]);
        if (sim >= threshold || containment(shingles[i], shingles[j]) >= minContainment) {
          parent[find(i)] = find(j);
          best[i] = Math.max(best[i], sim);
          best[j] = Math.max(best[j], sim);
        }
      }
    }
  }

  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i); else groups.set(r, [i]);
  });
  return Array.from(groups.values(), (idx) => {
    const canonical = idx.reduce((a, b) => {
      const pa = docs[a].published ?? '\uffff', pb = docs[b].published ?? '\uffff';
      if (pa !== pb) return pa < pb ? a : b;
      return docs[b].text.length > docs[a].text.length ? b : a;
    });
    const members = idx.map((i) => ({ id: docs[i].id, source: docs[i].source ?? null, url: docs[i].url ?? null, similarity: i === canonical ? 1 : best[i] }));
    const sources = Array.from(new Set(idx.map((i) => docs[i].source).filter((s): s is string => !!s)));
    return { canonicalId: docs[canonical].id, members, sources };
  });
}

/** Hash families by their number of permutations (the same options always give the same family). */
const HASHERS = new Map<number, MinHasher>();

/**
 * For matching a new article against those filed earlier: its LSH band keys (the same banding as
 * clusterDuplicates), to look candidates up by, and the test a candidate must then pass.
 */
export function dedupKeys(text: string, options: ClusterOptions = {}): string[] {
  const { shingleSize = 4, bands = 42, rows = 3 } = options;
  const s = shingleHashes(text, shingleSize);
  if (s.length === 0) return [];
  let hasher = HASHERS.get(bands * rows);
  if (!hasher) HASHERS.set(bands * rows, (hasher = createMinHasher({ permutations: bands * rows })));
  return [...new Set(bandKeys(hasher.signature(s), rows))];
}

/** Whether two texts are copies of one story: shingle Jaccard over the threshold, or one nearly inside the other. */
export function isCopy(a: string, b: string, options: ClusterOptions = {}): { copy: boolean; similarity: number } {
  const { threshold = 0.5, shingleSize = 4 } = options;
  const x = shingleHashes(a, shingleSize), y = shingleHashes(b, shingleSize);
  const similarity = jaccard(x, y);
  return { copy: similarity >= threshold || containment(x, y) >= (options.containment ?? 0.7), similarity };
}

