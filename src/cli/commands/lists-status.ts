/** `chokepoint lists status`: the version each list serves, with counts by schema. */
import type { Command } from 'commander';
import { importers } from '../../importers/registry.js';
import type { DatasetVersion } from '../../storage/ports.js';
import { printJson, printTable } from '../output.js';
import { run } from '../run.js';

export function registerListsStatus(lists: Command): void {
  lists
    .command('status')
    .description('show the version each list serves now, with its counts')
    .option('--all', 'show every version, not only the current ones')
    .action((opts: { all?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const store = ctx.lists();
        const current = store.currentVersions();
        const currentIds = new Set(current.map((v) => v.id));
        const shown = opts.all ? store.versions() : current;
        if (ctx.json) {
          printJson({
            lists: current.map((v) => ({ ...versionJson(v), title: titleOf(v.source) })),
            ...(opts.all ? { versions: shown.map((v) => ({ ...versionJson(v), current: currentIds.has(v.id) })) } : {}),
            totalEntities: current.reduce((a, v) => a + v.total, 0),
          });
          return 0;
        }
        if (shown.length === 0) {
          printTable([], ['list', 'version', 'published', 'entities', 'records', 'by schema']);
          process.stderr.write('no lists imported yet: run `chokepoint lists import <dir>` or `chokepoint lists fetch`\n');
          return 0;
        }
        printTable(
          shown.map((v) => [
            v.source + (opts.all && currentIds.has(v.id) ? ' *' : ''),
            `${v.id} (${v.label})`,
            v.publishedAt ?? '',
            v.total,
            v.sourceRecords,
            Object.entries(v.countsBySchema).map(([k, n]) => `${k} ${n}`).join(', '),
          ]),
          ['list', 'version', 'published', 'entities', 'records', 'by schema'],
        );
        return 0;
      }),
    );
}

export function versionJson(v: DatasetVersion) {
  return {
    source: v.source, versionId: v.id, label: v.label, publishedAt: v.publishedAt ?? null, importedAt: v.importedAt,
    checksum: v.checksum, total: v.total, sourceRecords: v.sourceRecords, countsBySchema: v.countsBySchema, files: v.files,
  };
}

function titleOf(source: string): string | undefined {
  return importers().find((i) => i.source === source)?.title;
}
