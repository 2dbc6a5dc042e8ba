/**
 * yente-compatible endpoints, so that clients written for OpenSanctions' yente (scripts following its
 * examples, OpenRefine reconciliation) work against Chokepoint unchanged: /match, /search, /entities,
 * /catalog, /algorithms and /reconcile. Registered in their own context: they answer errors in yente's
 * shape and read form bodies, without changing how the rest of the server does either.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANY_ROLE } from '../auth.js';
import type { ScreeningGateway } from '../types.js';
import { algorithmsResponse } from './algorithms.js';
import { buildCatalog } from './catalog.js';
import { importedAtBySource, sourcesOf } from './datasets.js';
import { lookupEntity } from './entities.js';
import { badRequest, installYenteErrors, sendDetail, YenteError } from './errors.js';
import { runMatch } from './match.js';
import { EntityParams, MatchBody, MatchParams, SearchParams, SuggestParams } from './params.js';
import { readBatch, reconcileManifest, runReconcile } from './reconcile.js';
import { runSearch } from './search.js';
import { suggestEntities, suggestProperties, suggestTypes } from './suggest.js';
import type { YenteContext } from './screen.js';
import { validate } from './validate.js';

const FORM = 'application/x-www-form-urlencoded';

type DatasetRequest = FastifyRequest<{ Params: { dataset: string } }>;

export function registerYenteRoutes(app: FastifyInstance, gateway: ScreeningGateway): void {
  void app.register(async (yente) => {
    installYenteErrors(yente);
    // OpenRefine posts its queries as a form field.
    if (!yente.hasContentTypeParser(FORM)) {
      yente.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }

    const context = (request: FastifyRequest): YenteContext => {
      // The server's authentication hook sets the caller on every route that declares roles.
      if (!request.caller) throw new YenteError(401, 'an API key is required');
      const lists = gateway.lists();
      return { gateway, caller: request.caller, served: lists.map((l) => l.source), lastSeen: importedAtBySource(lists) };
    };
    const knownDataset = (ctx: YenteContext, name: string): void => {
      if (!sourcesOf(name, ctx.served)) throw new YenteError(404, 'No such dataset.');
    };
    const config = { roles: ANY_ROLE };
    const tags = ['yente'];
    const dataset = (request: DatasetRequest): string => request.params.dataset;
    const baseUrl = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
    const queryString = (request: FastifyRequest): string => request.url.split('?')[1] ?? '';

    yente.post('/match/:dataset', { config, schema: { tags, summary: 'Match query entities against a dataset (yente)' } }, async (request: DatasetRequest, reply) => {
      const ctx = context(request);
      const body = validate(MatchBody, request.body);
      const params = validate(MatchParams, request.query);
      const response = runMatch(ctx, dataset(request), body, params);
      return reply.header('x-batch-size', String(Object.keys(response.responses).length)).send(response);
    });

    yente.get('/search/:dataset', { config, schema: { tags, summary: 'Search entities by name (yente)' } }, async (request: DatasetRequest) =>
      runSearch(context(request), dataset(request), validate(SearchParams, request.query)));

    yente.get('/entities/:entityId', { config, schema: { tags, summary: 'One entity in yente\'s shape' } },
      async (request: FastifyRequest<{ Params: { entityId: string } }>, reply) => {
        const { nested } = validate(EntityParams, request.query);
        const found = lookupEntity(context(request), request.params.entityId, nested);
        if ('redirect' in found) {
          const qs = queryString(request);
          return reply.redirect(`/entities/${encodeURIComponent(found.redirect)}${qs ? `?${qs}` : ''}`, 308);
        }
        if ('missing' in found) return sendDetail(reply, 404, 'No such entity!');
        return found.found;
      });

    yente.get('/catalog', { config, schema: { tags, summary: 'Datasets served (yente)' } }, async () => buildCatalog(gateway.lists()));

    yente.get('/algorithms', { config, schema: { tags, summary: 'Scoring algorithms (yente)' } }, async () => algorithmsResponse());

    yente.get('/reconcile/:dataset', { config, schema: { tags, summary: 'Reconciliation service manifest, or queries given as ?queries=' } },
      async (request: DatasetRequest) => {
        const ctx = context(request);
        const { queries } = request.query as { queries?: unknown };
        if (queries !== undefined) return runReconcile(ctx, dataset(request), readBatch(queries));
        return reconcileManifest(dataset(request), ctx.served, baseUrl(request), queryString(request));
      });

    yente.post('/reconcile/:dataset', { config, schema: { tags, summary: 'Reconciliation queries (form field or JSON `queries`)' } },
      async (request: DatasetRequest, reply) => {
        const ctx = context(request);
        const body = (request.body ?? {}) as { queries?: unknown; extend?: unknown };
        if (typeof body.extend === 'string' && body.extend.trim()) throw badRequest('Data extension is not supported by this service');
        if (body.queries === undefined) throw badRequest('queries: required (a JSON object of reconciliation queries)');
        const response = runReconcile(ctx, dataset(request), readBatch(body.queries));
        return reply.header('x-batch-size', String(Object.keys(response).length)).send(response);
      });

    yente.get('/reconcile/:dataset/suggest/entity', { config, schema: { tags, summary: 'Suggest entities for a prefix' } }, async (request: DatasetRequest) => {
      const { prefix, limit } = validate(SuggestParams, request.query);
      return suggestEntities(context(request), dataset(request), prefix, limit);
    });

    yente.get('/reconcile/:dataset/suggest/type', { config, schema: { tags, summary: 'Suggest entity types for a prefix' } }, async (request: DatasetRequest) => {
      knownDataset(context(request), dataset(request));
      return suggestTypes(validate(SuggestParams, request.query).prefix);
    });

    yente.get('/reconcile/:dataset/suggest/property', { config, schema: { tags, summary: 'Suggest properties for a prefix' } }, async (request: DatasetRequest) => {
      knownDataset(context(request), dataset(request));
      return suggestProperties(validate(SuggestParams, request.query).prefix);
    });
  });
}
