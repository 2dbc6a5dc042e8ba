/** Runs a command body with its context, maps errors to exit codes, and always closes the store. */
import type { Command } from 'commander';
import { CliContext, type GlobalOptions } from './context.js';
import { reportError } from './output.js';

export async function run(cmd: Command, body: (ctx: CliContext) => Promise<number>): Promise<void> {
  const opts = cmd.optsWithGlobals() as GlobalOptions;
  let ctx: CliContext | undefined;
  try {
    ctx = new CliContext(opts);
    process.exitCode = await body(ctx);
  } catch (e) {
    process.exitCode = reportError(e, Boolean(opts.json));
  } finally {
    ctx?.close();
  }
}
