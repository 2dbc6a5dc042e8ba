/** Pure helpers of bench:speed: percentiles, correlations, the seeded typo generator and the query mix. */
import { describe, expect, it } from 'vitest';
import { agreement } from '../bench/speed/agreement.js';
import { parseSpeedArgs } from '../bench/speed/args.js';
import { changeLegalForm, randomCompanyName } from '../bench/speed/company-names.js';
import { newestPerSource } from '../bench/speed/load-lists.js';
import { ftmSchema } from '../bench/speed/nomenklatura.js';
import { split } from '../bench/speed/parallel.js';
import { buildQueryMix, type MixEntity, type NegativePerson } from '../bench/speed/query-mix.js';
import { introduceTypo, seeded, shuffle } from '../bench/speed/random.js';
import { pearson, percentile, ranks, spearman, summarizeLatencies } from '../bench/speed/stats.js';
import { summarize } from '../bench/speed/targets.js';

describe('percentiles', () => {
  it('takes the nearest rank', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile(xs, 99)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises nanosecond latencies in milliseconds, sorting them first', () => {
    const s = summarizeLatencies([3e6, 1e6, 2e6, 4e6]);
    expect(s).toMatchObject({ count: 4, p50Ms: 2, p99Ms: 4, maxMs: 4, meanMs: 2.5 });
  });
});

describe('correlations', () => {
  it('gives 1 and -1 for linear relations and NaN for a constant', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('ranks ties by their mean rank, so Spearman sees monotone relations as 1', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1);
  });

  it('counts verdict agreement at each side’s own threshold', () => {
    const a = agreement([0.9, 0.8, 0.1, 0.75], 0.8, [0.95, 0.5, 0.2, 0.71], 0.7);
    expect(a).toMatchObject({ pairs: 4, bothMatch: 1, bothNoMatch: 1, onlyOurs: 1, onlyTheirs: 1, agreement: 0.5 });
  });
});

