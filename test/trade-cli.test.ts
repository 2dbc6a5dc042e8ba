/** `chokepoint trade import` and `trade report` end to end on the small fixtures. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';

const FIX = resolve(import.meta.dirname, 'fixtures/trade');
const GOODS = resolve(import.meta.dirname, 'fixtures/trade/goods');
const tmp = mkdtempSync(join(tmpdir(), 'chokepoint-trade-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'chokepoint', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe('chokepoint trade', () => {
  const store = join(tmp, 'trade.duckdb');

  it('imports the fixtures and prints JSON', async () => {
    const r = await cli(['--json', 'trade', 'import', '--dir', join(FIX, 'good'), '--goods', GOODS, '--store', store]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.importId).toBe(1);
    expect(json.files).toHaveLength(8);
    expect(json.tierDisagreements).toEqual([{ hs6: '848220', fileTier: '3.A', tableTier: '3.B' }]);
  });

  it('fails with exit 3 naming file, line and field, keeping the previous import', async () => {
    const r = await cli(['trade', 'import', '--dir', join(FIX, 'bad-value'), '--goods', GOODS, '--store', store]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/comext\.csv, line 3, field 'period'/);
    const again = await cli(['--json', 'trade', 'report', '--store', store, '--out', join(tmp, 'r0'), '--data', join(FIX, 'good'), '--no-png']);
    expect(again.code, again.err).toBe(0);
  });

  it('writes report.md with SVG and PNG charts and the calibration table', async () => {
    const out = join(tmp, 'report');
    const r = await cli(['trade', 'report', '--store', store, '--out', out, '--data', join(FIX, 'good'), '--transit', 'KG']);
    expect(r.code, r.err).toBe(0);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/^# Trade-diversion report/);
    expect(md).toContain('![Growth of EU27 exports by destination](growth-by-partner.png)');
    expect(md).toMatch(/\| C04 \| KG \| CHPL multiple \| 14 \|/);
    for (const id of ['growth-by-partner', 'monthly-index', 'substitution', 'mirror-gap', 'surge-z', 'watchlist', 'hub-flows']) {
      expect(existsSync(join(out, `${id}.png`)), id).toBe(true);
      expect(readFileSync(join(out, `${id}.svg`), 'utf8')).toMatch(/<svg/);
    }
    expect(readFileSync(join(out, 'growth-by-partner.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('rejects a bad option and a missing store', async () => {
    expect((await cli(['trade', 'report', '--store', store, '--baseline', 'x'])).code).toBe(2);
    expect((await cli(['trade', 'report', '--store', join(tmp, 'none.duckdb')])).code).toBe(4);
  });
});
