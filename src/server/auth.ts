/**
 * Authentication and authorisation: every route declares the roles it admits (route config `roles`);
 * routes without roles are public (health, documentation, the console's files). A key is presented as
 * `Authorization: Bearer <key>`, `Authorization: ApiKey <key>` (as yente clients send it), `X-API-Key`,
 * or `?api_key=` (for clients such as OpenRefine that cannot set headers).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../service/keys.js';
import type { RateLimiter } from '../service/rate-limit.js';
import type { KeyStore } from '../storage/ports.js';
import { sendError } from './errors.js';
import type { Role } from './types.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles admitted; absent: public. */
    roles?: readonly Role[];
  }
}

export const ANY_ROLE: readonly Role[] = ['screener', 'analyst', 'admin'];
export const ANALYSTS: readonly Role[] = ['analyst', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];

function presentedKey(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^(?:Bearer|ApiKey|Token)\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const q = request.query as Record<string, unknown> | undefined;
  if (q && typeof q.api_key === 'string') {
    const key = q.api_key;
    // Taken out, so that routes with strict query parameters do not refuse it as unknown.
    delete q.api_key;
    return key;
  }
  return undefined;
}

export function installAuth(app: FastifyInstance, keys: KeyStore, limiter: RateLimiter): void {
  app.addHook('onRequest', async (request, reply) => {
    const roles = request.routeOptions.config?.roles;
    if (!roles) return;
    const key = presentedKey(request);
    if (!key) {
      reply.header('WWW-Authenticate', 'Bearer');
      return sendError(reply, 401, { code: 'UNAUTHORIZED', message: 'an API key is required: send "Authorization: Bearer <key>" (create one with `chokepoint keys create`)' });
    }
    const record = authenticate(keys, key);
    if (!record) {
      reply.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return sendError(reply, 401, { code: 'UNAUTHORIZED', message: 'the API key is not valid or has been revoked' });
    }
    const rate = limiter.take(record.id, record.ratePerMinute);
    reply.header('X-RateLimit-Limit', record.ratePerMinute);
    reply.header('X-RateLimit-Remaining', rate.remaining);
    if (!rate.allowed) {
      reply.header('Retry-After', rate.retryAfter);
      return sendError(reply, 429, { code: 'RATE_LIMITED', message: `rate limit of ${record.ratePerMinute} requests per minute reached for key ${record.id}; retry in ${rate.retryAfter} s` });
    }
    if (!roles.includes(record.role)) {
      return sendError(reply, 403, { code: 'FORBIDDEN', message: `this endpoint needs the role ${roles.join(' or ')}; key ${record.id} has the role ${record.role}` });
    }
    request.caller = { keyId: record.id, name: record.name, role: record.role };
  });
}
