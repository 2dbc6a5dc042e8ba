import { describe, expect, it } from 'vitest';
import { aggregateScore, benchmarkTokens, shingleMatching } from './score.js';

describe('benchmark metric', () => {
  it('tokenises like Python \\w+ (letters, numbers, underscore; Unicode)', () => {
    expect(benchmarkTokens("Ação d'été_2 — 北京 x1")).toEqual(['Ação', 'd', 'été_2', '北京', 'x1']);
  });

  it('scores shingle overlap, normalised per document', () => {
    expect(shingleMatching('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const c = shingleMatching('a b c d e f', 'a b c d e f g h');
    expect(c.tp).toBeCloseTo(3 / 5);
    expect(c.fp).toBeCloseTo(2 / 5);
    expect(shingleMatching('one two', 'one two')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleMatching('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('averages precision and recall over documents, F1 of the averages', () => {
    const s = aggregateScore([{ tp: 1, fp: 0, fn: 0 }, { tp: 0.5, fp: 0.5, fn: 0 }]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo(2 * 0.75 / 1.75);
  });
});
