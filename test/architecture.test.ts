/**
 * The core (model, common, matching, goods, trade, media) does no I/O, reads no environment or clock and
 * does not depend on the edge: the dependency rule of ../shared/docs/architecture.md, held by a test
 * rather than by good intentions.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './helpers.js';

const CORE = ['src/model', 'src/common', 'src/matching', 'src/goods', 'src/trade', 'src/media'];
/** The core's own edge files: the goods tables are read from disk by load.ts, and nothing else. */
const EDGE_FILES = new Set(['src/goods/load.ts']);
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|net|http|https|child_process|worker_threads|fs\/promises|dgram|dns|tls)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)|performance\.now\(/, 'reads the clock'],
  [/Math\.random\(/, 'is not deterministic'],
  [/@duckdb\/|better-sqlite3/, 'talks to a database'],
  [/from ['"](\.\.\/)+(storage|cli|api|server|service|importers|lists|screening)\//, 'depends on an edge module'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'testdata' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !EDGE_FILES.has(relative(REPO, p)) ? [p] : [];
  });
}

describe('the core is pure', () => {
  const all = CORE.flatMap((d) => files(join(REPO, d)));

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(CORE)('%s does no I/O, reads no environment or clock and imports no edge module', (dir) => {
    const offences: string[] = [];
    for (const file of files(join(REPO, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const [re, what] of FORBIDDEN) if (re.test(text)) offences.push(`${relative(REPO, file)} ${what}`);
    }
    expect(offences).toEqual([]);
  });
});
