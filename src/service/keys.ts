/**
 * API keys: 192 random bits shown once at creation; the store keeps only their SHA-256 (a key this
 * long cannot be guessed from its hash, so no slow password hash is needed on every request).
 */
import { createHash, randomBytes } from 'node:crypto';
import { ChokepointError } from '../errors.js';
import type { ApiKeyRecord, KeyStore } from '../storage/ports.js';
import type { Role } from '../server/types.js';

export const ROLES: readonly Role[] = ['screener', 'analyst', 'admin'];
/** Requests per minute a key may make unless created with another limit. */
export const DEFAULT_RATE_PER_MINUTE = 600;

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface NewKey {
  record: ApiKeyRecord;
  /** The key itself: shown once, never stored. */
  key: string;
}

export function createApiKey(store: KeyStore, opts: { role: string; name?: string; ratePerMinute?: number }, now = new Date()): NewKey {
  if (!ROLES.includes(opts.role as Role)) {
    throw new ChokepointError('INVALID_INPUT', `role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(opts.role)}`, { field: 'role' });
  }
  const rate = opts.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE;
  if (!Number.isInteger(rate) || rate < 1) throw new ChokepointError('INVALID_INPUT', `rate limit must be a whole number of requests per minute >= 1, got ${rate}`, { field: 'rate-limit' });
  const key = `ck_${randomBytes(24).toString('base64url')}`;
  const record: ApiKeyRecord = {
    id: `key_${randomBytes(6).toString('hex')}`,
    name: opts.name?.trim() || opts.role,
    role: opts.role as Role,
    ratePerMinute: rate,
    createdAt: now.toISOString(),
  };
  store.create(record, hashKey(key));
  return { record, key };
}

/** The live key record for a presented key, or undefined. */
export function authenticate(store: KeyStore, presented: string): ApiKeyRecord | undefined {
  if (!/^ck_[A-Za-z0-9_-]{20,64}$/.test(presented)) return undefined;
  return store.byHash(hashKey(presented));
}
