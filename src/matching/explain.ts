/** Turn comparison results into the sentences an analyst reads. */
import type { FeatureExplanation, NameMatch, TokenAlignment } from './types.js';

const HOW: Record<TokenAlignment['how'], string> = {
  exact: 'exactly',
  transliteration: 'after transliteration',
  phonetic: 'as a spelling variant',
  fuzzy: 'with a typo',
  initial: 'as an initial',
  joined: 'written together',
};

const KIND: Record<string, string> = {
  primary: 'primary name',
  strong_alias: 'alias',
  weak_alias: 'weak alias',
  former: 'former name',
};

/** "'putin' matches 'putin' exactly, 'vladimir' matches 'vladimir' exactly; 'vladimirovich' not in the query". */
export function describeAlignment(m: NameMatch): string {
  const parts = m.aligned.map((a) => `'${a.query}' matches '${a.candidate}' ${HOW[a.how]}`);
  const missing: string[] = [];
  if (m.unmatchedQuery.length) missing.push(`query part(s) ${m.unmatchedQuery.map((t) => `'${t}'`).join(', ')} not in the listed name`);
  if (m.unmatchedCandidate.length) missing.push(`listed part(s) ${m.unmatchedCandidate.map((t) => `'${t}'`).join(', ')} not in the query`);
  if (m.surnameMissed) missing.push('the surname is not matched, so the name counts for less');
  return [parts.join(', '), ...missing].filter(Boolean).join('; ');
}

export function nameDetail(query: string, m: NameMatch): string {
  if (m.aligned.length === 0) return `name '${query}' shares no part with '${m.name}'`;
  return `name '${query}' against ${KIND[m.kind] ?? m.kind} '${m.name}': ${describeAlignment(m)}`;
}

/** One paragraph: the score, then every feature that moved it, strongest first. */
export function summarise(score: number, threshold: number, features: FeatureExplanation[]): string {
  const moved = features.filter((f) => f.contribution !== 0).sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const verdict = score >= threshold ? `match (score ${score.toFixed(2)} >= threshold ${threshold})` : `no match (score ${score.toFixed(2)} < threshold ${threshold})`;
  return `${verdict}. ${moved.map((f) => `${f.detail} (${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)})`).join('. ')}.`;
}
