/** `chokepoint audit verify`: walk the audit hash chain and report any row altered or deleted. */
import type { Command } from 'commander';
import { SqliteAuditLog } from '../../storage/sqlite/audit-log.js';
import type { SqliteListStore } from '../../storage/sqlite/list-store.js';
import { printJson, printLine } from '../output.js';
import { run } from '../run.js';

/** Exit code of a chain that does not verify. */
export const AUDIT_BROKEN_EXIT = 12;

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail of screenings');
  audit
    .command('verify')
    .description('recompute the hash chain; exit 0 if intact, 12 if any row was altered or deleted')
    .action((_opts: unknown, cmd: Command) =>
      run(cmd, async (ctx) => {
        const result = new SqliteAuditLog((ctx.lists() as SqliteListStore).db).verify();
        if (ctx.json) printJson(result);
        else {
          printLine(result.ok ? `audit trail intact: ${result.rows} rows, head ${result.head}` : `audit trail BROKEN: ${result.problems.length} problem(s) in ${result.rows} rows`);
          for (const p of result.problems.slice(0, 50)) printLine(`  row ${p.seq}: ${p.problem}`);
          if (result.problems.length > 50) printLine(`  ... and ${result.problems.length - 50} more`);
        }
        return result.ok ? 0 : AUDIT_BROKEN_EXIT;
      }),
    );
}
