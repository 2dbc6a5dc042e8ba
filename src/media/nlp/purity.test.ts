/** The adverse-media NLP core is pure: no file, network, clock or environment; data comes in from the edge. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIR = import.meta.dirname;
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|net|http|https|child_process|fs\/promises)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)/, 'reads the clock'],
  [/from ['"](\.\.\/)+(storage|cli|server|importers|service)\//, 'depends on an edge module'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('src/media/nlp', () => {
  it('does no I/O, reads no clock or environment and imports no edge module', () => {
    const all = files(DIR);
    expect(all.length).toBeGreaterThan(10);
    const offences = all.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(readFileSync(f, 'utf8'))).map(([, why]) => `${relative(DIR, f)} ${why}`));
    expect(offences).toEqual([]);
  });
});
