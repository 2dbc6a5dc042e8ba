/**
 * Sending generated requests over HTTP with node:http, which writes the path byte for byte (fetch
 * would resolve "..", "%2e%2e" and refuse some methods), and a pool of keep-alive connections.
 */
import http from 'node:http';
import type { MalformedRequest, StreamedBody } from './types.js';

export interface Outcome {
  n: number;
  label: string;
  operation: string;
  kind: string;
  target: MalformedRequest['target'];
  auth: MalformedRequest['auth'];
  method: string;
  /** The path sent, cut to 300 characters. */
  path: string;
  /** 0 when no response came. */
  status: number;
  contentType?: string;
  /** The response body (the first 64 KB; the first 300 bytes of a 2xx). */
  body: string;
  /** Transport error: the connection was reset or closed, the request timed out, or Node refused to send it. */
  error?: string;
  mayReset: boolean;
  /** The body field the mutation made bad. */
  field?: string;
  ms: number;
}

export interface SendOptions {
  baseUrl: string;
  key: string;
  concurrency: number;
  timeoutMs: number;
}

const KEEP = 64 * 1024;
const CHUNK = 64 * 1024;

/** Write a streamed body chunk by chunk, stopping as soon as the server has answered. */
async function pump(r: http.ClientRequest, body: StreamedBody, answered: () => boolean): Promise<void> {
  const room = () => new Promise<void>((resolve) => {
    const done = () => { r.off('drain', done); r.off('close', done); resolve(); };
    r.on('drain', done);
    r.on('close', done);
  });
  const fill = Buffer.from(body.fill.repeat(Math.ceil(CHUNK / body.fill.length)).slice(0, CHUNK));
  let left = body.length - Buffer.byteLength(body.head) - Buffer.byteLength(body.tail);
  if (!r.write(body.head)) await room();
  while (left > 0 && !answered() && !r.destroyed) {
    const n = Math.min(left, fill.length);
    left -= n;
    if (!r.write(n === fill.length ? fill : fill.subarray(0, n))) await room();
  }
  if (!answered() && !r.destroyed) r.end(body.tail);
}

export function sendOne(agent: http.Agent, opts: SendOptions, req: MalformedRequest): Promise<Outcome> {
  const url = new URL(opts.baseUrl);
  const headers: Record<string, string> = { ...req.headers };
  if (req.auth === 'key') headers.authorization = `Bearer ${opts.key}`;
  else if (req.credential) headers[req.credential.header] = req.credential.value;
  const body = req.body;
  if (Buffer.isBuffer(body) || body?.declared) headers['content-length'] = String(body.length);
  const started = performance.now();
  const base = { n: req.n, label: req.label, operation: req.operation, kind: req.kind, target: req.target, auth: req.auth, method: req.method, path: req.path.slice(0, 300), mayReset: req.mayReset, ...(req.field ? { field: req.field } : {}) };

  return new Promise((resolve) => {
    let status = 0;
    let contentType: string | undefined;
    let complete = false;
    const kept: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...base, status, ...(contentType ? { contentType } : {}), body: Buffer.concat(kept).toString('utf8'), ...(error && !(status && complete) ? { error } : {}), ms: performance.now() - started });
    };
    let r: http.ClientRequest;
    try {
      // A request the server may drop the connection on gets a connection of its own: Node's parser
      // answers some (unknown methods, headers too large) and closes without saying so, and a request
      // sent next on that connection would be reset.
      r = http.request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: req.mayReset ? false : agent });
    } catch (e) {
      finish(`CLIENT_REFUSED ${(e as Error).message.slice(0, 120)}`);
      return;
    }
    const timer = setTimeout(() => { r.destroy(); finish('TIMEOUT'); }, opts.timeoutMs);
    r.on('response', (res) => {
      status = res.statusCode ?? 0;
      contentType = res.headers['content-type'];
      const limit = status < 300 ? 300 : KEEP;
      res.on('data', (c: Buffer) => {
        if (size < limit) kept.push(c.subarray(0, limit - size));
        size += c.length;
      });
      res.on('end', () => {
        complete = true;
        // An unfinished streamed body: this connection cannot carry another request.
        if (body && !Buffer.isBuffer(body) && !r.writableFinished) r.destroy();
        finish();
      });
      res.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.message));
      res.on('aborted', () => finish('ABORTED'));
    });
    // A reset after a complete answer (the server refusing a body it did not read) is not a failure.
    r.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.message));
    r.on('close', () => finish(status ? 'CLOSED_MID_RESPONSE' : 'CLOSED_WITHOUT_RESPONSE'));
    if (body === undefined) r.end();
    else if (Buffer.isBuffer(body)) r.end(body);
    else pump(r, body, () => status !== 0).catch((e: Error) => finish(e.message));
  });
}

/** Send every request, `concurrency` at a time; outcomes in request order. */
export async function sendAll(requests: Iterable<MalformedRequest>, opts: SendOptions, onOutcome?: (o: Outcome) => void): Promise<Outcome[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const it = requests[Symbol.iterator]();
  const outcomes: Outcome[] = [];
  const worker = async () => {
    for (let next = it.next(); !next.done; next = it.next()) {
      const o = await sendOne(agent, opts, next.value);
      outcomes.push(o);
      onOutcome?.(o);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  agent.destroy();
  return outcomes.sort((a, b) => a.n - b.n);
}
