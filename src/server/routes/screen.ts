/** Screening endpoints: one query, a batch (synchronous up to 1,000 queries, else a job), and jobs. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChokepointError, isChokepointError } from '../../errors.js';
import type { ScreeningOptions, ScreeningQuery } from '../../matching/types.js';
import type { JobRunner } from '../../service/jobs.js';
import type { ScreeningService } from '../../service/screening.js';
import type { JobRecord, JobStore } from '../../storage/ports.js';
import { ANALYSTS, ANY_ROLE } from '../auth.js';
import type { ServerMetrics } from '../metrics.js';
import { BatchRequest, BatchResponse, ErrorResponse, IdParams, Job, ScreenRequest, ScreenResponse, SYNC_BATCH_LIMIT } from '../schemas.js';

/** Batches up to this size fit in a request body. */
export const BATCH_BODY_LIMIT = 256 * 1024 * 1024;

function split(body: ScreenRequest | BatchRequest): ScreeningOptions {
  const { threshold, limit, sources, weights, includeBelowThreshold } = body;
  return {
    ...(threshold !== undefined ? { threshold } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(sources ? { sources } : {}),
    ...(weights ? { weights: weights as Record<string, number> } : {}),
    ...(includeBelowThreshold !== undefined ? { includeBelowThreshold } : {}),
  };
}

function queryOf(q: z.infer<typeof ScreenRequest> | BatchRequest['queries'][number]): ScreeningQuery {
  const { name, schema, birthDate, countries, gender, identifiers } = q;
  return { name, ...(schema ? { schema } : {}), ...(birthDate ? { birthDate } : {}), ...(countries ? { countries } : {}), ...(gender ? { gender } : {}), ...(identifiers ? { identifiers } : {}) };
}

const OPTION_FIELDS = new Set(['threshold', 'limit', 'sources', 'weights', 'includeBelowThreshold']);

/** A field the engine names ("name", "weights") as a path in the request body. */
function batchField(n: number, field: string): string {
  return OPTION_FIELDS.has(field.split('.')[0]) ? `body.${field}` : `body.queries.${n}.${field}`;
}

function inBody<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isChokepointError(e) && e.location.field && !e.location.field.startsWith('body.')) {
      throw new ChokepointError(e.code, e.message.replace(/^field '[^']*': /, ''), { ...e.location, field: `body.${e.location.field}` });
    }
    throw e;
  }
}

function jobView(j: JobRecord) {
  return {
    id: j.id, status: j.status, total: j.total, done: j.done, createdAt: j.createdAt,
    ...(j.startedAt ? { startedAt: j.startedAt } : {}), ...(j.finishedAt ? { finishedAt: j.finishedAt } : {}), ...(j.error ? { error: j.error } : {}),
    results: `/v1/jobs/${j.id}/results`,
  };
}

export function registerScreenRoutes(app: FastifyInstance, deps: { screening: ScreeningService; jobs: JobRunner; jobStore: JobStore; metrics: ServerMetrics }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];

  r.post('/v1/screen', {
    config: { roles: ANY_ROLE },
    schema: { tags, summary: 'Screen one name against the lists', body: ScreenRequest, response: { 200: ScreenResponse, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse } },
  }, async (request) => {
    const outcome = inBody(() => deps.screening.screen(queryOf(request.body), split(request.body), request.caller!, 'v1/screen'));
    deps.metrics.screenings.inc({ channel: 'v1/screen', outcome: outcome.matches.some((m) => m.match) ? 'match' : 'no_match' });
    return outcome;
  });

  r.post('/v1/screen/batch', {
    config: { roles: ANY_ROLE },
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags,
      summary: `Screen many queries: up to ${SYNC_BATCH_LIMIT} answered at once, more run as a job`,
      body: BatchRequest,
      response: { 200: BatchResponse, 202: Job, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
    },
  }, async (request, reply) => {
    const options = split(request.body);
    inBody(() => deps.screening.checkOptions(options));
    const queries = request.body.queries.map(queryOf);
    if (queries.length <= SYNC_BATCH_LIMIT) {
      const items = deps.screening.screenMany(queries, options, request.caller!, 'v1/screen/batch');
      return { results: items.map((item, n) => (item.ok ? item.outcome : { error: { ...item.error, ...(item.error.field ? { field: batchField(n, item.error.field) } : {}) } })) };
    }
    const job = deps.jobs.submit(queries, options, request.caller!);
    deps.metrics.jobs.inc();
    return reply.code(202).header('Location', `/v1/jobs/${job.id}`).send(jobView(job));
  });

  const ownJob = (id: string, caller: { keyId: string; role: string }): JobRecord => {
    const job = deps.jobStore.get(id);
    // Screeners see their own jobs only; a job of another key is "not found" to them.
    if (!job || (job.keyId !== caller.keyId && !ANALYSTS.includes(caller.role as never))) throw new ChokepointError('NOT_FOUND', `no job ${id}`);
    return job;
  };

  r.get('/v1/jobs/:id', {
    config: { roles: ANY_ROLE },
    schema: { tags, summary: 'A batch job: status and progress', params: IdParams, response: { 200: Job, 404: ErrorResponse } },
  }, async (request) => jobView(ownJob(request.params.id, request.caller!)));

  r.get('/v1/jobs/:id/results', {
    config: { roles: ANY_ROLE },
    schema: { tags, summary: 'Download a finished job\'s results as JSON lines ({n, query, result} per query, in order)', params: IdParams, response: { 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request, reply) => {
    const job = ownJob(request.params.id, request.caller!);
    if (job.status !== 'done') throw new ChokepointError('CONFLICT', `job ${job.id} is ${job.status}: ${job.done} of ${job.total} queries screened; download when it is done`);
    const lines = (function* () {
      for (const row of deps.jobStore.results(job.id)) yield `${JSON.stringify(row)}\n`;
    })();
    reply.header('Content-Disposition', `attachment; filename="${job.id}.jsonl"`);
    return reply.type('application/x-ndjson').send(Readable.from(lines) as never);
  });
}
