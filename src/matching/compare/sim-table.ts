/**
 * Similarities of the query's parts to list parts, remembered for one query. List parts come from the
 * index's vocabulary (each distinct part once, with an id), so the first time a query meets a list
 * part it is compared with every query part, and every later name that uses the part reads the row.
 * Parts without an id (a name compared on its own) get a fresh row each time.
 *
 * The rows are found through a small open-addressing hash of the ids met by this query, which stays
 * in the processor's cache, rather than through arrays as large as the vocabulary.
 */
import type { NameToken } from '../normalize/name.js';
import { NO_SIMILARITY, tokenSimilarity, type TokenSimilarity } from './token-similarity.js';

/** Rows of similarities: a list part -> its similarity to each of a set of query parts. */
class Rows {
  /** Row r holds cells[r * width + i] for query part i; row 0 is empty (no similarity). */
  readonly cells: TokenSimilarity[] = [];
  private used = 1;
  private width = 0;
  private parts: readonly NameToken[] = [];

  /**
   * `closeOnly`: the rows are read only for similarities of 0.85 or more, which need keys or letters
   * of about the same length (three edits at most) or the same consonant skeleton; a list part that
   * is neither to any query part gets the empty row without a comparison.
   */
  constructor(private readonly closeOnly: boolean) {}

  reset(parts: readonly NameToken[]): void {
    this.parts = parts;
    this.width = parts.length;
    for (let k = 0; k < parts.length; k++) this.cells[k] = NO_SIMILARITY;
    this.used = 1;
  }

  /** Compute the row of list part `c`; returns its start in `cells`. */
  compute(c: NameToken): number {
    const base = this.used++ * this.width;
    const cells = this.cells;
    const parts = this.parts;
    for (let k = 0; k < parts.length; k++) cells[base + k] = tokenSimilarity(parts[k], c);
    return base;
  }

  /** Whether `c` could be close to a query part; always true unless the rows are read for close matches only. */
  near(c: NameToken): boolean {
    if (!this.closeOnly) return true;
    const parts = this.parts;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      if (Math.abs(p.key.length - c.key.length) <= 3 || Math.abs(p.text.length - c.text.length) <= 3 || p.skel === c.skel) return true;
    }
    return false;
  }
}

const SINGLE = 1;
const PAIR = 2;
const JOINED = 3;
const STRIDE = 4;

/**
 * The similarity rows of one query: its parts against list parts (`singles`), its adjacent parts
 * written together against list parts (`pairs`), and its parts against a list name's adjacent parts
 * written together (`joined`). The last two are read only for close matches.
 */
export class SimilarityTable {
  private readonly rows = [new Rows(false), new Rows(false), new Rows(true), new Rows(true)];
  /** Hash entries of STRIDE ints: vocabulary id + 1 (0: empty), then the row start of each kind (-1: not yet). */
  private slots = new Int32Array(1024 * STRIDE);
  private mask = 1023;
  private count = 0;
  private readonly touched: number[] = [];

  get singleCells(): TokenSimilarity[] { return this.rows[SINGLE].cells; }
  get pairCells(): TokenSimilarity[] { return this.rows[PAIR].cells; }
  get joinedCells(): TokenSimilarity[] { return this.rows[JOINED].cells; }

  begin(query: readonly NameToken[], joined: readonly { token: NameToken }[]): this {
    for (const at of this.touched) this.slots[at] = 0;
    this.touched.length = 0;
    this.count = 0;
    this.rows[SINGLE].reset(query);
    this.rows[PAIR].reset(joined.map((j) => j.token));
    this.rows[JOINED].reset(query);
    return this;
  }

  /** Start in singleCells of the row of list part `c` against the query's parts. */
  single(c: NameToken): number {
    return this.row(c, SINGLE);
  }

  /** Start in pairCells of the row of list part `c` against the query's adjacent parts written together. */
  pair(c: NameToken): number {
    return this.row(c, PAIR);
  }

  /** Start in joinedCells of the row of a list name's adjacent parts written together against the query's parts. */
  joined(c: NameToken): number {
    return this.row(c, JOINED);
  }

  private row(c: NameToken, kind: number): number {
    const rows = this.rows[kind];
    if (!rows.near(c)) return 0;
    const id = c.id;
    if (id === undefined) return rows.compute(c);
    const at = this.entry(id);
    const slots = this.slots;
    let base = slots[at + kind];
    if (base < 0) base = slots[at + kind] = rows.compute(c);
    return base;
  }

  /** The hash entry of a vocabulary id, created empty if new. */
  private entry(id: number): number {
    const slots = this.slots;
    let h = Math.imul(id + 1, 0x9e3779b1) >>> 0;
    for (;;) {
      const at = (h & this.mask) * STRIDE;
      const k = slots[at];
      if (k === id + 1) return at;
      if (k === 0) {
        if (++this.count * 2 > this.mask) {
          this.grow();
          return this.entry(id);
        }
        slots[at] = id + 1;
        slots[at + 1] = -1;
        slots[at + 2] = -1;
        slots[at + 3] = -1;
        this.touched.push(at);
        return at;
      }
      h++;
    }
  }

  private grow(): void {
    const old = this.slots;
    const oldTouched = this.touched.slice();
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * STRIDE);
    this.touched.length = 0;
    this.count = 0;
    for (const at of oldTouched) {
      const to = this.entry(old[at] - 1);
      this.slots[to + 1] = old[at + 1];
      this.slots[to + 2] = old[at + 2];
      this.slots[to + 3] = old[at + 3];
    }
  }
}
