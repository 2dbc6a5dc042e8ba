import { describe, expect, it } from 'vitest';
import { clusterDuplicates } from './cluster.js';
import { createMinHasher, estimateJaccard } from './minhash.js';
import { jaccard, shingleHashes } from './shingles.js';

const wire = [
  'Authorities in the port city detained the crew of a tanker suspected of carrying sanctioned crude oil on Tuesday, the coast guard said.',
  'The vessel, which sails under a flag of convenience, had switched off its transponder for eleven days before it was boarded about forty miles offshore.',
  'Investigators believe the cargo was loaded from another ship at sea, a method used to disguise where the oil came from.',
  'The shipping company that manages the tanker did not respond to requests for comment, and the flag registry said it was reviewing the case.',
  'Officials said the detention was part of a wider operation against vessels that help buyers avoid the price cap on seaborne oil.',
].join('\n\n');

// Syndicated copies: a new headline line, a local intro, one paragraph dropped, small wording edits.
const copyA = `Tanker crew detained\n\n${wire}`;
const copyB = `By Staff Writer\n\n${wire.replace('on Tuesday', 'late on Tuesday').replace('did not respond to requests for comment, and', 'declined to comment;')}`;
const copyC = wire.split('\n\n').slice(0, 4).join('\n\n') + '\n\nThis story was first published by Coastal Wire.';
const other1 = [
  'The central bank raised its main interest rate by half a percentage point on Wednesday, its third increase this year, citing stubborn inflation in food and energy prices.',
  'The governor said further rises could not be ruled out if wage growth stayed strong, while exporters warned the stronger currency would hurt orders.',
].join('\n\n');
const other2 = [
  'Authorities in the capital opened a new bridge over the river on Tuesday, the city council said, ending four years of construction and traffic diversions.',
  'The mayor said the bridge would cut journey times for commuters, and that the old crossing would be closed for repairs during the summer.',
].join('\n\n');

describe('syndicated-copy clustering', () => {
  const clusters = clusterDuplicates([
    { id: 'a', text: copyA, source: 'Coastal Wire', published: '2024-02-06T08:00:00Z' },
    { id: 'b', text: copyB, source: 'Harbour Ledger', published: '2024-02-06T10:30:00Z' },
    { id: 'c', text: copyC, source: 'Daily Meridian', published: '2024-02-07' },
    { id: 'd', text: other1, source: 'Coastal Wire' },
    { id: 'e', text: other2, source: 'Harbour Ledger' },
  ]);

  it('puts edited copies of one story together and keeps every source', () => {
    const story = clusters.find((c) => c.members.some((m) => m.id === 'a'))!;
    expect(story.members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
    expect(story.sources.sort()).toEqual(['Coastal Wire', 'Daily Meridian', 'Harbour Ledger']);
    expect(story.canonicalId).toBe('a');
  });

  it('keeps different articles apart, even with a shared opening phrase', () => {
    expect(clusters).toHaveLength(3);
    expect(clusters.find((c) => c.members.some((m) => m.id === 'd'))!.members).toHaveLength(1);
    expect(clusters.find((c) => c.members.some((m) => m.id === 'e'))!.members).toHaveLength(1);
  });

  it('MinHash estimates the Jaccard similarity', () => {
    const x = shingleHashes(copyA), y = shingleHashes(copyB);
    const h = createMinHasher({ permutations: 256 });
    expect(Math.abs(estimateJaccard(h.signature(x), h.signature(y)) - jaccard(x, y))).toBeLessThan(0.1);
    expect(h.signature(x)).toEqual(createMinHasher({ permutations: 256 }).signature(x));
  });

  it('handles empty input', () => {
    expect(clusterDuplicates([])).toEqual([]);
    expect(clusterDuplicates([{ id: 'x', text: '' }, { id: 'y', text: '' }])).toHaveLength(2);
  });
});
