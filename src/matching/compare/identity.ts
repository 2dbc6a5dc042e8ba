/** Identifiers, gender and the kind of subject. */
import type { Comparison } from './types.js';
import { nothing } from './types.js';

/** Shortest identifier that counts: shorter values collide by chance. */
const MIN_ID = 5;

/** An identifier (passport, INN, IMO, BIC, ...) equals a listed one: decisive on its own. */
export const identifierMatch: Comparison = (q, e) => {
  if (q.identifiers.length === 0 || e.identifiers.length === 0) return nothing('no identifiers to compare');
  for (const id of q.identifiers) {
    if (id.length < MIN_ID) continue;
    const hit = e.identifiers.find((x) => x.normalized === id || (id.length >= 8 && x.normalized.endsWith(id)));
    if (hit) return { score: 1, detail: `identifier ${id} equals the listed ${hit.type.replace('_', ' ')} ${hit.value}` };
  }
  return nothing('no identifier in common');
};

/** The gender differs from the listed one. */
export const genderMismatch: Comparison = (q, e) => {
  if (!q.gender || !e.gender) return nothing('no gender to compare');
  return q.gender === e.gender
    ? nothing(`gender ${q.gender} matches`)
    : { score: 1, detail: `gender ${q.gender} differs from the listed ${e.gender}` };
};

/** The kind of subject differs: a person against a company, vessel or aircraft, or the other way. */
export const schemaMismatch: Comparison = (q, e) => {
  if (!q.schema) return nothing('no type to compare');
  if (q.schema === e.schema) return nothing(`type ${q.schema} matches`);
  const personal = (s: string) => s === 'Person';
  if (!personal(q.schema) && !personal(e.schema) && (q.schema === 'Organization' || e.schema === 'Organization')) {
    return { score: 0.5, detail: `type ${q.schema} is close to the listed ${e.schema}` };
  }
  return { score: 1, detail: `type ${q.schema} differs from the listed ${e.schema}` };
};
