/** Read endpoints: the caller, entities, list versions and their diffs, the audit trail. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChokepointError } from '../../errors.js';
import type { AuditLog, ListStore } from '../../storage/ports.js';
import { ANALYSTS, ANY_ROLE } from '../auth.js';
import { AuditQuery, DiffQuery, EntityQuery, ErrorResponse, IdParams, SourceParams } from '../schemas.js';

export function registerRecordRoutes(app: FastifyInstance, deps: { store: ListStore; audit: AuditLog }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/me', {
    config: { roles: ANY_ROLE },
    schema: { tags: ['keys'], summary: 'The key making the request: its id, name and role', response: { 200: z.object({ keyId: z.string(), name: z.string(), role: z.string() }) } },
  }, async (request) => request.caller!);

  r.get('/v1/entities/:id', {
    config: { roles: ANY_ROLE },
    schema: { tags: ['lists'], summary: 'An entity as served now (or as listed in `version`): the full record, its list version and the raw source record', params: IdParams, querystring: EntityQuery, response: { 200: z.any().describe('{entity: the entity record, version: its list version}'), 404: ErrorResponse } },
  }, async (request) => {
    const { version } = request.query;
    const stored = deps.store.entity(request.params.id, version);
    if (!stored) throw new ChokepointError('NOT_FOUND', version === undefined ? `no entity ${request.params.id} in the lists served now` : `no entity ${request.params.id} in list version ${version}`);
    return { entity: stored.entity, version: deps.store.version(stored.versionId) };
  });

  r.get('/v1/lists', {
    config: { roles: ANY_ROLE },
    schema: { tags: ['lists'], summary: 'List versions: those served now and every imported one, newest first' },
  }, async () => ({ current: deps.store.currentVersions(), versions: deps.store.versions() }));

  r.get('/v1/lists/:source/diff', {
    config: { roles: ANY_ROLE },
    schema: {
      tags: ['lists'],
      summary: 'What changed between two versions of a list (default: the previous version and the one served now)',
      params: SourceParams,
      querystring: DiffQuery,
      response: { 200: z.any().describe('{source, from, to, counts, added, removed, changed (pages), changedFieldCounts, warnings, limit, offset}'), 404: ErrorResponse, 400: ErrorResponse },
    },
  }, async (request) => {
    const { source } = request.params;
    const { from, to, limit, offset } = request.query;
    const versions = deps.store.versions(source);
    if (versions.length === 0) throw new ChokepointError('NOT_FOUND', `no versions of list ${source}`, { field: 'params.source' });
    const toId = to ?? deps.store.currentVersions().find((v) => v.source === source)?.id ?? versions[0].id;
    const fromId = from ?? versions.find((v) => v.id < toId)?.id;
    if (fromId === undefined) throw new ChokepointError('NOT_FOUND', `list ${source} has no version before ${toId} to compare with`, { field: 'querystring.from' });
    for (const [field, id] of [['from', fromId], ['to', toId]] as const) {
      const v = deps.store.version(id);
      if (!v || v.source !== source) throw new ChokepointError('NOT_FOUND', `version ${id} is not a version of ${source}`, { field: `querystring.${field}` });
    }
    const d = deps.store.diff(fromId, toId);
    const page = <T>(a: T[]) => a.slice(offset, offset + limit);
    return {
      source: d.source, from: d.from, to: d.to,
      counts: { added: d.added.length, removed: d.removed.length, changed: d.changed.length, unchanged: d.unchangedCount },
      added: page(d.added), removed: page(d.removed), changed: page(d.changed),
      changedFieldCounts: d.changedFieldCounts, warnings: d.warnings, limit, offset,
    };
  });

  r.get('/v1/audit', {
    config: { roles: ANALYSTS },
    schema: { tags: ['audit'], summary: 'The audit trail, newest first', querystring: AuditQuery },
  }, async (request) => ({ records: deps.audit.recent(request.query.limit, request.query.before) }));

  r.get('/v1/audit/:id', {
    config: { roles: ANALYSTS },
    schema: { tags: ['audit'], summary: 'One audit record (a screening id)', params: IdParams, response: { 200: z.any().describe('The audit record with its hashes'), 404: ErrorResponse } },
  }, async (request) => {
    const rec = deps.audit.get(request.params.id);
    if (!rec) throw new ChokepointError('NOT_FOUND', `no audit record ${request.params.id}`);
    return rec;
  });
}
