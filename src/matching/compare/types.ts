/** What every comparison works on, and what it returns. */
import type { Schema } from '../../model/entity.js';

/** The parts of a list entity the comparisons read, prepared once when the index is built. */
export interface EntityFacts {
  schema: Schema;
  birthDates: { value: string; circa?: boolean }[];
  countries: string[];
  gender?: 'male' | 'female';
  identifiers: { normalized: string; type: string; value: string }[];
}

/** The parts of a query the comparisons read, prepared once per query. */
export interface QueryFacts {
  schema?: Schema;
  birthDate?: string;
  countries: string[];
  gender?: 'male' | 'female';
  identifiers: string[];
}

/** One comparison's finding: 0 when it has nothing to say (missing data never throws). */
export interface Finding {
  score: number;
  detail: string;
}

export type Comparison = (q: QueryFacts, e: EntityFacts) => Finding;

export const nothing = (detail: string): Finding => ({ score: 0, detail });
