/** The `chokepoint` command line. */
import { Command, CommanderError } from 'commander';
import { registerListsImport } from './commands/lists-import.js';
import { registerListsStatus } from './commands/lists-status.js';
import { registerListsDiff } from './commands/lists-diff.js';
import { registerListsFetch } from './commands/lists-fetch.js';
import { registerEntityShow } from './commands/entity-show.js';
import { registerUp } from './commands/up.js';
import { registerScreen } from './commands/screen.js';
import { registerCompare } from './commands/compare.js';
import { registerServe } from './commands/serve.js';
import { registerKeys } from './commands/keys.js';
import { registerAudit } from './commands/audit.js';
import { registerGoods } from './commands/goods.js';
import { registerMedia } from './commands/media.js';
import { registerTrade } from './commands/trade.js';

export function buildProgram(): Command {
  const program = new Command('chokepoint')
    .description('Sanctions and export-control screening: lists, names, goods, payments, trade flows, adverse media')
    .option('--db <file>', 'SQLite store file (default: $CHOKEPOINT_DB or data/chokepoint.db)')
    .option('--json', 'print machine-readable JSON on stdout')
    .showHelpAfterError()
    .exitOverride();
  const lists = program.command('lists').description('import, fetch, inspect and diff sanctions lists');
  registerListsImport(lists);
  registerListsFetch(lists);
  registerListsStatus(lists);
  registerListsDiff(lists);
  registerEntityShow(program);
  registerUp(program);
  registerScreen(program);
  registerCompare(program);
  registerServe(program);
  registerKeys(program);
  registerAudit(program);
  registerGoods(program);
  registerMedia(program);
  registerTrade(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
