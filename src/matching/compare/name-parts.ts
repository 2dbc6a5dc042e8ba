/**
 * Compare two names part by part: every query part is aligned with at most one list-name part (or two
 * adjacent parts written as one), best pairs first, in any order. The name score weighs how much of
 * the query is covered (70%) and how much of the list name (30%), each part weighed by its rarity.
 */
import type { NameToken } from '../normalize/name.js';
import { makeToken } from '../normalize/name.js';
import type { NameMatch, TokenAlignment } from '../types.js';
import { SimilarityTable } from './sim-table.js';

export type TokenWeight = (token: NameToken) => number;

/** Below this a pair of parts is no match at all. */
const MIN_PAIR = 0.6;
export const QUERY_SHARE = 0.7;

export interface JoinedToken {
  token: NameToken;
  idx: number[];
}

/** Adjacent parts written together, for names whose parts are merged or split differently. */
export function joinedTokens(tokens: NameToken[]): JoinedToken[] {
  const out: JoinedToken[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].initial || tokens[i + 1].initial) continue;
    out.push({ token: makeToken(tokens[i].text + tokens[i + 1].text, tokens[i].foreign, tokens[i].loose), idx: [i, i + 1] });
  }
  return out;
}

export interface NameComparison {
  score: number;
  aligned: { q: number[]; c: number[]; score: number; how: TokenAlignment['how'] }[];
  unmatchedQuery: number[];
  unmatchedCandidate: number[];
  /** The surname of one side went unmatched, and the score was lowered for it. */
  surnameMissed: boolean;
}

/** Scratch space for candidate pairs: parallel arrays reused across calls (single-threaded). */
const P = { score: new Float64Array(256), q1: new Int16Array(256), q2: new Int16Array(256), c1: new Int16Array(256), c2: new Int16Array(256), how: [] as TokenAlignment['how'][], order: [] as number[] };
let pn = 0;

function addPair(score: number, q1: number, q2: number, c1: number, c2: number, how: TokenAlignment['how']): void {
  if (pn === P.score.length) {
    const grow = <T extends Float64Array | Int16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    P.score = grow(P.score); P.q1 = grow(P.q1); P.q2 = grow(P.q2); P.c1 = grow(P.c1); P.c2 = grow(P.c2);
  }
  P.score[pn] = score; P.q1[pn] = q1; P.q2[pn] = q2; P.c1[pn] = c1; P.c2[pn] = c2; P.how[pn] = how;
  pn++;
}

/** Higher score first; at equal scores, pairs that join parts first, then in the query's order. */
function byScoreThenSpan(a: number, b: number): number {
  return P.score[b] - P.score[a] || span(b) - span(a) || P.q1[a] - P.q1[b] || P.c1[a] - P.c1[b];
}

function span(k: number): number {
  return (P.q2[k] >= 0 ? 1 : 0) + (P.c2[k] >= 0 ? 1 : 0);
}

/** Zeroed scratch arrays reused across calls: per-part scores and used flags. */
const SCRATCH = [new Float64Array(64), new Float64Array(64), new Float64Array(64), new Float64Array(64)];

function scratch(slot: number, n: number): Float64Array {
  if (SCRATCH[slot].length < n) SCRATCH[slot] = new Float64Array(n * 2);
  const a = SCRATCH[slot];
  a.fill(0, 0, n);
  return a;
}

function coverage(tokens: NameToken[], scores: Float64Array, weight: TokenWeight): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = weight(tokens[i]);
    num += w * scores[i];
    den += w;
  }
  return den > 0 ? num / den : 0;
}

/** A person's name whose surname went unmatched on either side is worth this much of its score. */
export const SURNAME_MISSED = 0.85;

