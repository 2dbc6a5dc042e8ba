/** The classifier core is pure: only load.ts (the edge) reads files; nothing reads the clock or env. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = import.meta.dirname;
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|net|http|https|child_process|fs\/promises)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)/, 'reads the clock'],
  [/from ['"]\.\.\/(storage|cli|server|importers)\//, 'depends on an edge module'],
];

describe('src/goods core', () => {
  it('does no I/O outside load.ts', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'load.ts');
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(readFileSync(join(DIR, f), 'utf8'))).map(([, why]) => `${f} ${why}`));
    expect(offences).toEqual([]);
  });
});
