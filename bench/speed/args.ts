/** Command-line options of bench:speed. */
import { parseArgs } from 'node:util';

export interface SpeedArgs {
  queries: number;
  warmup: number;
  pairs: number;
  seed: number;
  /** Worker threads of the multi-core run; 0 skips it (for profiling). */
  workers: number;
  json: boolean;
  nomenklatura: boolean;
  algorithm?: string;
  /** Write a CPU profile of the timed query loops to this file. */
  profile?: string;
}

export const USAGE = `usage: npm run bench:speed -- [--queries N] [--pairs N] [--seed S] [--workers N] [--algorithm NAME] [--skip-nomenklatura] [--profile FILE.cpuprofile] [--json]`;

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got ${JSON.stringify(value)}\n${USAGE}`);
  return n;
}

export function parseSpeedArgs(argv: readonly string[]): SpeedArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      queries: { type: 'string' },
      warmup: { type: 'string' },
      pairs: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      algorithm: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      'skip-nomenklatura': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const queries = positiveInt('queries', values.queries, 10_000);
  return {
    queries,
    warmup: positiveInt('warmup', values.warmup, Math.min(2_000, queries)),
    pairs: positiveInt('pairs', values.pairs, 1_000),
    seed: positiveInt('seed', values.seed, 20_240_503),
    workers: positiveInt('workers', values.workers, 2, 0),
    json: values.json ?? false,
    nomenklatura: !values['skip-nomenklatura'],
    algorithm: values.algorithm,
    profile: values.profile,
  };
}
