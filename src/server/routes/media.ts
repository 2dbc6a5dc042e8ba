/**
 * Adverse media over HTTP: the articles filed, one article with its entities and events, the adverse
 * media of one list entity (or bank) with the sentences as evidence, and ingestion of scraped pages.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChokepointError } from '../../errors.js';
import { ingestMedia, type MediaAnalyser } from '../../service/media.js';
import type { SqliteMediaStore } from '../../storage/sqlite/media-store.js';
import type { ListStore } from '../../storage/ports.js';
import { caption } from '../../model/entity.js';
import { ANALYSTS, ANY_ROLE } from '../auth.js';
import { ErrorResponse } from '../schemas.js';

export interface MediaDeps {
  store: SqliteMediaStore;
  lists: ListStore;
  /** The analyser over the engine served now; absent when no lists are loaded. */
  analyser?: () => MediaAnalyser;
}

const MAX_PAGES = 200;
const Page = z.strictObject({
  name: z.string().min(1).max(300).describe('A name for the page (a file name), echoed in the report'),
  content: z.string().min(1).max(5_000_000).describe('The page as scraped: HTML, or raw text'),
  kind: z.enum(['html', 'text', 'auto']).default('auto').describe('auto looks for HTML tags'),
  url: z.string().url().max(2000).optional().describe('Where the page was found (for its date and source)'),
});
const Paging = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) });
const Id = z.object({ id: z.string().min(1).max(300) });

export function registerMediaRoutes(app: FastifyInstance, deps: MediaDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['media'];

  r.get('/v1/media/articles', {
    config: { roles: ANY_ROLE },
    schema: { tags, summary: 'Articles filed (one per cluster of syndicated copies), newest first, with their counts of linked entities and events', querystring: Paging, response: { 200: z.any(), 400: ErrorResponse } },
  }, async (request) => ({ ...deps.store.articles(request.query), ...request.query }));

  r.get('/v1/media/articles/:id', {
    config: { roles: ANY_ROLE },
    schema: { tags, summary: 'One article: its text, the entities it names (linked to lists and banks), its events with their sentences, and its syndicated copies', params: Id, response: { 200: z.any(), 404: ErrorResponse } },
  }, async (request) => {
    const a = deps.store.article(request.params.id);
    if (!a) throw new ChokepointError('NOT_FOUND', `no article ${request.params.id}`, { field: 'params.id' });
    return a;
  });

  r.get('/v1/media/entities/:id', {
    config: { roles: ANY_ROLE },
    schema: {
      tags,
      summary: 'The adverse media of a list entity (its id) or a bank (bic:<BIC8>): each article, what it says of the entity, and the events it takes part in, with the sentences as evidence',
      params: Id,
      response: { 200: z.any(), 404: ErrorResponse },
    },
  }, async (request) => {
    const id = request.params.id;
    const entity = id.startsWith('bic:') ? undefined : deps.lists.entity(id)?.entity;
    const items = deps.store.forEntity(id);
    if (!entity && items.length === 0 && !id.startsWith('bic:')) throw new ChokepointError('NOT_FOUND', `no entity ${id} in the lists served now`, { field: 'params.id' });
    return { id, caption: entity ? caption(entity) : (items[0]?.link.mention ?? null), items };
  });

  r.post('/v1/media/ingest', {
    config: { roles: ANALYSTS },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags,
      summary: `Ingest up to ${MAX_PAGES} scraped pages: extract each article, cluster syndicated copies, link entities to the lists and banks, find sanctions events, and file them (all or nothing)`,
      body: z.strictObject({ pages: z.array(Page).min(1).max(MAX_PAGES) }),
      response: { 200: z.any(), 400: ErrorResponse, 404: ErrorResponse },
    },
  }, async (request) => {
    if (!deps.analyser) throw new ChokepointError('NOT_FOUND', 'no lists loaded: entities cannot be linked; import lists and restart the server');
    return ingestMedia(request.body.pages, deps.analyser(), deps.store, new Date());
  });
}
