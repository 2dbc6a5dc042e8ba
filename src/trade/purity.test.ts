/** The trade core is pure: no file, network, environment or clock access; no dependency on the edge. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = import.meta.dirname;
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|net|http|https|child_process|fs\/promises|dgram|worker_threads)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)/, 'reads the clock'],
  [/from ['"]\.\.\/(storage|cli|server|service|importers|api)\//, 'depends on an edge module'],
  [/@duckdb\//, 'talks to the database'],
];

describe('src/trade core', () => {
  it('does no I/O', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(12);
    const offences = files.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(readFileSync(join(DIR, f), 'utf8'))).map(([, why]) => `${f} ${why}`));
    expect(offences).toEqual([]);
  });
});
