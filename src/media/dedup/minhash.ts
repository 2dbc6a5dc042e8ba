/**
 * MinHash signatures over shingle hashes, and LSH banding to find candidate pairs without comparing
 * every pair. With b bands of r rows, two documents with Jaccard similarity s become candidates with
 * probability 1 - (1 - s^r)^b; clustering uses 42 bands x 3 rows (126 permutations): s = 0.4 becomes
 * a candidate with probability 0.94, s = 0.5 with 0.996, unrelated texts (s < 0.1) with under 0.05.
 */

export interface MinHashOptions { permutations?: number; seed?: number }

/** Per-permutation seeds from a xorshift generator started at `seed`. */
function seeds(n: number, seed: number): Uint32Array {
  let state = (seed ^ 0x9e3779b9) >>> 0 || 1;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    out[i] = state;
  }
  return out;
}

export interface MinHasher {
  readonly permutations: number;
  signature(shingles: Uint32Array): Uint32Array;
}

/**
 * A MinHash function family; the same options always give the same signatures. Permutation i is the
 * 32-bit murmur3 finaliser of (x xor seed_i): integer-only, so a signature costs a few multiplications
 * per shingle and permutation.
 */
export function createMinHasher(options: MinHashOptions = {}): MinHasher {
  const n = options.permutations ?? 128;
  const seed = seeds(n, options.seed ?? 1);
  return {
    permutations: n,
    signature(shingles: Uint32Array): Uint32Array {
      const sig = new Uint32Array(n).fill(0xffffffff);
      for (let j = 0; j < shingles.length; j++) {
        const x = shingles[j];
        for (let i = 0; i < n; i++) {
          let h = (x ^ seed[i]) >>> 0;
          h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
          h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
          h ^= h >>> 16; h >>>= 0;
          if (h < sig[i]) sig[i] = h;
        }
      }
      return sig;
    },
  };
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return x.length === 0 ? 0 : same / x.length;
}

/** LSH band keys of a signature: one string per band of `rows` values. */
export function bandKeys(sig: Uint32Array, rows: number): string[] {
  const keys: string[] = [];
  for (let start = 0, band = 0; start + rows <= sig.length; start += rows, band++) {
    keys.push(`${band}:${Array.from(sig.subarray(start, start + rows)).join(',')}`);
  }
  return keys;
}
