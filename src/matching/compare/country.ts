/** Countries: a shared country supports a match; entirely different countries speak against it. */
import type { Comparison } from './types.js';
import { nothing } from './types.js';

/** The query's country is among the entity's nationalities, residence or registration countries. */
export const countryMatch: Comparison = (q, e) => {
  if (q.countries.length === 0 || e.countries.length === 0) return nothing('no countries to compare');
  const shared = q.countries.filter((c) => e.countries.includes(c));
  return shared.length
    ? { score: 1, detail: `country ${shared.join(', ')} is among the listed countries (${e.countries.join(', ')})` }
    : nothing('no shared country');
};

/** None of the query's countries is among the entity's countries. */
export const countryDisjoint: Comparison = (q, e) => {
  if (q.countries.length === 0 || e.countries.length === 0) return nothing('no countries to compare');
  if (q.countries.some((c) => e.countries.includes(c))) return nothing('countries overlap');
  return { score: 1, detail: `countries ${q.countries.join(', ')} differ from the listed ${e.countries.join(', ')}` };
};
