/**
 * `chokepoint screen "<name>" [options]`: screen one name against the lists the store serves now, and
 * print the ranked matches with their explanations and the list versions used. With `--file` it
 * screens every row of a CSV or JSON-lines file instead (see screen-file.ts). A hit is not an error:
 * the exit code is 0 with or without hits, 2 for invalid input.
 */
import type { Command } from 'commander';
import { screenPayments, type ScreenPaymentsOptions } from './screen-payments.js';
import { ChokepointError } from '../../errors.js';
import { listVersionsOf, loadEngine } from '../../screening/load-engine.js';
import { printJson } from '../output.js';
import { run } from '../run.js';
import { printScreening, printVersionsFooter } from './explain-text.js';
import { addQueryOptions, checkSources, parseQuery, parseTuning, queryOptionsGiven, type RawQueryOptions } from './query-options.js';
import { screenFile } from './screen-file.js';

interface ScreenOptions extends RawQueryOptions {
  file?: string;
  out?: string;
  format?: string;
}

export function registerScreen(program: Command): void {
  const cmd = program
    .command('screen')
    .description('screen a name (or every row of --file) against the loaded sanctions lists, with explanations')
    .argument('[name]', 'the name to screen, in any script and any order; or `payments` followed by a file')
    .argument('[file]', 'with `payments`: a file of MT103/MT202COV, pacs.008 XML or CSV payments');
  addQueryOptions(cmd)
    .option('--file <rows>', 'screen every row of a CSV (header: name, type, dob, country, id, gender) or JSON-lines file')
    .option('--out <file>', 'with --file: write results here instead of stdout (.csv or .jsonl)')
    .option('--format <format>', 'with --file: output format, csv or jsonl (default: by --out extension, else jsonl)')
    .option('--policy <file>', 'with payments: the policy file (default policies/payments.json)')
    .option('--bic <file>', 'with payments: the BIC directory CSV (default: the shared data one)')
    .option('--goods <dir>', 'with payments: the HS and CHPL tables (default: the shared data ones)')
    .option('--workers <n>', 'with payments: worker threads, each with its own index (default 1)')
    .addHelpText('after', '\nExit codes: 0 screened (with or without hits), 2 invalid input, 3 some rows of --file (or payments) invalid, 4 no lists loaded.')
    .action((name: string | undefined, file: string | undefined, opts: ScreenOptions & ScreenPaymentsOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        if (file !== undefined) {
          if (name !== 'payments') throw new ChokepointError('INVALID_INPUT', `one name at a time: quote a name of several words ("${name} ${file}"), or screen a file with \`screen payments <file>\` or --file`, { field: 'name' });
          return screenPayments(ctx, file, opts);
        }
        if (opts.file !== undefined) {
          if (name !== undefined) throw new ChokepointError('INVALID_INPUT', 'give either a name or --file, not both', { field: 'name' });
          const given = queryOptionsGiven(opts);
          if (given.length) throw new ChokepointError('INVALID_INPUT', `${given[0]} describes one query: with --file put it in a column of the file`, { field: given[0] });
          return screenFile(ctx, opts.file, opts);
        }
        if (opts.out !== undefined || opts.format !== undefined) {
          throw new ChokepointError('INVALID_INPUT', '--out and --format go with --file', { field: opts.out !== undefined ? '--out' : '--format' });
        }
        // Everything the user typed is checked before the engine is built, so that a typo fails at once.
        const query = parseQuery(name, opts);
        const options = parseTuning(opts);
        const store = ctx.lists();
        checkSources(options.sources, store.currentVersions().map((v) => v.source));
        const { engine, versions, buildMs } = loadEngine(store);
        const result = engine.screen(query, options);
        if (ctx.json) {
          printJson({ ...result, listVersions: listVersionsOf(versions) });
        } else {
          printScreening(result);
          printVersionsFooter(versions, buildMs, engine.size.entities);
        }
        return 0;
      }),
    );
}