describe('seeded randomness and typos', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seeded(42);
    const b = seeded(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seeded(43)()).not.toBe(seeded(42)());
    expect(shuffle(seeded(1), [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('makes the same typo for the same seed', () => {
    const once = introduceTypo('Vladimir Vladimirovich PUTIN', seeded(7));
    expect(introduceTypo('Vladimir Vladimirovich PUTIN', seeded(7))).toBe(once);
    expect(once).not.toBe('Vladimir Vladimirovich PUTIN');
  });

  it('makes each kind of typo inside a long word, keeping the first letter and every token', () => {
    const name = 'Kim Il Un ABCDEFGH';
    for (let seed = 1; seed < 30; seed++) {
      const del = introduceTypo(name, seeded(seed), 'deletion');
      expect(del.length).toBe(name.length - 1);
      expect(del.startsWith('Kim Il Un A')).toBe(true);
      const swap = introduceTypo(name, seeded(seed), 'swap');
      expect([...swap].sort().join('')).toBe([...name].sort().join(''));
      expect(swap).not.toBe(name);
      const sub = introduceTypo(name, seeded(seed), 'substitution');
      expect(sub.length).toBe(name.length);
      expect(sub).not.toBe(name);
      expect(sub.slice(0, 11)).toBe('Kim Il Un A');
      expect(sub.slice(11)).toMatch(/^[A-Z]+$/);
    }
  });

  it('leaves names without a word of four letters alone, and typos other scripts in their own letters', () => {
    expect(introduceTypo('Li Bo', seeded(1))).toBe('Li Bo');
    const cyr = introduceTypo('Путин', seeded(3), 'substitution');
    expect(cyr).not.toBe('Путин');
    expect(cyr).toMatch(/^П[путин]{4}$/);
  });
});

describe('company names', () => {
  it('replaces a trailing or leading legal form, or appends one', () => {
    for (let seed = 1; seed < 20; seed++) {
      const changed = changeLegalForm('ROSNEFT OIL COMPANY LLC', seeded(seed));
      expect(changed.startsWith('ROSNEFT OIL COMPANY ')).toBe(true);
      expect(changed).not.toBe('ROSNEFT OIL COMPANY LLC');
      expect(changeLegalForm('Acme Trading Co. Ltd.', seeded(seed))).toMatch(/^Acme Trading \S/);
      const leading = changeLegalForm('OOO Romashka', seeded(seed));
      expect(leading.endsWith(' Romashka')).toBe(true);
      expect(leading).not.toBe('OOO Romashka');
      expect(changeLegalForm('Bank Melli Iran', seeded(seed)).startsWith('Bank Melli Iran ')).toBe(true);
    }
  });

  it('makes company-like names deterministically', () => {
    expect(randomCompanyName(seeded(5))).toBe(randomCompanyName(seeded(5)));
    expect(randomCompanyName(seeded(5)).split(' ').length).toBeGreaterThanOrEqual(2);
  });
});

describe('query mix', () => {
  const entities: MixEntity[] = [
    { id: 'x:1', schema: 'Person', names: [{ full: 'Vladimir Vladimirovich PUTIN' }, { full: 'Владимир Путин' }] },
    { id: 'x:2', schema: 'Organization', names: [{ full: 'ROSNEFT OIL COMPANY' }] },
    { id: 'x:3', schema: 'Vessel', names: [{ full: '123' }] },
  ];
  const negatives: NegativePerson[] = [
    { name: 'Patricia Lucas Wheeler', birthDate: '2002-07-14', gender: 'female' },
    { name: 'Isabella Joaquin Torres' },
  ];

  it('has exactly the requested count in the requested shares, the same for the same seed', () => {
    const mix = buildQueryMix(entities, negatives, { count: 100, seed: 9 });
    expect(mix).toHaveLength(100);
    const count = (k: string) => mix.filter((q) => q.kind === k).length;
    expect(count('listed') + count('listed-typo')).toBe(40);
    expect(count('negative')).toBe(40);
    expect(count('company-variant') + count('company-random')).toBe(20);
    expect(buildQueryMix(entities, negatives, { count: 100, seed: 9 })).toEqual(mix);
    expect(buildQueryMix(entities, negatives, { count: 100, seed: 10 })).not.toEqual(mix);
  });

  it('draws listed queries from names with letters, keeps the expected entity, and org variants from organisations', () => {
    const mix = buildQueryMix(entities, negatives, { count: 200, seed: 1 });
    for (const q of mix) {
      expect(q.query.name).toMatch(/\p{L}/u);
      if (q.kind === 'listed') expect(entities.find((e) => e.id === q.expect)!.names.map((n) => n.full)).toContain(q.query.name);
      if (q.kind === 'company-variant') expect(q.expect).toBe('x:2');
      if (q.kind === 'negative') expect(q.query.schema).toBe('Person');
    }
    expect(mix.some((q) => q.kind === 'negative' && q.query.birthDate === '2002-07-14')).toBe(true);
  });

  it('skips kinds it has no material for without failing', () => {
    expect(buildQueryMix([], [], { count: 10, seed: 1 }).every((q) => q.kind === 'company-random')).toBe(true);
  });
});

describe('plumbing', () => {
  it('keeps the last dataset per source, as the store makes current', () => {
    const ref = (source: string, label: string) => ({ source, label, files: {} });
    expect(newestPerSource([ref('a', '1'), ref('a', '2'), ref('b', '1')]).map((r) => `${r.source}@${r.label}`)).toEqual(['a@2', 'b@1']);
  });

  it('splits queries round-robin and maps schemas to FollowTheMoney', () => {
    expect(split([1, 2, 3, 4, 5], 2)).toEqual([[1, 3, 5], [2, 4]]);
    expect(ftmSchema('Aircraft')).toBe('Airplane');
    expect(ftmSchema(undefined)).toBe('LegalEntity');
  });

  it('parses options and rejects bad numbers', () => {
    expect(parseSpeedArgs([])).toMatchObject({ queries: 10_000, json: false, nomenklatura: true, workers: 2 });
    expect(parseSpeedArgs(['--queries', '500', '--json', '--skip-nomenklatura'])).toMatchObject({ queries: 500, warmup: 500, json: true, nomenklatura: false });
    expect(() => parseSpeedArgs(['--queries', 'many'])).toThrow(/integer >= 1/);
    expect(parseSpeedArgs(['--workers', '0']).workers).toBe(0);
  });

  it('marks each figure PASS or MISS against its target', () => {
    const rows = summarize({ buildMs: 4000, rssMb: 700, p99Ms: 1.5, qpsOneCore: 6000, qpsPerCoreParallel: 4000 });
    expect(rows.map((r) => r.pass)).toEqual([true, false, true, true, false]);
  });
});
