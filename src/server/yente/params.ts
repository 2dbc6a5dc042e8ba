/**
 * Request bodies and query parameters of the yente endpoints, as yente accepts them: a property value is
 * a string or a list, unknown fields are ignored, repeated query parameters are lists.
 */
import { z } from 'zod';

/** yente's defaults and bounds (settings.py). */
export const MATCH_PAGE = 5;
export const MAX_MATCHES = 500;
export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 500;
export const MAX_OFFSET = 9999 - MAX_PAGE;
export const MAX_BATCH = 100;

/** yente's TS_PATTERN for `changed_since`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$/;

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const PropertyValue = z.union(
  [z.string(), z.array(z.union([z.string(), z.number(), z.null()]))],
  { error: 'expected a string or a list of strings' },
);

export const EntityExample = z.object({
  id: z.string().nullish(),
  schema: z.string({ error: 'required: an FtM schema name such as Person, Company or LegalEntity' }),
  properties: z.record(z.string(), PropertyValue, { error: 'expected an object of property names to values' }),
});
export type EntityExample = z.infer<typeof EntityExample>;

export const MatchBody = z.object(
  {
    queries: z.record(z.string(), EntityExample.nullable(), { error: 'expected an object of query keys to entity examples' }),
    weights: z.record(z.string(), z.number()).optional(),
    config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  },
  { error: 'expected a JSON object with `queries`' },
);
export type MatchBody = z.infer<typeof MatchBody>;

const filters = {
  include_dataset: list,
  exclude_dataset: list,
  exclude_schema: list,
  topics: list,
  changed_since: z.string().regex(TIMESTAMP, 'expected a date or timestamp (YYYY-MM-DD[THH[:MM[:SS]]])').optional(),
};

export const MatchParams = z.object({
  limit: int(0, MAX_MATCHES).default(MATCH_PAGE),
  threshold: z.coerce.number().min(0).max(1).optional(),
  cutoff: z.coerce.number().min(0).max(1).optional(),
  algorithm: z.string().optional(),
  exclude_entity_ids: list,
  ...filters,
});
export type MatchParams = z.infer<typeof MatchParams>;

export const FACETS = ['datasets', 'schema', 'countries', 'names', 'identifiers', 'topics', 'genders'] as const;
export type Facet = (typeof FACETS)[number];

export const SearchParams = z.object({
  q: z.string().default(''),
  schema: z.string().default('Thing'),
  countries: list,
  datasets: list,
  limit: int(0, MAX_PAGE).default(DEFAULT_PAGE),
  offset: int(0, MAX_OFFSET).default(0),
  target: bool.optional(),
  facets: z.preprocess((v) => (v === undefined ? ['countries', 'topics', 'datasets'] : Array.isArray(v) ? v : [v]), z.array(z.enum(FACETS))),
  ...filters,
});
export type SearchParams = z.infer<typeof SearchParams>;

export const EntityParams = z.object({ nested: bool.default(true) });

export const ReconcileQuery = z.object({
  query: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).nullish(),
  limit: int(0, MAX_MATCHES).optional(),
  properties: z.array(z.object({ pid: z.string(), v: z.unknown() })).default([]),
});
export type ReconcileQuery = z.infer<typeof ReconcileQuery>;

export const ReconcileBatch = z.record(z.string(), ReconcileQuery);

export const SuggestParams = z.object({
  prefix: z.string().default(''),
  limit: int(0, MAX_PAGE).default(DEFAULT_PAGE),
});
