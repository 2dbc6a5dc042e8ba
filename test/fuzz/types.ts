/** What the fuzzer generates: malformed HTTP requests, each labelled with the mutation that made it. */
import type { Rng } from './rng.js';

/** A body written in chunks: `length` bytes of `head`, then `fill` repeated, then `tail`. */
export interface StreamedBody {
  length: number;
  /** true: Content-Length says `length`; false: Transfer-Encoding: chunked. */
  declared: boolean;
  head: string;
  fill: string;
  tail: string;
}

export type Body = Buffer | StreamedBody;

/** Which part of the request a mutation makes bad. */
export type Target = 'path' | 'query' | 'method' | 'body' | 'content-type';

/**
 * How the request authenticates: the real key (put in by the sender), none, a wrong key, or an
 * Authorization header that is not a key at all.
 */
export type AuthMode = 'key' | 'none' | 'wrong' | 'malformed';

/** What a mutation builds: the request without its place in the run and its authentication. */
export interface Shape {
  method: string;
  /** Path and query, sent byte for byte (dot segments and encoded slashes are not normalised). */
  path: string;
  headers: Record<string, string>;
  body?: Body;
  /** The variant, when the mutation picked one at random ("depth=4213"). */
  variant?: string;
  /** The body field made bad ("body.queries.0.name"), for body mutations. */
  field?: string;
}

export interface Mutation {
  /** The operation, "POST /v1/screen", or the path for method mutations. */
  operation: string;
  /** Short family name for the summary: "body-wrong-type", "path-dotdot"... */
  kind: string;
  target: Target;
  /** "body.limit=string": the kind and where, without the random variant. */
  label: string;
  /** Costly to send (a large body): sent once per run, never drawn again. */
  heavy?: boolean;
  /**
   * The server may legitimately close the connection on it, with or without an answer: bodies over
   * the limit (answered 413 before they are read), headers over Node's limit, methods Node refuses.
   */
  mayReset?: boolean;
  build(rng: Rng): Shape;
}

export interface MalformedRequest extends Shape {
  /** Index in the run: with the seed, all that is needed to rebuild it. */
  n: number;
  operation: string;
  kind: string;
  target: Target;
  /** "#17 POST /v1/screen body.limit=string [no key]". */
  label: string;
  auth: AuthMode;
  /** For auth 'wrong' and 'malformed': what is sent instead of the key. */
  credential?: { header: string; value: string };
  mayReset: boolean;
}

/** Per-endpoint request body limit in bytes (the document does not say it). */
export type BodyLimitOf = (operation: { method: string; path: string }) => number;
