/**
 * bench:fuzz — issue's robustness check against a running server: 10,000 malformed requests generated
 * from its OpenAPI document (see test/fuzz/malformed.ts), then the counts by status and mutation kind
 * and every 5xx, lost connection and malformed error body. Exit code 1 when there is any.
 * Run: npm run bench:fuzz -- --url http://127.0.0.1:8080 --key <admin key> [--count 10000] [--seed 1]
 *      [--concurrency 16] [--timeout 30000] [--only N: replay request N of the run and print its answer]
 */
import { parseArgs } from 'node:util';
import { formatSummary } from '../test/fuzz/summary.js';
import { replayOne, runFuzz, type FuzzOptions } from '../test/fuzz/run.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '16' },
    timeout: { type: 'string', default: '30000' },
    only: { type: 'string' },
  },
});
if (!values.url || !values.key) {
  process.stderr.write('usage: npm run bench:fuzz -- --url <server url> --key <admin API key> [--count N] [--seed N] [--concurrency N] [--timeout ms] [--only N]\n');
  process.exit(2);
}
const opts: FuzzOptions = {
  baseUrl: values.url, key: values.key, count: Number(values.count), seed: Number(values.seed),
  concurrency: Number(values.concurrency), timeoutMs: Number(values.timeout),
};

if (values.only !== undefined) {
  const o = await replayOne(opts, Number(values.only));
  process.stdout.write(`${o.label}\n${o.method} ${o.path}\n-> ${o.status || o.error} ${o.contentType ?? ''} (${o.ms.toFixed(0)} ms)\n${o.body}\n`);
} else {
  const run = await runFuzz(opts);
  process.stdout.write(`${formatSummary(run.summary, run.plan.mutations.length)}\n`);
  const s = run.summary;
  process.exitCode = s.serverErrors.length + s.lostConnections.length + s.shapeViolations.length + s.fieldViolations.length > 0 ? 1 : 0;
}
