/**
 * `chokepoint goods classify "<text>" [--top N] [--data <dir>] [--json]`: map a free-text goods
 * description (invoice line, customs declaration, part number) to ranked HS-6 candidates with confidence,
 * CHPL tier and explanation. Reads the HS 2022 and CHPL tables from <shared data>/goods or --data.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import { printJson, printLine, printTable } from '../output.js';
import { run } from '../run.js';

interface ClassifyOptions {
  top?: string;
  data?: string;
}

export function registerGoods(program: Command): void {
  const goods = program.command('goods').description('classify goods descriptions to HS codes and the Common High Priority List');
  goods
    .command('classify')
    .description('rank HS-6 candidates for a goods description, with confidence, CHPL tier and explanation')
    .argument('<text>', 'goods description, e.g. "deep groove ball bearing 6205-2RS"')
    .option('--top <n>', 'how many candidates to show', '5')
    .option('--data <dir>', 'folder with harmonized-system.csv and chpl.csv (default: <shared data>/goods)')
    .addHelpText('after', '\nExit codes: 0 classified, 2 invalid input, 3 malformed data file, 4 data folder not found.')
    .action((text: string, opts: ClassifyOptions, cmd: Command) =>
      run(cmd, async (ctx) => {
        const top = Number(opts.top);
        if (!Number.isInteger(top) || top < 1 || top > 50) throw new ChokepointError('INVALID_INPUT', `--top must be an integer from 1 to 50, got '${opts.top}'`, { field: '--top' });
        if (!text.trim()) throw new ChokepointError('INVALID_INPUT', 'the goods description is empty', { field: 'text' });
        const dir = opts.data ? resolve(opts.data) : ctx.config.sharedDataDir ? resolve(ctx.config.sharedDataDir, 'goods') : undefined;
        if (!dir || !existsSync(dir)) throw new ChokepointError('NOT_FOUND', `goods data folder not found${dir ? `: ${dir}` : ''}; pass --data <dir>`, { field: '--data' });
        const { buildClassifier } = await import('../../goods/index.js');
        const { loadGoodsTables } = await import('../../goods/load.js');
        const candidates = buildClassifier(loadGoodsTables(dir)).classify(text, { top });
        if (ctx.json) {
          printJson({ text, candidates });
          return 0;
        }
        if (candidates.length === 0) {
          printLine('no HS candidate found');
          return 0;
        }
        printTable(
          candidates.map((c) => [c.code, c.confidence.toFixed(2), c.chpl ? `CHPL ${c.chpl.tier}` : '-', c.description.slice(0, 70)]),
          ['hs6', 'conf', 'chpl', 'description'],
        );
        printLine();
        for (const c of candidates) printLine(`${c.code}: ${c.explanation}`);
        return 0;
      }),
    );
}
