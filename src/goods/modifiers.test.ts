import { describe, expect, it } from 'vitest';
import { MODIFIER_FACTOR, modifierSpans, positionFactor, splitHead } from './modifiers.js';

describe('modifiers', () => {
  it('marks the phrase after "for" as a modifier', () => {
    const text = 'spindle for cnc machining centre';
    const spans = modifierSpans(text);
    expect(positionFactor(0, spans)).toBe(1);
    expect(positionFactor(text.indexOf('machining'), spans)).toBe(MODIFIER_FACTOR);
    expect(splitHead(text, spans).head.trim()).toBe('spindle');
  });

  it('knows other languages and the Chinese 用 suffix', () => {
    expect(modifierSpans('шпиндель для станка')).toHaveLength(1);
    expect(modifierSpans('spindel für bearbeitungszentrum')).toHaveLength(1);
    const zh = '电主轴 加工中心用';
    expect(positionFactor(zh.indexOf('加工'), modifierSpans(zh))).toBe(MODIFIER_FACTOR);
    expect(positionFactor(0, modifierSpans(zh))).toBe(1);
  });

  it('marks packing beside a number, in several languages, but not packaging goods', () => {
    for (const text of ['1u rack server 6 pcs, pallet 1', 'ball bearings 6205, 20 cartons', 'окорочка куриные, в коробках по 15 кг', '螺丝 10箱']) {
      const spans = modifierSpans(text);
      expect(spans.length, text).toBe(1);
      expect(splitHead(text, spans).head, text).not.toMatch(/pallet|carton|коробк|箱/);
    }
    expect(modifierSpans('wooden pallets, epal')).toEqual([]);
    expect(modifierSpans('corrugated cardboard boxes')).toEqual([]);
  });

  it('finds none in a plain description', () => {
    expect(modifierSpans('deep groove ball bearing')).toEqual([]);
  });
});
