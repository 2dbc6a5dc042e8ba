/**
 * `chokepoint screen payments <file>`: stream a file of payments (MT103/MT202COV in FIN or RJE form,
 * pacs.008 XML, or the CSV layout of docs/payments-csv.md) through the payment policy and write one
 * JSON line per payment: its decision, every rule that fired with its evidence, and the list versions.
 * A malformed message is written as an error line with its file, message and field, and the run goes
 * on; the summary counts decisions and failures, and the exit code says whether any message failed.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ChokepointError } from '../../errors.js';
import { loadEngine } from '../../screening/load-engine.js';
import { screenPayment } from '../../transactions/decide.js';
import { loadPolicy } from '../../transactions/load-policy.js';
import { loadBicDirectory, parsePaymentFile } from '../../transactions/parse/index.js';
import { paymentDeps } from '../../transactions/pipeline.js';
import type { Decision } from '../../transactions/policy.js';
import type { CliContext } from '../context.js';
import { fileProgress, type FileProgress } from './file-progress.js';
import { parseWorkers } from '../workers-option.js';
import { openSink } from './row-writer.js';
import { PaymentPool } from '../../transactions/parallel/pool.js';
import { decisionLine, type WorkerSetup } from '../../transactions/parallel/protocol.js';
import type { Payment } from '../../transactions/model.js';
import { performance } from 'node:perf_hooks';

export interface ScreenPaymentsOptions {
  out?: string;
  policy?: string;
  bic?: string;
  goods?: string;
  /** Worker threads, each with its own engine (default 1: screen in this thread). */
  workers?: string;
}

const BATCH = 200;

export async function screenPayments(ctx: CliContext, file: string, opts: ScreenPaymentsOptions): Promise<number> {
  if (!existsSync(file)) throw new ChokepointError('NOT_FOUND', 'no such payments file', { file });
  const policy = loadPolicy(opts.policy);
  const shared = ctx.config.sharedDataDir;
  const bicFile = opts.bic ?? (shared && join(shared, 'payments/bic/bic_directory.csv'));
  const goodsDir = opts.goods ?? (shared && join(shared, 'goods'));
  const bics = bicFile && existsSync(bicFile) ? await loadBicDirectory(bicFile) : undefined;
  if (!bics) process.stderr.write('no BIC directory (--bic): banks are screened by BIC and by the names the messages give\n');
  const { buildClassifier } = await import('../../goods/index.js');
  const { loadGoodsTables } = await import('../../goods/load.js');
  const classifier = goodsDir && existsSync(goodsDir) ? buildClassifier(loadGoodsTables(goodsDir)) : undefined;
  if (!classifier) process.stderr.write('no goods tables (--goods): the goods rules cannot fire\n');
  const workers = parseWorkers(opts.workers, 1, 32);
  if (workers > 1) return screenInParallel(ctx, file, opts, workers, { policyFile: opts.policy, bicFile: bics ? bicFile : undefined, goodsDir: classifier ? goodsDir : undefined });
  const { engine, versions, buildMs } = loadEngine(ctx.lists());
  process.stderr.write(`policy ${policy.name} ${policy.version}; ${versions.length} lists, engine of ${engine.size.entities} entities built in ${buildMs} ms\n`);
  const { deps, stats } = paymentDeps(engine, bics, classifier && ((t) => classifier.classify(t, { top: 1 })));

  const sink = await openSink(opts.out);
  const progress = fileProgress('screened payments', statSync(file).size);
  const counts: Record<string, number> = { pass: 0, review: 0, hold: 0, block: 0 };
  const failures: string[] = [];
  let done = 0;
  for await (const r of parsePaymentFile(file, { displayName: basename(file) })) {
    if (r.ok) {
      const { decision, line } = decisionLine(screenPayment(r.payment, policy, deps), r.payment, versions);
      counts[decision]++;
      await sink.write(`${line}\n`);
    } else {
      failures.push(r.error.message);
      await sink.write(`${JSON.stringify({ error: r.error.toJSON() })}\n`);
    }
    progress.tick(++done, failures.length, 0);
  }
  await sink.close();
  const s = stats();
  return report(progress, done, counts, failures, `; names screened ${s.names.misses} (${s.names.hits} repeats)`);
}

/** The end of a run: the summary, the first failures, and the exit code (3 when any message failed). */
function report(progress: FileProgress, done: number, counts: Record<string, number>, failures: string[], extra = ''): number {
  progress.done(done, failures.length, `decisions: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}${extra}`);
  for (const f of failures.slice(0, 20)) process.stderr.write(`failed: ${f}\n`);
  if (failures.length > 20) process.stderr.write(`... and ${failures.length - 20} more failed messages (error lines in the output)\n`);
  return failures.length ? 3 : 0;
}

/** The same run on worker threads: this thread parses and writes, the workers decide, order is kept. */
async function screenInParallel(ctx: CliContext, file: string, opts: ScreenPaymentsOptions, workers: number, data: Omit<WorkerSetup, 'dbPath'>): Promise<number> {
  const started = performance.now();
  const pool = await PaymentPool.start(workers, { dbPath: ctx.config.dbPath, ...data });
  process.stderr.write(`${workers} workers ready in ${((performance.now() - started) / 1000).toFixed(1)} s, each with its own engine\n`);
  const sink = await openSink(opts.out);
  const progress = fileProgress('screened payments', statSync(file).size);
  const counts: Record<string, number> = { pass: 0, review: 0, hold: 0, block: 0 };
  const failures: string[] = [];
  let done = 0;
  const emit = async (batches: { decision: string; line: string }[][]) => {
    for (const b of batches) {
      for (const { decision, line } of b) {
        counts[decision]++;
        await sink.write(`${line}\n`);
        progress.tick(++done, failures.length, 0);
      }
    }
  };
  let batch: Payment[] = [];
  try {
    for await (const r of parsePaymentFile(file, { displayName: basename(file) })) {
      if (r.ok) {
        batch.push(r.payment);
        if (batch.length === BATCH) {
          await emit(await pool.submit(batch));
          batch = [];
        }
        continue;
      }
      // An error is written where its message stood: what was sent before it goes out first.
      if (batch.length) await emit(await pool.submit(batch));
      batch = [];
      await emit(await pool.drain());
      failures.push(r.error.message);
      await sink.write(`${JSON.stringify({ error: r.error.toJSON() })}\n`);
      progress.tick(++done, failures.length, 0);
    }
    if (batch.length) await emit(await pool.submit(batch));
    await emit(await pool.drain());
  } finally {
    await pool.close();
  }
  await sink.close();
  return report(progress, done, counts, failures);
}
