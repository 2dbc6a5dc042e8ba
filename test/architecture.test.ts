/**
 * The core (model, common, matching) does no I/O and reads no environment or clock: the dependency
 * rule of ../shared/docs/architecture.md, held by a test rather than by good intentions.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO } from './helpers.js';

const CORE = ['src/model', 'src/common', 'src/matching'];
const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]node:(fs|net|http|https|child_process|worker_threads|fs\/promises)['"]/, 'imports node I/O'],
  [/from ['"](fs|net|http|https|child_process)['"]/, 'imports node I/O'],
  [/process\.env/, 'reads the environment'],
  [/Date\.now\(|new Date\(\)/, 'reads the clock'],
  [/from ['"]\.\.\/(\.\.\/)?(storage|cli|api|importers|lists|screening)\//, 'depends on an edge module'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
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
