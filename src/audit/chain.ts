/**
 * The audit trail's hash chain: each row's hash covers its own fields and the previous row's hash, so
 * altering or deleting any row breaks every hash after it. Deterministic: the same row always hashes
 * the same, whatever order its JSON keys were written in.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../storage/ports.js';

/** The "previous hash" of the first row. */
export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every level, so that a value has exactly one serialisation. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of row `seq` holding `entry`, chained to `prevHash`. */
export function chainHash(prevHash: string, seq: number, entry: AuditEntry): string {
  const body = canonicalJson({
    seq,
    id: entry.id,
    at: entry.at,
    keyId: entry.keyId,
    keyName: entry.keyName,
    role: entry.role,
    channel: entry.channel,
    input: entry.input,
    listVersions: entry.listVersions,
    algorithm: entry.algorithm,
    threshold: entry.threshold,
    result: entry.result,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
