/** `chokepoint lists import <path...>`: import every list file found under the paths, all or nothing. */
import type { Command } from 'commander';
import { discoverDatasets } from '../../importers/registry.js';
import { importDatasets, type ImportOutcome } from '../../lists/import.js';
import { ChokepointError } from '../../errors.js';
import { CliContext } from '../context.js';
import { printJson, printTable, progress, progressDone } from '../output.js';
import { run } from '../run.js';

export function registerListsImport(lists: Command): void {
  lists
    .command('import')
    .description('import every list found under the given files or folders (one transaction: all or nothing)')
    .argument('<paths...>', 'files or folders holding list files in their native formats')
    .option('--only <sources>', 'comma-separated list keys to import (e.g. us-ofac-sdn,un-sc)')
    .option('--force', 'import even files identical to a version already imported')
    .option('--skip-unknown', 'ignore files that are not in a supported list format instead of failing')
    .action((paths: string[], opts: { only?: string; force?: boolean; skipUnknown?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const only = opts.only?.split(',').map((s) => s.trim()).filter(Boolean);
        const refs = paths.flatMap((p) => discoverDatasets(p, only, { skipUnknown: opts.skipUnknown }));
        if (refs.length === 0) throw new ChokepointError('NOT_FOUND', `no list files recognised under ${paths.join(', ')}`);
        const outcomes = await importLists(ctx, refs, opts.force);
        if (ctx.json) printJson({ outcomes: outcomes.map(summarise) });
        else printOutcomes(outcomes);
        return 0;
      }),
    );
}

export async function importLists(ctx: CliContext, refs: Parameters<typeof importDatasets>[1], force?: boolean): Promise<ImportOutcome[]> {
  const started = Date.now();
  const outcomes = await importDatasets(ctx.lists(), refs, {
    force,
    onDataset: (ref, i, total) => progress(`[${i + 1}/${total}] ${ref.source} ${ref.label}`),
    onProgress: (ref, n) => progress(`  ${ref.source} ${ref.label}: ${n} records`),
  });
  progressDone();
  progress(`imported ${outcomes.filter((o) => o.status === 'imported').length} of ${refs.length} datasets in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  progressDone();
  return outcomes;
}

function summarise(o: ImportOutcome) {
  return { source: o.source, label: o.label, status: o.status, versionId: o.version.id, total: o.version.total, countsBySchema: o.version.countsBySchema };
}

function printOutcomes(outcomes: ImportOutcome[]): void {
  printTable(
    outcomes.map((o) => [o.source, o.label, o.status, o.version.id, o.version.total]),
    ['list', 'version', 'status', 'id', 'entities'],
  );
}
