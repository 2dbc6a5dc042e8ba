import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleFromText, dateInText } from './text-article.js';
import { extractFromText, maxSumRange } from './text.js';
import { isBoilerplateLine } from './boilerplate.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name), 'utf8');

describe('raw-text boilerplate removal', () => {
  it('keeps the article and drops menus, cookie banner, share bar, related list, app links, comments, copyright', () => {
    const a = extractArticleFromText(fixture('boilerplate-page.txt'), { url: 'https://harbour.example/business/lagoon-star' });
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs[0]).toMatch(/^The finance ministry on Thursday added the Lagoon Star/);
    expect(a.paragraphs[4]).toMatch(/^Lawyers for the company/);
    for (const junk of ['cookie', 'App Store', 'newsletter', 'Reader42', 'Related articles', 'Tanker seized', '©', 'Privacy Policy', 'Facebook']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.title).toBe('Sanctions tightened on shipping firm');
    expect(a.published).toBe('2024-03-14');
    expect(a.source).toBe('harbour.example');
    expect(a.extractor).toBe('text');
  });

  it('keeps one copy of an article printed twice in the page', () => {
    const a = extractArticleFromText(fixture('article-twice.txt'));
    expect(a.paragraphs.filter((p) => p.startsWith('The trade ministry has widened'))).toHaveLength(1);
    expect(a.paragraphs.filter((p) => p.startsWith('Industry groups warned'))).toHaveLength(1);
    expect(a.warnings.some((w) => w.startsWith('repeats-removed'))).toBe(true);
  });

  it('recognises furniture lines in several languages and leaves prose alone', () => {
    for (const line of ['Leia também', 'Artículos relacionados', 'Tous droits réservés © 2019 Le Journal', 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.', 'Image 3 of 12', 'Facebook Twitter WhatsApp', 'Baca juga']) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    expect(isBoilerplateLine('The ministry said the newsletter it publishes each week would now list every designated vessel, its flag and its registered owner.')).toBe(false);
  });

  it('finds the maximum-sum block', () => {
    expect(maxSumRange([-3, 5, 6, -2, 4, -20, 8])).toEqual([1, 5]);
    expect(maxSumRange([-1, -2])).toEqual([0, 0]);
    expect(extractFromText('').lines).toEqual([]);
  });

  it('reads dates written in text', () => {
    expect(dateInText('Updated Nov. 19, 2019 at 6:55 AM')).toBe('2019-11-19');
    expect(dateInText('Published 09:12, 14 March 2024')).toBe('2024-03-14');
    expect(dateInText('no date here')).toBeNull();
  });
});
