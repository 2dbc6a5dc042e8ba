/** `chokepoint keys create|list|revoke`: API keys, hashed at rest; a new key is printed once. */
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import { createApiKey } from '../../service/keys.js';
import { SqliteKeyStore } from '../../storage/sqlite/key-store.js';
import { SqliteListStore } from '../../storage/sqlite/list-store.js';
import { printJson, printLine, printTable } from '../output.js';
import { run } from '../run.js';
import type { CliContext } from '../context.js';

function keyStore(ctx: CliContext): SqliteKeyStore {
  return new SqliteKeyStore((ctx.lists() as SqliteListStore).db);
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API keys for the HTTP API and the console');
  keys
    .command('create')
    .description('create a key and print it (it is shown only this once)')
    .requiredOption('--role <role>', 'screener, analyst or admin')
    .option('--name <name>', 'who or what uses the key')
    .option('--rate-limit <n>', 'requests per minute (default 600)')
    .action((opts: { role: string; name?: string; rateLimit?: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const rate = opts.rateLimit === undefined ? undefined : Number(opts.rateLimit);
        if (rate !== undefined && !Number.isInteger(rate)) throw new ChokepointError('INVALID_INPUT', `--rate-limit must be a whole number, got ${JSON.stringify(opts.rateLimit)}`, { field: 'rate-limit' });
        const { record, key } = createApiKey(keyStore(ctx), { role: opts.role, name: opts.name, ratePerMinute: rate });
        if (ctx.json) printJson({ ...record, key });
        else {
          printLine(key);
          process.stderr.write(`created ${record.id} (${record.role}, ${record.ratePerMinute} requests/minute): keep the key above, it is not stored and cannot be shown again\n`);
        }
        return 0;
      }),
    );
  keys
    .command('list')
    .description('list keys (their ids, names, roles; never the keys)')
    .action((_opts: unknown, cmd: Command) =>
      run(cmd, async (ctx) => {
        const all = keyStore(ctx).list();
        if (ctx.json) printJson({ keys: all });
        else printTable(all.map((k) => [k.id, k.name, k.role, k.ratePerMinute, k.createdAt, k.revokedAt ?? '']), ['id', 'name', 'role', 'per minute', 'created', 'revoked']);
        return 0;
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key: it stops working at once')
    .argument('<id>', 'key id (key_...)')
    .action((id: string, _opts: unknown, cmd: Command) =>
      run(cmd, async (ctx) => {
        if (!keyStore(ctx).revoke(id, new Date().toISOString())) throw new ChokepointError('NOT_FOUND', `no live key ${id}`);
        if (ctx.json) printJson({ revoked: id });
        else printLine(`revoked ${id}`);
        return 0;
      }),
    );
}
