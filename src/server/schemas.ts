/**
 * Request and response schemas of the v1 API, in zod: requests are validated with them (unknown fields
 * refused, every error naming its field path) and the OpenAPI document is generated from them.
 */
import { z } from 'zod';

const SchemaName = z.enum(['Person', 'Organization', 'Vessel', 'Aircraft']).describe('Kind of subject');

export const ScreenQuery = z.strictObject({
  name: z.string().min(1).max(1000).describe('The name to screen, in any script and any order'),
  schema: SchemaName.optional(),
  birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  countries: z.array(z.string().min(1).max(100)).max(20).optional().describe('ISO alpha-2 codes or country names'),
  gender: z.enum(['male', 'female']).optional(),
  identifiers: z.array(z.string().min(1).max(100)).max(20).optional().describe('Passport, tax, registration, IMO, BIC... numbers'),
});

const options = {
  threshold: z.number().min(0).max(1).optional().describe('Score at or above which a result is a match (default 0.75)'),
  limit: z.number().int().min(1).max(500).optional().describe('Most results returned (default 10)'),
  sources: z.array(z.string().min(1).max(64)).max(50).optional().describe('Only these lists (source keys)'),
  weights: z.record(z.string().max(64), z.number().min(-5).max(5)).optional().describe('Override feature weights by feature name'),
  includeBelowThreshold: z.boolean().optional().describe('Also return candidates under the threshold'),
};

export const ScreenRequest = ScreenQuery.extend(options);
export type ScreenRequest = z.infer<typeof ScreenRequest>;

/** Queries answered synchronously; larger batches become a job. */
export const SYNC_BATCH_LIMIT = 1000;
export const MAX_BATCH = 1_000_000;

export const BatchRequest = z.strictObject({
  queries: z.array(ScreenQuery).min(1).max(MAX_BATCH).describe(`Up to ${SYNC_BATCH_LIMIT} are screened at once; more run as a job`),
  ...options,
});
export type BatchRequest = z.infer<typeof BatchRequest>;

const Feature = z.object({
  feature: z.string(),
  score: z.number(),
  weight: z.number(),
  contribution: z.number(),
  detail: z.string(),
});

const Match = z.object({
  entityId: z.string(),
  source: z.string(),
  schema: SchemaName,
  caption: z.string(),
  score: z.number(),
  match: z.boolean(),
  programs: z.array(z.string()),
  name: z.object({
    name: z.string(),
    kind: z.string(),
    score: z.number(),
    aligned: z.array(z.object({ query: z.string(), candidate: z.string(), score: z.number(), how: z.string() })),
    unmatchedQuery: z.array(z.string()),
    unmatchedCandidate: z.array(z.string()),
    surnameMissed: z.boolean().optional(),
  }),
  features: z.array(Feature),
  explanation: z.string(),
});

const ListVersionRef = z.object({ source: z.string(), versionId: z.number(), label: z.string() });

export const ScreenResponse = z.object({
  screeningId: z.string().describe('Id of the audit record of this screening'),
  listVersions: z.array(ListVersionRef),
  tookMs: z.number(),
  query: z.object(ScreenQuery.shape),
  threshold: z.number(),
  algorithm: z.string(),
  candidates: z.number(),
  matches: z.array(Match),
});

export const BatchResponse = z.object({
  results: z.array(z.union([ScreenResponse, z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) })])),
});

export const Job = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number(),
  done: z.number(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  error: z.string().optional(),
  results: z.string().describe('Where to download the results (JSON lines) once done'),
});

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(300) });
export const SourceParams = z.strictObject({ source: z.string().min(1).max(64) });
export const DiffQuery = z.strictObject({
  from: z.coerce.number().int().min(1).optional(),
  to: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const EntityQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional().describe('A list version id: the entity as that version listed it (e.g. one removed since)'),
});
export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
export const KeyCreateRequest = z.strictObject({
  role: z.enum(['screener', 'analyst', 'admin']),
  name: z.string().min(1).max(100).optional(),
  ratePerMinute: z.number().int().min(1).max(10_000_000).optional(),
});
