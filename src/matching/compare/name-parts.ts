/**
 * Compare two names part by part: every query part is aligned with at most one list-name part (or two
 * adjacent parts written as one), best pairs first, in any order. The name score weighs how much of
 * the query is covered (70%) and how much of the list name (30%), each part weighed by its rarity.
 */
import type { NameToken } from '../normalize/name.js';
import { makeToken } from '../normalize/name.js';
import type { NameMatch, TokenAlignment } from '../types.js';
import { tokenSimilarity } from './token-similarity.js';

export type TokenWeight = (token: NameToken) => number;

interface Pair {
  qi: number[];
  ci: number[];
  score: number;
  how: TokenAlignment['how'];
}

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
}

export function compareTokens(
  query: NameToken[], cand: NameToken[], weight: TokenWeight,
  queryJoined?: JoinedToken[], candJoined?: JoinedToken[],
): NameComparison {
  const pairs: Pair[] = [];
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < cand.length; j++) {
      const s = tokenSimilarity(query[i], cand[j]);
      if (s.score >= MIN_PAIR) pairs.push({ qi: [i], ci: [j], score: s.score, how: s.how });
    }
  }
  // Merged or split parts: "Abdulrahman" against "Abdul Rahman", "xi jin ping" against "Xi Jinping".
  if (query.length !== cand.length || pairs.length < Math.min(query.length, cand.length)) {
    for (const jq of queryJoined ?? joinedTokens(query)) {
      for (let j = 0; j < cand.length; j++) {
        const s = tokenSimilarity(jq.token, cand[j]);
        if (s.score >= 0.85) pairs.push({ qi: jq.idx, ci: [j], score: s.score, how: 'joined' });
      }
    }
    for (const jc of candJoined ?? joinedTokens(cand)) {
      for (let i = 0; i < query.length; i++) {
        const s = tokenSimilarity(query[i], jc.token);
        if (s.score >= 0.85) pairs.push({ qi: [i], ci: jc.idx, score: s.score, how: 'joined' });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || b.qi.length + b.ci.length - (a.qi.length + a.ci.length));
  const qs = new Float64Array(query.length);
  const cs = new Float64Array(cand.length);
  const qUsed = new Uint8Array(query.length);
  const cUsed = new Uint8Array(cand.length);
  const aligned: NameComparison['aligned'] = [];
  for (const p of pairs) {
    if (p.qi.some((i) => qUsed[i]) || p.ci.some((j) => cUsed[j])) continue;
    for (const i of p.qi) (qUsed[i] = 1), (qs[i] = p.score);
    for (const j of p.ci) (cUsed[j] = 1), (cs[j] = p.score);
    aligned.push({ q: p.qi, c: p.ci, score: p.score, how: p.how });
  }
  const coverage = (tokens: NameToken[], scores: Float64Array): number => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < tokens.length; i++) {
      const w = weight(tokens[i]);
      num += w * scores[i];
      den += w;
    }
    return den > 0 ? num / den : 0;
  };
  const q = coverage(query, qs);
  const c = coverage(cand, cs);
  // A single matched part cannot stand for a name of several parts unless it is the whole query.
  const score = aligned.length === 0 ? 0 : QUERY_SHARE * q + (1 - QUERY_SHARE) * c;
  return {
    score,
    aligned,
    unmatchedQuery: query.map((_, i) => i).filter((i) => !qUsed[i]),
    unmatchedCandidate: cand.map((_, j) => j).filter((j) => !cUsed[j]),
  };
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
  };
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
