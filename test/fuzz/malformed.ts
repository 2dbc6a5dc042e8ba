/**
 * Malformed requests generated from an OpenAPI 3 document, for every operation it lists: path
 * parameters, query strings, JSON and form bodies made bad one way at a time, wrong Content-Types, bodies
 * over the endpoint's limit, deep nesting, unicode edge cases, and methods the path does not accept.
 *
 * A run is a seed and a count. Its first requests go once through the whole catalogue of mutations
 * (in an order the seed shuffles); the rest are drawn from it at random, costly ones excepted. Request
 * n is built from rngFor(seed, n) alone, so `buildRequest(plan, n)` replays it without the others.
 */
import { bodyMutations } from './body-mutations.js';
import { fieldMutations } from './field-mutations.js';
import { formMutations } from './form-mutations.js';
import { operations, type OpenApiDocument } from './openapi.js';
import { randomMutations } from './random-mutations.js';
import { methodMutations, requestMutations } from './request-mutations.js';
import { createRng, rngFor, type Rng } from './rng.js';
import type { AuthMode, BodyLimitOf, MalformedRequest, Mutation } from './types.js';

export type { MalformedRequest, Mutation } from './types.js';

/** Fastify's default request body limit, used where the caller does not say. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface GenerateOptions {
  seed: number;
  count: number;
  bodyLimitOf?: BodyLimitOf;
  /** Shares of requests with no key, a wrong key, and an Authorization header that is no key at all. */
  auth?: { none: number; wrong: number; malformed: number };
}

export interface Plan {
  options: Required<GenerateOptions>;
  mutations: Mutation[];
  /** The first pass: every mutation once, in the seed's order. */
  order: number[];
  /** What later draws pick from: everything but the costly mutations. */
  drawable: number[];
  /** Of those, the ones with a random input of their own. */
  random: number[];
}

/** Every mutation of every operation in the document, and of every path's unaccepted methods. */
export function catalogue(doc: OpenApiDocument, bodyLimitOf: BodyLimitOf = () => DEFAULT_BODY_LIMIT): Mutation[] {
  const ops = operations(doc);
  const paths = [...new Set(ops.map((o) => o.path))];
  return [
    ...ops.flatMap((op) => [...requestMutations(doc, op), ...fieldMutations(doc, op), ...formMutations(doc, op), ...bodyMutations(doc, op, bodyLimitOf), ...randomMutations(doc, op)]),
    ...paths.flatMap((p) => methodMutations(doc, ops, p)),
  ];
}

export function plan(doc: OpenApiDocument, options: GenerateOptions): Plan {
  const full: Required<GenerateOptions> = { bodyLimitOf: () => DEFAULT_BODY_LIMIT, auth: { none: 0.06, wrong: 0.05, malformed: 0.03 }, ...options };
  const mutations = catalogue(doc, full.bodyLimitOf);
  const order = createRng(full.seed).shuffle(mutations.map((_, i) => i));
  const drawable = order.filter((i) => !mutations[i].heavy);
  const random = drawable.filter((i) => mutations[i].kind.endsWith('-random'));
  return { options: full, mutations, order, drawable, random };
}

const WRONG_KEYS: ((rng: Rng) => { header: string; value: string })[] = [
  (rng) => ({ header: 'authorization', value: `Bearer ck_${Array.from({ length: 32 }, () => String.fromCharCode(rng.int(97, 122))).join('')}` }),
  () => ({ header: 'authorization', value: 'ApiKey ck_revoked-or-never-issued' }),
  () => ({ header: 'x-api-key', value: 'wrong' }),
];
const MALFORMED_AUTH = ['Bearer', 'Bearer ', 'Basic Zm9vOmJhcg==', `Bearer ${'k'.repeat(8000)}`, 'Bearer a b', 'Digest username="x", realm="y"', 'Bearer ck_\u00ff\u00fe', 'Bearer %00', 'Token', '   '];

function authFor(rng: Rng, shares: Plan['options']['auth']): { auth: AuthMode; credential?: { header: string; value: string } } {
  const r = rng.next();
  if (r < shares.none) return { auth: 'none' };
  if (r < shares.none + shares.wrong) return { auth: 'wrong', credential: rng.pick(WRONG_KEYS)(rng) };
  if (r < shares.none + shares.wrong + shares.malformed) return { auth: 'malformed', credential: { header: 'authorization', value: rng.pick(MALFORMED_AUTH) } };
  return { auth: 'key' };
}

/**
 * Node's HTTP parser refuses some requests before any route sees them, answering 400 or 431 and
 * closing the connection: raw bytes above ASCII in the request line, headers over its 16 KB limit.
 */
function mayBeRefusedByParser(path: string, headers: Record<string, string>): boolean {
  const size = path.length + Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
  return size > 12_000 || /[^\x20-\x7e]/.test(path) || Object.values(headers).some((v) => /[^\x20-\x7e]/.test(v));
}

/** Request n of the plan's run. */
export function buildRequest(p: Plan, n: number): MalformedRequest {
  const rng = rngFor(p.options.seed, n);
  const index = n < p.order.length ? p.order[n] : rng.pick(rng.chance(0.4) && p.random.length ? p.random : p.drawable);
  const m = p.mutations[index];
  const { auth, credential } = authFor(rng, p.options.auth);
  const shape = m.build(rng);
  const tags = [shape.variant, auth === 'key' ? undefined : `auth:${auth}`].filter(Boolean).join(', ');
  return {
    ...shape,
    n,
    operation: m.operation,
    kind: m.kind,
    target: m.target,
    label: `#${n} ${m.operation} ${m.label}${tags ? ` [${tags}]` : ''}`,
    auth,
    ...(credential ? { credential } : {}),
    mayReset: m.mayReset === true || mayBeRefusedByParser(shape.path, { ...shape.headers, ...(credential ? { [credential.header]: credential.value } : {}) }),
  };
}

/** The run: `count` requests, built as they are taken. */
export function* generate(doc: OpenApiDocument, options: GenerateOptions): Generator<MalformedRequest> {
  const p = plan(doc, options);
  for (let n = 0; n < options.count; n++) yield buildRequest(p, n);
}
