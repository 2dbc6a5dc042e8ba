import { describe, expect, it } from 'vitest';
import { removeRepeatedParagraphs } from './repeats.js';

describe('repeated paragraphs within one article', () => {
  const p1 = 'The ministry said the new rules would apply to all exporters of dual-use goods from the first of next month.';
  const p2 = 'Companies that break the rules face fines of up to ten per cent of their annual turnover, the ministry added.';

  it('keeps the first copy of exact and near repeats (case, punctuation, spacing, a dropped word)', () => {
    const long = `${p1} ${p2} It said the list of controlled items would be published on its website and updated every quarter.`;
    const near = `  ${long.toUpperCase().replace(/\./g, '!')}`.replace('annual ', '');
    const r = removeRepeatedParagraphs([long, p1, p2, 'Print edition', p1, near, p2]);
    expect(r.paragraphs).toEqual([long, p1, p2, 'Print edition']);
    expect(r.removed).toBe(3);
  });

  it('leaves short repeated lines (table rows, recipe lines) alone', () => {
    const r = removeRepeatedParagraphs(['1 tsp. olive oil', p1, '1 tsp. olive oil']);
    expect(r.paragraphs).toHaveLength(3);
  });
});
