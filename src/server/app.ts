/**
 * The HTTP server: Fastify with zod-validated routes, API-key auth with per-key rate limits, an
 * OpenAPI document with Swagger UI at /docs, Prometheus metrics, and the analyst console at "/".
 * Built from its dependencies, so that tests run it in-process with app.inject().
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import type { JobRunner } from '../service/jobs.js';
import { RateLimiter } from '../service/rate-limit.js';
import type { ScreeningService } from '../service/screening.js';
import type { AuditLog, JobStore, KeyStore, ListStore } from '../storage/ports.js';
import { installAuth } from './auth.js';
import { installErrorHandling, sendError } from './errors.js';
import { ServerMetrics } from './metrics.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerRecordRoutes } from './routes/records.js';
import { registerScreenRoutes } from './routes/screen.js';
import { registerCaseRoutes, type PaymentScreening } from './routes/cases.js';
import { registerTradeRoutes, type TradeDeps } from './routes/trade.js';
import { registerMediaRoutes, type MediaDeps } from './routes/media.js';
import type { CaseService } from '../service/cases.js';
import { registerYenteRoutes } from './yente/routes.js';

export interface ServerDeps {
  screening: ScreeningService;
  store: ListStore;
  keys: KeyStore;
  audit: AuditLog;
  jobStore: JobStore;
  jobs: JobRunner;
  /** The built console (web/dist); not served when absent. */
  consoleDir?: string;
  logger?: boolean;
  rateLimiter?: RateLimiter;
  cases?: CaseService;
  payments?: PaymentScreening;
  /** Trade-diversion analytics; its routes answer 404 when no trade statistics are imported. */
  trade?: TradeDeps;
  /** Adverse media: the store, and the analyser over the engine served now. */
  media?: MediaDeps;
}

/** Request bodies above this are refused (batch uploads have their own, larger limit). */
export const BODY_LIMIT = 1024 * 1024;

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { level: 'warn' } : false,
    bodyLimit: BODY_LIMIT,
    // Query strings and headers of absurd size are refused before any handler runs.
    routerOptions: { maxParamLength: 500 },
    // Errors Fastify meets before any route runs (a bad URL encoding, an over-long parameter) get the
    // API's error shape too.
    frameworkErrors: (err, _request, reply) => {
      sendError(reply, (err as { statusCode?: number }).statusCode ?? 400, { code: 'INVALID_INPUT', message: err.message, field: 'url' });
    },
    // Requests Node's HTTP parser refuses (an unknown method, a raw byte in the path, headers too
    // large) are answered in the same shape, then the connection is closed.
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return socket.destroy();
      const status = (err as { code?: string }).code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const body = JSON.stringify({ error: { code: 'INVALID_INPUT', message: status === 431 ? 'request headers or URL too large' : `malformed HTTP request (${(err as { code?: string }).code ?? err.message})` } });
      socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; responses are written as they are, without a second validation.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app);

  const metrics = new ServerMetrics();
  metrics.install(app);
  for (const v of deps.screening.lists()) metrics.listEntities.set({ source: v.source, version: String(v.versionId) }, v.total);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Chokepoint screening API',
        version: '1',
        description: 'Sanctions and export-control screening. Every endpoint except health, readiness and this documentation needs an API key: `Authorization: Bearer <key>`.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  const consoleDir = deps.consoleDir;
  const hasConsole = consoleDir !== undefined && existsSync(join(consoleDir, 'index.html'));
  if (hasConsole) {
    // The console's entity pages share their path with yente's GET /entities/{id}: a browser asking
    // for a page (text/html) gets the console, an API client gets the entity.
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' && request.url.startsWith('/entities/') && /text\/html/.test(request.headers.accept ?? '')) {
        return reply.type('text/html').sendFile('index.html');
      }
    });
  }
  installAuth(app, deps.keys, deps.rateLimiter ?? new RateLimiter());
  registerYenteRoutes(app, deps.screening);
  registerScreenRoutes(app, { screening: deps.screening, jobs: deps.jobs, jobStore: deps.jobStore, metrics });
  registerRecordRoutes(app, { store: deps.store, audit: deps.audit });
  registerTradeRoutes(app, deps.trade ?? { references: [] });
  if (deps.media) registerMediaRoutes(app, deps.media);
  if (deps.cases && deps.payments) registerCaseRoutes(app, { cases: deps.cases, screening: deps.screening, audit: deps.audit, payments: deps.payments });
  registerAdminRoutes(app, {
    keys: deps.keys,
    metrics,
    ready: () => {
      const lists = deps.screening.lists();
      return { ready: lists.length > 0, detail: { lists: lists.length, entities: deps.screening.engineSize.entities, algorithm: deps.screening.algorithm } };
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (hasConsole) await app.register(fastifyStatic, { root: consoleDir, prefix: '/', wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // The console routes in the browser: any other GET of a page gets its index.html.
    if (hasConsole && request.method === 'GET' && !/^\/(v1|match|search|reconcile|entities|catalog|algorithms|docs|metrics)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(reply, 404, { code: 'NOT_FOUND', message: `no route ${request.method} ${path}` });
  });
  return app;
}
