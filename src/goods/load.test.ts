import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChpl, loadGoodsTables, loadHs } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'goods-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const HS = 'section,hscode,description,parent,level\nXVI,84,Machinery,TOTAL,2\nXVI,8482,Ball or roller bearings,84,4\nXVI,848210,Ball bearings,8482,6\nXXI,TOTAL,Total of all HS2022 commodities,,5\n';
const CHPL = 'hs6,tier,description,source\n848210,3.B,Ball bearings,BIS\n';

describe('loadHs', () => {
  it('reads chapters, headings and subheadings, skipping the TOTAL row', () => {
    const rows = loadHs(file('hs.csv', HS));
    expect(rows.map((r) => r.code)).toEqual(['84', '8482', '848210']);
    expect(rows[2]).toEqual({ code: '848210', level: 6, description: 'Ball bearings', parent: '8482', section: 'XVI' });
  });

  it('names file, line and field for a bad code', () => {
    const p = file('bad-code.csv', HS.replace('XVI,848210,', 'XVI,84821X,'));
    expect(() => loadHs(p)).toThrow(`${p}, line 4, field 'hscode': hscode must be 6 digits, got '84821X'`);
  });

  it('names the field for a bad level and a wrong parent', () => {
    expect(() => loadHs(file('bad-level.csv', HS.replace('Ball bearings,8482,6', 'Ball bearings,8482,7')))).toThrow(/line 4, field 'level'/);
    expect(() => loadHs(file('bad-parent.csv', HS.replace('Ball bearings,8482,6', 'Ball bearings,8483,6')))).toThrow(/line 4, field 'parent'/);
  });

  it('names a missing column and a short row', () => {
    expect(() => loadHs(file('no-level.csv', 'section,hscode,description,parent\nXVI,84,M,TOTAL\n'))).toThrow(/line 1, field 'level': missing column/);
    expect(() => loadHs(file('short.csv', 'section,hscode,description,parent,level\nXVI,84,M\n'))).toThrow(/line 2: expected 5 fields, found 3/);
  });

  it('fails clearly on a missing file', () => {
    expect(() => loadHs(join(dir, 'nope.csv'))).toThrow(/nope\.csv: cannot read file/);
  });
});

describe('loadChpl', () => {
  it('reads tiers', () => {
    expect(loadChpl(file('chpl.csv', CHPL))).toEqual([{ hs6: '848210', tier: '3.B', description: 'Ball bearings', source: 'BIS' }]);
  });

  it('rejects an unknown tier, naming line and field', () => {
    expect(() => loadChpl(file('bad-tier.csv', CHPL.replace('3.B', '5')))).toThrow(/line 2, field 'tier': tier must be one of/);
  });
});

describe('loadGoodsTables', () => {
  it('loads both files and checks every CHPL code against the nomenclature', () => {
    const d = mkdtempSync(join(dir, 'both-'));
    writeFileSync(join(d, 'harmonized-system.csv'), HS);
    writeFileSync(join(d, 'chpl.csv'), CHPL);
    expect(loadGoodsTables(d).chpl).toHaveLength(1);
    writeFileSync(join(d, 'chpl.csv'), CHPL.replace('848210', '848220'));
    expect(() => loadGoodsTables(d)).toThrow(/chpl\.csv, line 2, field 'hs6': hs6 848220 is not in/);
  });
});
