/**
 * The benchmark's workload, drawn from the real data with a fixed seed: listed names (some with a
 * typo), person names that are on no list, and company names. Pure: the caller reads the files.
 */
import type { Schema } from '../../src/model/entity.js';
import type { ScreeningQuery } from '../../src/matching/types.js';
import { changeLegalForm, randomCompanyName } from './company-names.js';
import { introduceTypo, pick, seeded, shuffle, type Random } from './random.js';

export type QueryKind = 'listed' | 'listed-typo' | 'negative' | 'company-variant' | 'company-random';
export const QUERY_KINDS: readonly QueryKind[] = ['listed', 'listed-typo', 'negative', 'company-variant', 'company-random'];

export interface BenchQuery {
  kind: QueryKind;
  query: ScreeningQuery;
  /** The entity the query was drawn from, for listed names and their variants. */
  expect?: string;
}

/** What the mix needs of a listed entity. */
export interface MixEntity {
  id: string;
  schema: Schema;
  names: readonly { full: string }[];
}

/** A person that is on no list (yente's synthetic negatives). */
export interface NegativePerson {
  name: string;
  birthDate?: string;
  gender?: 'male' | 'female';
}

/** Shares of the mix, summing to 1. */
export const DEFAULT_SHARES: Readonly<Record<QueryKind, number>> = {
  listed: 0.2, 'listed-typo': 0.2, negative: 0.4, 'company-variant': 0.1, 'company-random': 0.1,
};

export interface MixOptions {
  count: number;
  seed: number;
  shares?: Readonly<Record<QueryKind, number>>;
}

/** A usable query name: has a letter and is of a length a payment field carries. */
export function usableName(name: string): boolean {
  return name.length >= 2 && name.length <= 200 && /\p{L}/u.test(name);
}

export function buildQueryMix(entities: readonly MixEntity[], negatives: readonly NegativePerson[], opts: MixOptions): BenchQuery[] {
  const rng = seeded(opts.seed);
  const shares = opts.shares ?? DEFAULT_SHARES;
  const listed = entities.filter((e) => e.names.some((n) => usableName(n.full)));
  const orgs = listed.filter((e) => e.schema === 'Organization');
  const people = negatives.filter((p) => usableName(p.name));
  const out: BenchQuery[] = [];
  let assigned = 0;
  QUERY_KINDS.forEach((kind, k) => {
    // The last kind takes the rounding remainder, so the mix has exactly `count` queries.
    const n = k === QUERY_KINDS.length - 1 ? opts.count - assigned : Math.round(opts.count * shares[kind]);
    assigned += n;
    for (let i = 0; i < n; i++) {
      const q = draw(kind, rng, listed, orgs, people);
      if (q) out.push(q);
    }
  });
  return shuffle(rng, out);
}

function draw(kind: QueryKind, rng: Random, listed: readonly MixEntity[], orgs: readonly MixEntity[], people: readonly NegativePerson[]): BenchQuery | undefined {
  switch (kind) {
    case 'listed':
    case 'listed-typo': {
      if (!listed.length) return undefined;
      const e = pick(rng, listed);
      const name = pick(rng, e.names.filter((n) => usableName(n.full))).full;
      return { kind, query: { name: kind === 'listed' ? name : introduceTypo(name, rng) }, expect: e.id };
    }
    case 'negative': {
      if (!people.length) return undefined;
      const p = pick(rng, people);
      const query: ScreeningQuery = { name: p.name, schema: 'Person' };
      // Half carry the birth date and gender a KYC record would have.
      if (rng() < 0.5) Object.assign(query, p.birthDate ? { birthDate: p.birthDate } : {}, p.gender ? { gender: p.gender } : {});
      return { kind, query };
    }
    case 'company-variant': {
      if (!orgs.length) return undefined;
      const e = pick(rng, orgs);
      const name = pick(rng, e.names.filter((n) => usableName(n.full))).full;
      return { kind, query: { name: changeLegalForm(name, rng) }, expect: e.id };
    }
    case 'company-random':
      return { kind, query: { name: randomCompanyName(rng) } };
  }
}
