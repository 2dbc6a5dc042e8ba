/** The goods classifier on the real HS 2022 and CHPL tables in ../shared/data/goods. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { buildClassifier, PART_PATTERNS, SYNONYM_RULES } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';
import { registerGoods } from '../src/cli/commands/goods.js';
import { SHARED } from './helpers.js';

const GOODS = resolve(SHARED, 'goods');
const tables = loadGoodsTables(GOODS);
const classifier = buildClassifier(tables);
const top1 = (text: string) => classifier.classify(text, { top: 3 })[0];

describe('real goods tables', () => {
  it('load the HS 2022 nomenclature and the 50-item CHPL', () => {
    expect(tables.hs.filter((n) => n.level === 6)).toHaveLength(5613);
    expect(tables.hs.filter((n) => n.level === 4)).toHaveLength(1229);
    expect(tables.chpl).toHaveLength(50);
  });

  it('every part-number family and synonym points at an existing HS-6 code', () => {
    const codes = new Set(tables.hs.filter((n) => n.level === 6).map((n) => n.code));
    expect(PART_PATTERNS.filter((p) => !codes.has(p.hs6)).map((p) => p.name)).toEqual([]);
    expect(SYNONYM_RULES.filter((r) => !codes.has(r.hs6)).map((r) => r.name)).toEqual([]);
  });
});

describe('the issue examples', () => {
  it('deep groove ball bearing 6205-2RS -> 8482.10, CHPL', () => {
    expect(top1('deep groove ball bearing 6205-2RS')).toMatchObject({ code: '8482.10', chpl: { tier: '3.B' } });
  });
  it('STM32F103C8T6 microcontroller -> 8542.31, Tier 1', () => {
    const c = top1('STM32F103C8T6 microcontroller');
    expect(c).toMatchObject({ code: '8542.31', chpl: { tier: '1' } });
    expect(c.explanation).toMatch(/STM32F103C8T6/);
    expect(c.confidence).toBeGreaterThan(0.7);
  });
  it('CNC vertical machining centre -> 8457.10, Tier 4.B', () => {
    expect(top1('CNC vertical machining centre')).toMatchObject({ code: '8457.10', chpl: { tier: '4.B' } });
  });
});

describe('CHPL tiers', () => {
  it.each([
    ['XC7A35T-1CPG236C', '854231', '1'],
    ['Микросхема памяти W25Q64JVSSIQ', '854232', '1'],
    ['运算放大器 OPA2134', '854233', '1'],
    ['Integrierte Schaltung ADS1115', '854239', '1'],
    ['GPS module u-blox NEO-M8N', '852691', '2'],
    ['Tantalum capacitor 10uF T491B106K016AT', '853221', '2'],
    ['Condensateur céramique multicouche 100nF X7R', '853224', '2'],
    ['Conector circular MIL-DTL-38999 D38999/26WD35PN', '853669', '3.A'],
    ['IRFZ44N power MOSFET', '854129', '3.A'],
    ['Optocoupler PC817', '854149', '3.A'],
    ['Подшипник роликовый конический 30208', '848220', '3.B'],
    ['Pendelrollenlager 22220 E', '848230', '3.B'],
    ['NU 2210 ECP cylindrical roller bearing', '848250', '3.B'],
    ['Оптический прицел', '901310', '3.B'],
    ['Leiterplatte 4-lagig', '853400', '4.A'],
    ['示波器 100MHz', '903020', '4.A'],
    ['Torno CNC horizontal', '845811', '4.B'],
    ['Fresadora CNC', '845961', '4.B'],
  ])('%s -> %s (Tier %s)', (text, hs6, tier) => {
    expect(top1(text)).toMatchObject({ hs6, chpl: { tier } });
  });

  it('keeps ordinary goods off the CHPL', () => {
    for (const text of ["men's cotton T-shirts", 'Frozen shrimp vannamei', 'Sofa 3-seater', 'Red wine 750ml']) {
      expect(top1(text).chpl).toBeUndefined();
    }
  });
});

describe('chokepoint goods classify', () => {
  const out: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    out.length = 0;
    process.exitCode = 0;
  });

  async function runCli(args: string[]): Promise<number> {
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const program = new Command('chokepoint').option('--json').option('--db <file>').exitOverride();
    registerGoods(program);
    await program.parseAsync(args, { from: 'user' });
    return Number(process.exitCode ?? 0);
  }

  it('prints ranked candidates as JSON', async () => {
    expect(await runCli(['--json', 'goods', 'classify', 'deep groove ball bearing 6205-2RS', '--top', '2', '--data', GOODS])).toBe(0);
    const body = JSON.parse(out.join(''));
    expect(body.candidates).toHaveLength(2);
    expect(body.candidates[0]).toMatchObject({ code: '8482.10', chpl: { tier: '3.B' } });
  });

  it('rejects a bad --top with exit code 2', async () => {
    expect(await runCli(['goods', 'classify', 'bearing', '--top', 'x', '--data', GOODS])).toBe(2);
    expect(out.join('')).toMatch(/--top must be an integer/);
  });
});
