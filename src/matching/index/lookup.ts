/**
 * Candidate generation: each query part looks up the names that share its key, a key one edit away
 * (a typo), its consonant skeleton (another script), or a key written together with its neighbour;
 * entities collect the weight of the parts they share with the query, and the best ones are scored.
 */
import type { NameToken } from '../normalize/name.js';
import { makeToken } from '../normalize/name.js';
import type { CandidateIndex } from './candidate-index.js';
import { deletions } from './keys.js';

/** A part this common (in entities) does not generate candidates on its own. */
const MAX_POSTINGS = 2500;
/** Entities one query part may visit through near (not exact) keys; beyond, the other parts must find them. */
const POSTINGS_BUDGET = 12000;

/** Keys one consonant skeleton may expand to. */
const MAX_SKELETON_KEYS = 60;

export interface Candidate {
  entity: number;
  /** Estimated share of the query's weight the entity's names cover. */
  coverage: number;
}

export class CandidateFinder {
  private readonly acc: Float64Array;
  private readonly best: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: number[] = [];
  private token = 0;
  /** Share of the last query's weight in long parts, which may match beyond the lookup's reach. */
  unreachable = 0;
  /** Key ids the last query reached are marked with its stamp. */
  private readonly keyStamp: Int32Array;
  private query = 0;
  /** The last query reached names by consonant skeleton, which key ids do not record. */
  private bySkeleton = false;

  constructor(private readonly index: CandidateIndex, private readonly weight: (t: NameToken) => number) {
    this.acc = new Float64Array(index.entities.length);
    this.best = new Float64Array(index.entities.length);
    this.stamp = new Int32Array(index.entities.length);
    this.keyStamp = new Int32Array(index.postings.length);
  }

  /**
   * Whether a name shares a reached key with the last query: names that share none cannot align a
   * part with it and need not be compared (unless the query reached names by skeleton).
   */
  reached(keyIds: number[]): boolean {
    if (this.bySkeleton) return true;
    for (let i = 0; i < keyIds.length; i++) if (this.keyStamp[keyIds[i]] === this.query) return true;
    return false;
  }

  /**
   * The entity ordinals most worth scoring, best first, each with the estimated share of the query's
   * weight its names cover (exact parts count fully, near ones a little less).
   */
  find(tokens: NameToken[], limit: number, allow?: (entity: number) => boolean): Candidate[] {
    const idx = this.index;
    this.query++;
    this.bySkeleton = false;
    // Initials and particles ("al", "bin", "van") generate no candidates unless nothing else does.
    const named = tokens.filter((t) => !t.initial && !t.particle);
    const parts = named.length ? named : tokens.filter((t) => !t.initial);
    const probes: { token: NameToken; w: number; joined?: boolean }[] = parts.map((t) => ({ token: t, w: this.weight(t) }));
    // Inflected forms (Putinas, Ivanovs) also probe their stem.
    for (let i = 0; i < parts.length; i++) {
      const m = /^(.{4,}?)(as|is|us|ys|s)$/.exec(parts[i].key);
      if (m && parts[i].key.length >= 6) probes.push({ token: { ...parts[i], key: m[1] }, w: probes[i].w * 0.9, joined: true });
    }
    for (let i = 0; i + 1 < parts.length; i++) {
      // Indexed as the two keys side by side (see candidate-index.ts).
      const j = { ...makeToken(parts[i].text + parts[i + 1].text, parts[i].foreign, parts[i].loose), key: parts[i].key + parts[i + 1].key };
      probes.push({ token: j, w: (probes[i].w + probes[i + 1].w) * 0.6, joined: true });
    }
    const total = probes.slice(0, parts.length).reduce((a, p) => a + p.w, 0) || 1;
    // Long parts may still match with two or three edits, which the lookup does not reach: their
    // share bounds what a candidate could gain beyond its estimated coverage.
    this.unreachable = parts.reduce((a, t, i) => a + (t.key.length >= 8 && !t.syllabic && !t.numeric ? probes[i].w : 0), 0) / total;
    for (const { token, w, joined } of probes) {
      const keys = [...this.keysFor(token, Boolean(joined))].sort((a, b) => b[1] - a[1]);
      this.token++;
      let budget = POSTINGS_BUDGET;
      for (const [k, sim] of keys) {
        const list = idx.entityPostings[k];
        if (parts.length > 1 && (list.length > MAX_POSTINGS || (sim < 1 && list.length > budget))) continue;
        budget -= list.length;
        this.keyStamp[k] = this.query;
        this.collect(list, w * sim);
      }
      // Scripts romanised loosely (Arabic, Hebrew, Hangul...) also reach names by consonant skeleton.
      if (!joined && token.loose && token.skel.length >= 2) {
        const list = idx.skeletonPostings.get(token.skel);
        if (list && list.length <= MAX_POSTINGS) {
          this.bySkeleton = true;
          this.collect(list, w * 0.75);
        }
      }
    }
    const floor = 0.25 * total;
    const found: Candidate[] = [];
    for (const e of this.touched) if (this.acc[e] >= floor && (!allow || allow(e))) found.push({ entity: e, coverage: this.acc[e] / total });
    found.sort((a, b) => b.coverage - a.coverage);
    for (const e of this.touched) this.acc[e] = 0;
    this.touched.length = 0;
    return found.length > limit ? found.slice(0, limit) : found;
  }

  /** Credit every entity in a postings list with a gain, counting each query part once per entity. */
  private collect(list: Int32Array, gain: number): void {
    for (let p = 0; p < list.length; p++) {
      const e = list[p];
      if (this.stamp[e] !== this.token) {
        this.stamp[e] = this.token;
        this.best[e] = 0;
        if (this.acc[e] === 0) this.touched.push(e);
      }
      if (gain > this.best[e]) {
        this.acc[e] += gain - this.best[e];
        this.best[e] = gain;
      }
    }
  }

  /** Key ids a query part reaches, with how closely. */
  private keysFor(t: NameToken, exactOnly: boolean): Map<number, number> {
    const idx = this.index;
    const out = new Map<number, number>();
    const add = (k: number | undefined, sim: number) => {
      if (k !== undefined && (out.get(k) ?? 0) < sim) out.set(k, sim);
    };
    const exact = idx.keyIds.get(t.key);
    add(exact, 1);
    if (exactOnly) return out;
    // Keys one edit away (an insertion, a deletion or a substitution), then, for a part the lists do not
    // know (a typo), keys with the same skeleton.
    if (t.key.length >= 4) {
      for (const k of idx.deletes.get(t.key) ?? []) add(k, 0.8);
      for (const d of deletions(t.key)) {
        add(idx.keyIds.get(d), 0.8);
        for (const k of idx.deletes.get(d) ?? []) add(k, 0.7);
      }
    }
    if (!t.loose && exact === undefined && t.skel.length >= 4) {
      const keys = idx.skeletons.get(t.skel) ?? [];
      // A skeleton shared by very many keys says too little to follow.
      if (keys.length <= MAX_SKELETON_KEYS) for (const k of keys) add(k, 0.7);
    }
    return out;
  }
}
