/** `chokepoint serve`: the HTTP API and the console over the lists in the store. */
import cluster from 'node:cluster';
import { createServer, type AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { createApiKey } from '../../service/keys.js';
import { SqliteKeyStore } from '../../storage/sqlite/key-store.js';
import type { SqliteListStore } from '../../storage/sqlite/list-store.js';
import { progress } from '../output.js';
import { CliContext, type GlobalOptions } from '../context.js';
import { reportError } from '../output.js';
import { ChokepointError } from '../../errors.js';
import { parseWorkers } from '../workers-option.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  workers?: string;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ChokepointError('INVALID_INPUT', `--port must be a whole number from 0 to 65535, got ${JSON.stringify(value)}`, { field: 'port' });
  return n;
}

/** Start the server and keep running until SIGINT/SIGTERM, then drain and close. */
export async function serveUntilStopped(ctx: CliContext, opts: ServeOptions): Promise<number> {
  let port = parsePort(opts.port ?? process.env.PORT, 8080);
  const workers = parseWorkers(opts.workers ?? process.env.CHOKEPOINT_WORKERS, 1, 64);
  if (workers > 1 && cluster.isPrimary) {
    // Port 0 would give each process a port of its own: pick one free port for all of them.
    if (port === 0) port = await freePort(opts.host ?? process.env.HOST ?? '127.0.0.1');
    // The processes run `serve` on the chosen port, whether the primary was started by `serve` or `up`.
    const host = opts.host ?? process.env.HOST;
    cluster.setupPrimary({ args: ['--db', ctx.config.dbPath, 'serve', '--port', String(port), ...(host ? ['--host', host] : []), '--workers', String(workers)] });
    return runCluster(ctx, workers);
  }
  // The server (and the analytics it carries) loads only when a server starts: other commands stay light.
  const { startServer } = await import('../../server/start.js');
  const server = await startServer({
    dbPath: ctx.config.dbPath, sharedDataDir: ctx.config.sharedDataDir, port, host: opts.host ?? process.env.HOST ?? '127.0.0.1', log: cluster.isWorker ? () => {} : progress,
    bootstrapKey: !cluster.isWorker,
    // In a cluster, the first worker alone resumes batch jobs left unfinished.
    resumeJobs: !cluster.isWorker || cluster.worker?.id === 1,
  });
  if (cluster.isWorker) {
    process.send?.({ listening: server.url });
    await untilSignal();
    await server.close();
    // The channel to the primary would keep the process alive.
    cluster.worker?.disconnect();
    return 0;
  }
  progress(`listening on ${server.url}`);
  progress(`console: ${server.url}/   API documentation: ${server.url}/docs`);
  if (server.createdKey) printFirstKey(server.createdKey);
  await untilSignal();
  progress('shutting down: finishing requests and the batch chunk in progress');
  await server.close();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Several server processes sharing one port (Node's cluster): each builds its own index and screens
 * on its own core; they share the SQLite store, whose audit chain is appended under a write lock.
 * The primary creates the first key if none exists, forks, and stops them all on SIGINT/SIGTERM.
 */
async function runCluster(ctx: CliContext, workers: number): Promise<number> {
  const keys = new SqliteKeyStore((ctx.lists() as SqliteListStore).db);
  if (keys.count() === 0) printFirstKey(createApiKey(keys, { role: 'admin', name: 'first admin' }).key);
  progress(`starting ${workers} server processes, each building its own index`);
  let url = '';
  let ready = 0;
  let stopping = false;
  const fork = () => {
    const w = cluster.fork();
    w.on('message', (m: { listening?: string }) => {
      if (m.listening && ++ready === workers) {
        url = m.listening;
        progress(`listening on ${url} (${workers} processes)`);
        progress(`console: ${url}/   API documentation: ${url}/docs`);
      }
    });
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    progress(`server process ${w.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  await untilSignal();
  stopping = true;
  progress('shutting down the server processes');
  await Promise.all(Object.values(cluster.workers ?? {}).map((w) => new Promise<void>((done) => {
    if (!w || w.isDead()) return done();
    w.once('exit', () => done());
    w.process.kill('SIGTERM');
  })));
  return 0;
}

function printFirstKey(key: string): void {
  process.stdout.write(`\nNo API key existed, so one was created with the role admin. It is shown only this once:\n\n  ${key}\n\nSign in to the console with it; create more with \`chokepoint keys create --role screener|analyst|admin\`.\n\n`);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /docs) and the analyst console over the lists in the store')
    .option('--port <n>', 'port to listen on (default $PORT or 8080; 0 picks a free one)')
    .option('--host <addr>', 'address to bind (default $HOST or 127.0.0.1)')
    .option('--workers <n>', 'server processes sharing the port, one per core (default $CHOKEPOINT_WORKERS or 1)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals() as GlobalOptions;
      let ctx: CliContext | undefined;
      try {
        ctx = new CliContext(g);
        process.exitCode = await serveUntilStopped(ctx, opts);
      } catch (e) {
        process.exitCode = reportError(e, Boolean(g.json));
      } finally {
        ctx?.close();
      }
    });
}
