import { describe, expect, it } from 'vitest';
import { buildPartsMap, headingReferences, PART_WORDS } from './parts-of.js';
import type { HsNode } from './types.js';

const node = (code: string, description: string): HsNode => ({ code, level: code.length === 4 ? 4 : 6, description, parent: code.length === 4 ? code.slice(0, 2) : code.slice(0, 4), section: 'XVI' });

describe('headingReferences', () => {
  it('reads single headings, lists and ranges as the HS writes them', () => {
    expect(headingReferences('parts of goods of heading 8801, 8802 or 8806').sort()).toEqual(['8801', '8802', '8806']);
    expect(headingReferences('with machines of headings 8456-8465; n.e.c.')).toHaveLength(10);
    expect(headingReferences('machines of headings 84.70 to 84.72').sort()).toEqual(['8470', '8471', '8472']);
    expect(headingReferences('Pumps; parts thereof')).toEqual([]);
  });
});

describe('buildPartsMap', () => {
  const hs = [
    node('8413', 'Pumps for liquids'), node('841370', 'Pumps; centrifugal'), node('841391', 'Pumps; parts of pumps'),
    node('8457', 'Machining centres'), node('845710', 'Machining centres; for working metal'),
    node('8466', 'Parts and accessories for use with machines of headings 8456 to 8465'),
    node('846610', 'Tool holders'), node('846693', 'Parts & accessories with machines of headings 8456-8465; n.e.c. in heading no. 8466'),
  ];
  const map = buildPartsMap(hs);

  it("maps a machine's heading to the subheadings that name it, then to its parts heading's others", () => {
    expect(map.get('8457')?.[0]).toBe('846693');
    expect(map.get('8457')).toContain('846610');
  });

  it("maps a heading to its own parts subheading ('Pumps; parts')", () => {
    expect(map.get('8413')).toEqual(['841391']);
  });
});

describe('PART_WORDS', () => {
  it.each(['spare parts', 'Ersatzteile', 'запчасти', 'frame kit', '配件', 'T-Con-Platine'])('finds a part in %s', (t) => expect(PART_WORDS.test(t)).toBe(true));
  it.each(['ball bearing', 'machining centre', 'partner'])('finds none in %s', (t) => expect(PART_WORDS.test(t)).toBe(false));
});
