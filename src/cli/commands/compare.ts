/**
 * `chokepoint compare "<name1>" "<name2>" [--type T] [--json]`: score two names against each other with
 * the screening engine's comparison, and explain the score. `--file pairs.csv` compares every row
 * (see compare-file.ts). Needs no lists: the engine compares names without an index.
 */
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import { buildEngine } from '../../matching/engine.js';
import { printJson } from '../output.js';
import { run } from '../run.js';
import { compareFile } from './compare-file.js';
import { printComparison } from './explain-text.js';
import { check, nameField, schemaField } from './query-fields.js';
import { parseTuning } from './query-options.js';

interface CompareOptions {
  type?: string;
  threshold?: string;
  weights?: string;
  file?: string;
  out?: string;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('score two names against each other and explain the score (or every row of --file)')
    .argument('[name1]', 'first name')
    .argument('[name2]', 'second name')
    .option('--type <schema>', 'compare as Person, Organization, Vessel or Aircraft')
    .option('--threshold <score>', 'lowest score counted as a match, between 0 and 1')
    .option('--weights <pairs>', 'override comparison weights, e.g. name=0.5')
    .option('--file <pairs>', 'compare every row of a CSV with columns name1,name2 and optionally schema')
    .option('--out <file>', 'with --file: write the JSON lines here instead of stdout')
    .addHelpText('after', '\nExit codes: 0 compared, 2 invalid input, 3 some rows of --file invalid.')
    .action((name1: string | undefined, name2: string | undefined, opts: CompareOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        const options = parseTuning({ threshold: opts.threshold, weights: opts.weights });
        const engine = buildEngine([]);
        if (opts.file !== undefined) {
          if (name1 !== undefined) throw new ChokepointError('INVALID_INPUT', 'give either two names or --file, not both', { field: 'name1' });
          if (opts.type !== undefined) throw new ChokepointError('INVALID_INPUT', 'with --file put the type in a schema column', { field: '--type' });
          return compareFile(engine, opts.file, opts.out, options);
        }
        if (opts.out !== undefined) throw new ChokepointError('INVALID_INPUT', '--out goes with --file', { field: '--out' });
        if (name1 === undefined || name2 === undefined) {
          throw new ChokepointError('INVALID_INPUT', 'give two names to compare, or --file <pairs.csv>', { field: name1 === undefined ? 'name1' : 'name2' });
        }
        const a = check(nameField, name1, 'name1');
        const b = check(nameField, name2, 'name2');
        const schema = opts.type === undefined ? undefined : check(schemaField, opts.type, '--type');
        const comparison = engine.compare(a, b, schema, options);
        if (ctx.json) printJson(comparison);
        else printComparison(comparison);
        return 0;
      }),
    );
}