export function compareTokens(
  query: NameToken[], cand: NameToken[], weight: TokenWeight,
  queryJoined?: JoinedToken[], candJoined?: JoinedToken[], querySurname = -1, candSurname = -1,
  sims?: SimilarityTable,
): NameComparison {
  const qJoined = queryJoined ?? joinedTokens(query);
  const table = sims ?? new SimilarityTable().begin(query, qJoined);
  const cells = table.singleCells;
  pn = 0;
  for (let j = 0; j < cand.length; j++) {
    const c = cand[j];
    const base = table.single(c);
    for (let i = 0; i < query.length; i++) {
      const s = cells[base + i];
      if (s.score < MIN_PAIR) continue;
      // The query's surname is never confirmed by a listed initial ("Christopher Morgan" is not
      // "Christopher M. Gray").
      if (i === querySurname && c.initial && !query[i].initial) continue;
      addPair(s.score, i, -1, j, -1, s.how);
    }
  }
  // Merged or split parts: "Abdulrahman" against "Abdul Rahman", "xi jin ping" against "Xi Jinping".
  if (query.length !== cand.length || pn < Math.min(query.length, cand.length)) {
    const pairCells = table.pairCells;
    for (let j = 0; j < cand.length; j++) {
      const base = table.pair(cand[j]);
      for (let k = 0; k < qJoined.length; k++) {
        const s = pairCells[base + k];
        if (s.score >= 0.85) addPair(s.score, qJoined[k].idx[0], qJoined[k].idx[1], j, -1, 'joined');
      }
    }
    const joinedCells = table.joinedCells;
    for (const jc of candJoined ?? joinedTokens(cand)) {
      const base = table.joined(jc.token);
      for (let i = 0; i < query.length; i++) {
        const s = joinedCells[base + i];
        if (s.score >= 0.85) addPair(s.score, i, -1, jc.idx[0], jc.idx[1], 'joined');
      }
    }
  }
  const order = P.order;
  order.length = pn;
  for (let k = 0; k < pn; k++) order[k] = k;
  if (pn > 1) order.sort(byScoreThenSpan);
  const qs = scratch(0, query.length);
  const cs = scratch(1, cand.length);
  const qUsed = scratch(2, query.length);
  const cUsed = scratch(3, cand.length);
  const aligned: NameComparison['aligned'] = [];
  for (const k of order) {
    const [q1, q2, c1, c2] = [P.q1[k], P.q2[k], P.c1[k], P.c2[k]];
    if (qUsed[q1] || (q2 >= 0 && qUsed[q2]) || cUsed[c1] || (c2 >= 0 && cUsed[c2])) continue;
    const sc = P.score[k];
    qUsed[q1] = 1; qs[q1] = sc;
    if (q2 >= 0) (qUsed[q2] = 1), (qs[q2] = sc);
    cUsed[c1] = 1; cs[c1] = sc;
    if (c2 >= 0) (cUsed[c2] = 1), (cs[c2] = sc);
    aligned.push({ q: q2 >= 0 ? [q1, q2] : [q1], c: c2 >= 0 ? [c1, c2] : [c1], score: sc, how: P.how[k] });
  }
  // A listed initial confirms a query part only when every full listed part is matched too: "Amy
  // Johnson" is not "Edward A. Johnson".
  let fullMissed = false;
  for (let j = 0; j < cand.length; j++) if (!cUsed[j] && !cand[j].initial && !cand[j].particle) fullMissed = true;
  if (fullMissed) {
    for (let a = aligned.length - 1; a >= 0; a--) {
      const p = aligned[a];
      if (p.how === 'initial' && p.c.length === 1 && cand[p.c[0]].initial && !query[p.q[0]].initial) {
        qUsed[p.q[0]] = 0; qs[p.q[0]] = 0; cUsed[p.c[0]] = 0; cs[p.c[0]] = 0;
        aligned.splice(a, 1);
      }
    }
  }
  const q = coverage(query, qs, weight);
  const c = coverage(cand, cs, weight);
  let score = aligned.length === 0 ? 0 : QUERY_SHARE * q + (1 - QUERY_SHARE) * c;
  let surnameMissed = false;
  // Two persons' names that share given names but not the surname are different people more often
  // than not ("Michael Scott" and "Scott Michael Miller").
  if (score > 0 && ((querySurname >= 0 && !qUsed[querySurname] && candSurname >= 0) || (candSurname >= 0 && !cUsed[candSurname] && querySurname >= 0))) {
    score *= SURNAME_MISSED;
    surnameMissed = true;
  }
  const unmatchedQuery: number[] = [];
  for (let i = 0; i < query.length; i++) if (!qUsed[i]) unmatchedQuery.push(i);
  const unmatchedCandidate: number[] = [];
  for (let j = 0; j < cand.length; j++) if (!cUsed[j]) unmatchedCandidate.push(j);
  return { score, aligned, unmatchedQuery, unmatchedCandidate, surnameMissed };
}

