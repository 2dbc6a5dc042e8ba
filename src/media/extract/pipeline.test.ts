import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from './html.js';
import { ingestPages, looksLikeHtml } from './pipeline.js';

const story = [
  'Customs officers seized a shipment of drone engines at the border crossing on Friday after finding that the export licence had been issued for a different buyer.',
  'The engines were declared as agricultural spare parts, the customs service said, and the freight forwarder that filed the declaration is under investigation.',
  'Officials said the case was the fourth this year involving engines that can be fitted to military drones, and that checks at the crossing would be increased.',
];

describe('ingest pipeline', () => {
  it('extracts HTML and text pages and clusters the syndicated copies with their sources', () => {
    const html = (site: string, extra: string) => `<html><head><meta property="og:site_name" content="${site}"><title>Drone engines seized</title></head><body><nav><a href="/">Home</a></nav><article>${[extra, ...story].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = ingestPages([
      { name: 'a.html', content: html('Border Times', 'A shipment was stopped.'), url: 'https://bordertimes.example/a' },
      { name: 'b.html', content: html('Freight Daily', 'Updated with the customs statement.'), url: 'https://freightdaily.example/b' },
      { name: 'c.txt', content: `Drone engines seized\nHome\nNews\n${story.join('\n')}\nShare\n© 2024 Wire Service`, url: 'https://wire.example/c' },
      { name: 'd.txt', content: 'Home\nNews\nContact' },
    ]);
    expect(r.articles).toHaveLength(4);
    expect(r.articles[2].extractor).toBe('text');
    expect(r.empty).toEqual(['d.txt']);
    const big = r.clusters.find((c) => c.members.length > 1)!;
    expect(big.members).toHaveLength(3);
    expect(big.sources.sort()).toEqual(['Border Times', 'Freight Daily', 'wire.example']);
  });

  it('tells HTML from text and never throws on odd input', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Plain text with a < sign')).toBe(false);
    for (const h of ['', '<html></html>', 'no tags at all', '<div><p>unclosed <b>bold']) {
      expect(() => extractArticleFromHtml(h)).not.toThrow();
    }
    expect(extractArticleFromHtml('').warnings).toContain('no-text');
  });
});
