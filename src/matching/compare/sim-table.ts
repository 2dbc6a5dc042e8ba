/**
 * Similarities of the query's parts to list parts, remembered for one query. List parts come from the
 * index's vocabulary (each distinct part once, with an id), so the first time a query meets a list
 * part it is compared with every query part, and every later name that uses the part reads the row.
 * Parts without an id (a name compared on its own) get a fresh row each time.
 */
import type { NameToken } from '../normalize/name.js';
import { tokenSimilarity, type TokenSimilarity } from './token-similarity.js';

/** Rows of similarities: a list part -> its similarity to each of a set of query parts. */
export class SimilarityRows {
  private readonly slotOf: Int32Array;
  private readonly stamp: Int32Array;
  /** Row r holds cells[r * width + i] for query part i. */
  readonly cells: TokenSimilarity[] = [];
  private used = 0;
  private width = 0;
  private gen = 0;
  private parts: readonly NameToken[] = [];

  constructor(vocabulary = 0) {
    this.slotOf = new Int32Array(vocabulary);
    this.stamp = new Int32Array(vocabulary);
  }

  /** Start over with other query parts. */
  reset(parts: readonly NameToken[]): void {
    this.gen++;
    this.used = 0;
    this.parts = parts;
    this.width = parts.length;
  }

  /** Where the row of list part `c` starts in `cells`, computing it on first use. */
  row(c: NameToken): number {
    const id = c.id;
    const known = id !== undefined && id < this.stamp.length;
    if (known && this.stamp[id] === this.gen) return this.slotOf[id] * this.width;
    const slot = this.used++;
    if (known) {
      this.stamp[id] = this.gen;
      this.slotOf[id] = slot;
    }
    const base = slot * this.width;
    const cells = this.cells;
    const parts = this.parts;
    for (let k = 0; k < parts.length; k++) cells[base + k] = tokenSimilarity(parts[k], c);
    return base;
  }
}

/** The similarity rows of one query: its parts, and its adjacent parts written together. */
export class SimilarityTable {
  readonly singles: SimilarityRows;
  readonly pairs: SimilarityRows;

  constructor(vocabulary = 0) {
    this.singles = new SimilarityRows(vocabulary);
    this.pairs = new SimilarityRows(vocabulary);
  }

  begin(query: readonly NameToken[], joined: readonly { token: NameToken }[]): this {
    this.singles.reset(query);
    this.pairs.reset(joined.map((j) => j.token));
    return this;
  }
}
