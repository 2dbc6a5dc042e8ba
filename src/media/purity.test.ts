/** The adverse-media extraction and dedup core is pure: no file, network, environment or clock access. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIR = import.meta.dirname;
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?(fs|net|http|https|child_process|fs\/promises|dns|tls)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)|performance\.now\(/, 'reads the clock'],
  [/Math\.random\(/, 'is not deterministic'],
  [/from ['"](\.\.\/)+(storage|cli|server|importers|api)\//, 'depends on an edge module'],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'testdata' ? [] : sources(join(dir, e.name));
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });
}

describe('src/media extraction and dedup core', () => {
  it('does no I/O', () => {
    const files = [...sources(join(DIR, 'extract')), ...sources(join(DIR, 'dedup')), join(DIR, 'article.ts')];
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(readFileSync(f, 'utf8'))).map(([, why]) => `${relative(DIR, f)} ${why}`));
    expect(offences).toEqual([]);
  });
});
