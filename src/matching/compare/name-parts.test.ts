import { describe, expect, it } from 'vitest';
import { buildEngine } from '../engine.js';

// No lists: every part weighs the same, so the scores depend on the alignment rules alone.
const engine = buildEngine([]);
const score = (a: string, b: string, schema?: 'Person' | 'Organization' | 'Vessel') => engine.compare(a, b, schema).score;

describe('part-by-part name comparison', () => {
  it('is indifferent to word order and to "SURNAME, Given"', () => {
    expect(score('Nicolas Maduro Moros', 'MADURO MOROS, Nicolas')).toBe(1);
  });

  it('tolerates one swapped, missing or extra letter per part', () => {
    expect(score('Innocnet Kaina', 'Innocent Kaina')).toBeGreaterThan(0.85);
    expect(score('Jxseph McColgan', 'Joseph McColgan')).toBeGreaterThan(0.8);
    expect(score('Twelfth Ocaen Administration', 'Twelfth Ocean Administration', 'Organization')).toBeGreaterThan(0.85);
  });

  it('does not let a listed middle initial stand for the query surname or given name', () => {
    expect(score('Christopher Morgan', 'Christopher M. Gray')).toBeLessThan(0.7);
    expect(score('Amy Johnson', 'Edward A. Johnson')).toBeLessThan(0.7);
    expect(score('Vladimir Putin', 'PUTIN, V.')).toBeGreaterThanOrEqual(0.6);
  });

  it('lowers a match of given names when the surnames differ', () => {
    const m = engine.compare('Michael Scott', 'Scott Michael Miller');
    expect(m.score).toBeLessThan(0.8);
    expect(m.name.surnameMissed).toBe(true);
    expect(m.explanation).toMatch(/surname is not matched/);
  });

  it('never matches different numbers with a typo (vessels, codes)', () => {
    expect(score('FU YUAN YU 7869', 'FU YUAN YU 7876', 'Vessel')).toBeLessThan(0.85);
    expect(score('FU YUAN YU 7869', 'FU YUAN YU 7869', 'Vessel')).toBe(1);
  });

  it('keeps different Chinese syllables apart (Ping is not Bing, Xu is not Xiu)', () => {
    expect(score('平 许', 'Bing Xu')).toBeLessThan(0.7);
    expect(score('旭 陈', 'Xiu Chen')).toBeLessThan(0.7);
    expect(score('习近平', 'Xi Jinping')).toBe(1);
  });
});
