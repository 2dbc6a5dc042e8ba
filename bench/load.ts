/**
 * bench:load — issue 4's load test: the real lists loaded, the server started as its own process,
 * then autocannon on loopback: 100 concurrent clients for 60 s on POST /v1/screen with a realistic
 * query mix (listed names, typo'd ones, people on no list, company variants), each request audited.
 * Prints requests/s, latency percentiles and every error. Target: >= 2,000 requests/s, p99 <= 20 ms.
 * Run: npm run bench:load -- [--duration 60] [--connections 100] [--db FILE] [--workers N] [--rate R] [--json]
 * With 100 clients each waiting for its answer, mean latency = 100 / throughput (Little's law): p99 <= 20 ms
 * needs 5,000 requests/s or more. --rate offers a fixed load instead, to read the latency at that load.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadLists, sharedDataDir } from './speed/load-lists.js';
import { loadNegatives } from './speed/load-cases.js';
import { buildQueryMix } from './speed/query-mix.js';
import { createKey, importLists, startServer } from './load/server-process.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    db: { type: 'string' },
    workers: { type: 'string', default: '1' },
    rate: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const workers = Number(values.workers);
/** Offer this many requests per second in all (open loop) instead of as many as the clients can. */
const rate = values.rate === undefined ? undefined : Number(values.rate);
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);

const shared = sharedDataDir();
const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'chokepoint-load-')), 'load.db');
if (!values.db) {
  log(`importing every list in ${resolve(shared, 'lists')} into ${db}`);
  importLists(db, resolve(shared, 'lists'));
}
const key = createKey(db);

log('building the query mix from the lists');
const loaded = await loadLists(resolve(shared, 'lists'));
const mix = buildQueryMix(loaded.entities, loadNegatives(resolve(shared, 'matching-cases')), { count: 5000, seed: 7 });
loaded.entities = [];
const bodies = mix.map((q) => JSON.stringify(q.query));

log(`starting the server (${workers} process${workers > 1 ? 'es' : ''})`);
const server = await startServer(db, workers);
log(`server at ${server.url}; ${connections} connections for ${duration} s on POST /v1/screen (${bodies.length} distinct queries, in turn)${rate ? `, offered at ${rate} requests/s in all` : ', each client sending its next request as soon as it has an answer'}`);
const loadBefore = loadavg()[0];
let next = 0;
const result = await autocannon({
  url: server.url,
  connections,
  duration,
  ...(rate ? { overallRate: rate } : {}),
  requests: [{
    method: 'POST',
    path: '/v1/screen',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
  }],
});
const loadAfter = loadavg()[0];
const health = await fetch(`${server.url}/healthz`).then((r) => r.status).catch(() => 0);
await server.stop();

const errors = result.errors + result.timeouts + result.non2xx;
const figures = {
  machine: { cores: availableParallelism(), loadBefore, loadAfter },
  serverProcesses: workers,
  offeredRate: rate ?? null,
  connections,
  durationS: duration,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
  errors: { total: errors, connectionErrors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statusCodes: result.statusCodeStats },
  healthAfter: health,
};
if (values.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
log(`requests: ${figures.requests} in ${duration} s = ${figures.requestsPerSecond.toFixed(0)} requests/s`);
log(`latency: p50 ${figures.latencyMs.p50} ms, p90 ${figures.latencyMs.p90} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms`);
log(`errors: ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}); /healthz after: ${health}`);
log(`load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (the load generator shares the ${figures.machine.cores} cores)`);
const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');
log('summary (target; PASS/MISS):');
log(`  throughput        ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  >= 2000   ${pass(figures.requestsPerSecond >= 2000)}`);
log(`  latency p99       ${String(figures.latencyMs.p99).padStart(6)} ms     <= 20     ${pass(figures.latencyMs.p99 <= 20)}`);
log(`  errors            ${String(errors).padStart(6)}        0         ${pass(errors === 0)}`);
