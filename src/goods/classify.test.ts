import { describe, expect, it } from 'vitest';
import { buildClassifier } from './classify.js';
import { FIXTURE } from './fixtures.test-helper.js';

const classifier = buildClassifier(FIXTURE);

describe('buildClassifier', () => {
  it('ranks the part number and the words of a ball bearing first, with its CHPL tier', () => {
    const [top] = classifier.classify('deep groove ball bearing 6205-2RS');
    expect(top.hs6).toBe('848210');
    expect(top.code).toBe('8482.10');
    expect(top.chpl?.tier).toBe('3.B');
    expect(top.heading).toEqual({ code: '8482', description: 'Ball or roller bearings' });
    expect(top.evidence.map((e) => e.kind)).toContain('part-number');
    expect(top.explanation).toMatch(/6205-2RS/);
    expect(top.explanation).toMatch(/8482\.10 'Ball bearings'/);
  });

  it('gives confidences in [0, 1], best first', () => {
    const list = classifier.classify('tapered roller bearing 30208', { top: 3 });
    expect(list[0].hs6).toBe('848220');
    for (const c of list) expect(c.confidence).toBeGreaterThanOrEqual(0);
    for (const c of list) expect(c.confidence).toBeLessThanOrEqual(1);
    expect(list[0].confidence).toBeGreaterThan(list[1]?.confidence ?? 0);
  });

  it('classifies a microcontroller part number to 8542.31, Tier 1', () => {
    const [top] = classifier.classify('STM32F103C8T6');
    expect(top).toMatchObject({ hs6: '854231', chpl: { tier: '1' } });
  });

  it('leaves non-CHPL goods without a tier', () => {
    const [top] = classifier.classify("men's cotton T-shirts");
    expect(top.hs6).toBe('610910');
    expect(top.chpl).toBeUndefined();
  });

  it('only proposes codes present in the tables, and honours --top', () => {
    const list = classifier.classify('Bluetooth module with antenna', { top: 2 });
    expect(list.length).toBeLessThanOrEqual(2);
    const codes = new Set(FIXTURE.hs.map((n) => n.code));
    for (const c of list) expect(codes.has(c.hs6)).toBe(true);
  });

  it('returns nothing for text with no evidence', () => {
    expect(classifier.classify('   ')).toEqual([]);
    expect(classifier.classify('zzzz qqqq')).toEqual([]);
  });

  it('weighs the head over the modifier: a part for a machine is not the machine', () => {
    const c = buildClassifier(FIXTURE, { weights: { text: 0 } });
    const [top] = c.classify('ball bearing for CNC machining centre');
    expect(top.hs6).toBe('848210');
  });
});
