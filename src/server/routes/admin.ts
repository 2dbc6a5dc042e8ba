/** Operations: health, readiness, metrics, and API key management for admins. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChokepointError } from '../../errors.js';
import { createApiKey } from '../../service/keys.js';
import type { KeyStore } from '../../storage/ports.js';
import { ADMINS, ANALYSTS } from '../auth.js';
import type { ServerMetrics } from '../metrics.js';
import { ErrorResponse, IdParams, KeyCreateRequest } from '../schemas.js';

export function registerAdminRoutes(app: FastifyInstance, deps: { keys: KeyStore; metrics: ServerMetrics; ready: () => { ready: boolean; detail: Record<string, unknown> } }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/healthz', { schema: { tags: ['operations'], summary: 'The process is up' } }, async () => ({ status: 'ok' }));

  r.get('/readyz', { schema: { tags: ['operations'], summary: 'Lists are loaded and the engine answers' } }, async (_request, reply) => {
    const { ready, detail } = deps.ready();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', ...detail });
  });

  r.get('/metrics', { config: { roles: ANALYSTS }, schema: { tags: ['operations'], summary: 'Prometheus metrics' } }, async (_request, reply) => {
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const KeyView = z.object({ id: z.string(), name: z.string(), role: z.string(), ratePerMinute: z.number(), createdAt: z.string(), revokedAt: z.string().optional() });

  r.get('/v1/keys', { config: { roles: ADMINS }, schema: { tags: ['keys'], summary: 'API keys (never the keys themselves)', response: { 200: z.object({ keys: z.array(KeyView) }) } } },
    async () => ({ keys: deps.keys.list() }));

  r.post('/v1/keys', {
    config: { roles: ADMINS },
    schema: { tags: ['keys'], summary: 'Create an API key; the key is in this response only', body: KeyCreateRequest, response: { 201: KeyView.extend({ key: z.string() }), 400: ErrorResponse } },
  }, async (request, reply) => {
    const { record, key } = createApiKey(deps.keys, request.body);
    return reply.code(201).send({ ...record, key });
  });

  r.delete('/v1/keys/:id', { config: { roles: ADMINS }, schema: { tags: ['keys'], summary: 'Revoke an API key', params: IdParams, response: { 200: z.object({ revoked: z.string() }), 404: ErrorResponse } } },
    async (request) => {
      if (!deps.keys.revoke(request.params.id, new Date().toISOString())) throw new ChokepointError('NOT_FOUND', `no live key ${request.params.id}`);
      return { revoked: request.params.id };
    });
}
