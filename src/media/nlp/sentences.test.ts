import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after abbreviations, initials, legal forms or decimals', () => {
    expect(texts('The U.S. Treasury sanctioned Sinno Electronics Co., Ltd. on Jan. 5. Mr. Smith said exports rose 3.5 per cent. Frederick H. Collier agreed.')).toEqual([
      'The U.S. Treasury sanctioned Sinno Electronics Co., Ltd. on Jan. 5.',
      'Mr. Smith said exports rose 3.5 per cent.',
      'Frederick H. Collier agreed.',
    ]);
  });

  it('ends a sentence at U.S. when a new sentence follows, and at paragraph breaks', () => {
    expect(texts('The measures target the U.S. The EU followed.\n\nNew paragraph without a stop')).toEqual(['The measures target the U.S.', 'The EU followed.', 'New paragraph without a stop']);
  });

  it('keeps offsets into the text', () => {
    const text = 'One. Two!  Three?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
