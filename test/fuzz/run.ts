/** One fuzz run against a server: fetch its OpenAPI document, generate, send, judge. */
import { BODY_LIMIT } from '../../src/server/app.js';
import { BATCH_BODY_LIMIT } from '../../src/server/routes/screen.js';
import { buildRequest, generate, plan, type Plan } from './malformed.js';
import type { OpenApiDocument } from './openapi.js';
import { sendAll, type Outcome } from './send.js';
import { summarize, type Summary } from './summary.js';
import type { BodyLimitOf } from './types.js';

/** The server's body limits: batch uploads have their own, larger one. */
export const chokepointBodyLimit: BodyLimitOf = (op) => (op.method === 'POST' && op.path === '/v1/screen/batch' ? BATCH_BODY_LIMIT : BODY_LIMIT);

export interface FuzzOptions {
  baseUrl: string;
  key: string;
  count: number;
  seed: number;
  concurrency: number;
  timeoutMs: number;
}

export interface FuzzRun {
  plan: Plan;
  outcomes: Outcome[];
  summary: Summary;
}

export async function fetchDocument(baseUrl: string): Promise<OpenApiDocument> {
  const res = await fetch(new URL('/openapi.json', baseUrl));
  if (!res.ok) throw new Error(`GET /openapi.json: ${res.status}`);
  return (await res.json()) as OpenApiDocument;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzRun> {
  const doc = await fetchDocument(opts.baseUrl);
  const p = plan(doc, { seed: opts.seed, count: opts.count, bodyLimitOf: chokepointBodyLimit });
  const started = performance.now();
  const outcomes = await sendAll(generate(doc, { seed: opts.seed, count: opts.count, bodyLimitOf: chokepointBodyLimit }), opts);
  return { plan: p, outcomes, summary: summarize(outcomes, performance.now() - started) };
}

/** Request n of a run, rebuilt and sent alone: to replay a finding. */
export async function replayOne(opts: FuzzOptions, n: number): Promise<Outcome> {
  const doc = await fetchDocument(opts.baseUrl);
  const p = plan(doc, { seed: opts.seed, count: opts.count, bodyLimitOf: chokepointBodyLimit });
  const [outcome] = await sendAll([buildRequest(p, n)], { ...opts, concurrency: 1 });
  return outcome;
}
