/** `chokepoint lists diff <source> [--from V --to V]`: what changed between two versions of a list. */
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import type { DatasetVersion, ListStore } from '../../storage/ports.js';
import { printJson, printLine, printTable } from '../output.js';
import { run } from '../run.js';

export function registerListsDiff(lists: Command): void {
  lists
    .command('diff')
    .description('entities added, removed and changed between two versions of a list (default: previous -> current)')
    .argument('<source>', 'list key, e.g. us-ofac-sdn')
    .option('--from <version>', 'version id or label to compare from')
    .option('--to <version>', 'version id or label to compare to')
    .option('--limit <n>', 'rows to print per section in text output', '20')
    .action((source: string, opts: { from?: string; to?: string; limit: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const store = ctx.lists();
        const { from, to } = resolvePair(store, source, opts.from, opts.to);
        const diff = store.diff(from.id, to.id);
        if (ctx.json) {
          printJson({
            source, from: { versionId: from.id, label: from.label }, to: { versionId: to.id, label: to.label },
            counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchangedCount },
            changedFieldCounts: diff.changedFieldCounts, warnings: diff.warnings, added: diff.added, removed: diff.removed, changed: diff.changed,
          });
          return 0;
        }
        printLine(`${source}: version ${from.id} (${from.label}) -> ${to.id} (${to.label})`);
        printLine(`added ${diff.added.length}, removed ${diff.removed.length}, changed ${diff.changed.length}, unchanged ${diff.unchangedCount}`);
        const fields = Object.entries(diff.changedFieldCounts).sort((a, b) => b[1] - a[1]);
        if (fields.length) printLine(`changed fields: ${fields.map(([f, n]) => `${f} ${n}`).join(', ')}`);
        for (const w of diff.warnings) printLine(`warning: ${w}`);
        const limit = Number(opts.limit);
        for (const [title, rows] of [['added', diff.added], ['removed', diff.removed], ['changed', diff.changed]] as const) {
          if (!rows.length) continue;
          printLine(`\n${title}:`);
          printTable(rows.slice(0, limit).map((r) => [r.id, r.schema, r.caption, (r.fields ?? []).join(',')]), ['id', 'schema', 'name', 'fields']);
          if (rows.length > limit) printLine(`... and ${rows.length - limit} more (use --json for all)`);
        }
        return 0;
      }),
    );
}

/** Resolve `--from/--to` (ids or labels); default to the two newest versions, or previous -> current. */
export function resolvePair(store: ListStore, source: string, fromArg?: string, toArg?: string): { from: DatasetVersion; to: DatasetVersion } {
  const versions = store.versions(source);
  if (versions.length === 0) throw new ChokepointError('NOT_FOUND', `no versions of list '${source}' imported`);
  const find = (arg: string): DatasetVersion => {
    const v = versions.find((x) => String(x.id) === arg) ?? versions.find((x) => x.label === arg || x.publishedAt === arg);
    if (!v) throw new ChokepointError('NOT_FOUND', `no version '${arg}' of list '${source}'; versions: ${versions.map((x) => `${x.id} (${x.label})`).join(', ')}`);
    return v;
  };
  const current = store.currentVersions().find((v) => v.source === source) ?? versions[0];
  const to = toArg ? find(toArg) : current;
  const from = fromArg ? find(fromArg) : versions.find((v) => v.id < to.id);
  if (!from) throw new ChokepointError('NOT_FOUND', `list '${source}' has no version before ${to.id} (${to.label}) to compare with`);
  return { from, to };
}
