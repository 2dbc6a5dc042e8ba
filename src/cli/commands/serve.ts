/** `chokepoint serve`: the HTTP API and the console over the lists in the store. */
import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import { progress } from '../output.js';
import { CliContext, type GlobalOptions } from '../context.js';
import { reportError } from '../output.js';
import { ChokepointError } from '../../errors.js';

export interface ServeOptions {
  port?: string;
  host?: string;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ChokepointError('INVALID_INPUT', `--port must be a whole number from 0 to 65535, got ${JSON.stringify(value)}`, { field: 'port' });
  return n;
}

/** Start the server and keep running until SIGINT/SIGTERM, then drain and close. */
export async function serveUntilStopped(ctx: CliContext, opts: ServeOptions): Promise<number> {
  const port = parsePort(opts.port ?? process.env.PORT, 8080);
  const server = await startServer({ dbPath: ctx.config.dbPath, port, host: opts.host ?? process.env.HOST ?? '127.0.0.1', log: progress, bootstrapKey: true });
  progress(`listening on ${server.url}`);
  progress(`console: ${server.url}/   API documentation: ${server.url}/docs`);
  if (server.createdKey) {
    process.stdout.write(`\nNo API key existed, so one was created with the role admin. It is shown only this once:\n\n  ${server.createdKey}\n\nSign in to the console with it; create more with \`chokepoint keys create --role screener|analyst|admin\`.\n\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  progress('shutting down: finishing requests and the batch chunk in progress');
  await server.close();
  return 0;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /docs) and the analyst console over the lists in the store')
    .option('--port <n>', 'port to listen on (default $PORT or 8080; 0 picks a free one)')
    .option('--host <addr>', 'address to bind (default $HOST or 127.0.0.1)')
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