/**
 * The highest score compareTokens could give the pair: each part takes its best similarity on the
 * other side, as if no two parts competed for the same partner and no penalty applied. It reads the
 * same similarity rows, so a candidate whose bound falls short is dropped before any alignment.
 */
export function nameScoreBound(
  query: NameToken[], cand: NameToken[], weight: TokenWeight, queryJoined: JoinedToken[], candJoined: JoinedToken[],
  table: SimilarityTable, querySurname = -1,
): number {
  const cells = table.singleCells;
  const qb = scratch(0, query.length);
  const cb = scratch(1, cand.length);
  let pairs = 0;
  for (let j = 0; j < cand.length; j++) {
    const c = cand[j];
    const base = table.single(c);
    for (let i = 0; i < query.length; i++) {
      const s = cells[base + i].score;
      if (s < MIN_PAIR || (i === querySurname && c.initial && !query[i].initial)) continue;
      pairs++;
      if (s > qb[i]) qb[i] = s;
      if (s > cb[j]) cb[j] = s;
    }
  }
  if (query.length !== cand.length || pairs < Math.min(query.length, cand.length)) {
    const pairCells = table.pairCells;
    for (let j = 0; j < cand.length; j++) {
      const base = table.pair(cand[j]);
      for (let k = 0; k < queryJoined.length; k++) {
        const s = pairCells[base + k].score;
        if (s < 0.85) continue;
        const [a, b] = queryJoined[k].idx;
        if (s > qb[a]) qb[a] = s;
        if (s > qb[b]) qb[b] = s;
        if (s > cb[j]) cb[j] = s;
      }
    }
    const joinedCells = table.joinedCells;
    for (const jc of candJoined) {
      const base = table.joined(jc.token);
      for (let i = 0; i < query.length; i++) {
        const s = joinedCells[base + i].score;
        if (s < 0.85) continue;
        const [a, b] = jc.idx;
        if (s > qb[i]) qb[i] = s;
        if (s > cb[a]) cb[a] = s;
        if (s > cb[b]) cb[b] = s;
      }
    }
  }
  return QUERY_SHARE * coverage(query, qb, weight) + (1 - QUERY_SHARE) * coverage(cand, cb, weight);
}

/** The NameMatch a user reads: original words of both sides. */
export function describeNameMatch(
  query: NameToken[], cand: NameToken[], cmp: NameComparison, name: string, kind: string,
): NameMatch {
  return {
    name,
    kind,
    score: round(cmp.score),
    aligned: cmp.aligned.map((a) => ({
      query: a.q.map((i) => query[i].text).join(' '),
      candidate: a.c.map((j) => cand[j].text).join(' '),
      score: round(a.score),
      how: a.how,
    })),
    unmatchedQuery: cmp.unmatchedQuery.map((i) => query[i].text),
    unmatchedCandidate: cmp.unmatchedCandidate.map((j) => cand[j].text),
    ...(cmp.surnameMissed ? { surnameMissed: true } : {}),
  };
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
