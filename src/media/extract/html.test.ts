import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml } from './html.js';
import { dateFromUrl, normalizeDate } from './metadata.js';

const page = readFileSync(join(import.meta.dirname, 'testdata', 'article.html'), 'utf8');

const para = (i: number) => `<p>Paragraph ${i} of the report explains how the shipping company moved cargo between tankers at night, switched off transponders and relied on a chain of shell firms to hide its owner from the banks.</p>`;

describe('HTML extraction', () => {
  const a = extractArticleFromHtml(page, { url: 'https://meridian.example/x?utm=1' });

  it('keeps the body with its headings and drops page furniture', () => {
    expect(a.paragraphs[0]).toMatch(/^A regional bank has been fined 4\.2 million/);
    expect(a.paragraphs).toContain('Weak controls');
    expect(a.paragraphs[a.paragraphs.length - 1]).toMatch(/^The bank said it had replaced/);
    for (const junk of ['Home', 'cookies', 'Share on', 'Photo: Archive', 'Related stories', 'Who are the new', 'newsletter', 'All rights reserved', 'Jo Okafor']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.extractor).toBe('readability');
  });

  it('reads title, date (JSON-LD), source and language', () => {
    expect(a.title).toBe('Bank fined for sanctions breaches');
    expect(a.published).toBe('2024-05-02T07:45:00+01:00');
    expect(a.publishedFrom).toBe('json-ld');
    expect(a.source).toBe('The Daily Meridian');
    expect(a.language).toBe('en');
    expect(a.url).toBe('https://www.meridian.example/business/2024/05/02/bank-fined-sanctions');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('falls back to <time>, the <title> and the host when there is no meta or JSON-LD', () => {
    const html = `<html><head><title>Tanker seized - Port News</title></head><body><article><time datetime="2023-01-09">9 Jan</time>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
    const b = extractArticleFromHtml(html, { url: 'https://www.portnews.example/story' });
    expect(b.title).toBe('Tanker seized');
    expect(b.published).toBe('2023-01-09');
    expect(b.publishedFrom).toBe('time');
    expect(b.source).toBe('portnews.example');
    expect(b.paragraphs).toHaveLength(4);
  });

  it('keeps one copy of an article that appears twice in the page', () => {
    const body = [1, 2, 3, 4, 5].map(para).join('');
    const html = `<html><body><div class="story">${body}</div><div class="story-print">${body}</div></body></html>`;
    const b = extractArticleFromHtml(html);
    expect(b.paragraphs.filter((p) => p.startsWith('Paragraph 1 of'))).toHaveLength(1);
    expect(b.paragraphs.filter((p) => p.startsWith('Paragraph 5 of'))).toHaveLength(1);
  });

  it('splits <br>-separated text into paragraphs', () => {
    const lines = [1, 2, 3, 4].map((i) => `Line ${i}: the regulator said the exporter had shipped controlled machine tools through a third country without a licence, and fined it.`);
    const b = extractArticleFromHtml(`<html><body><div class="post">${lines.join('<br><br>')}</div></body></html>`);
    expect(b.paragraphs).toEqual(lines);
  });

  it('normalises dates and reads them from URLs', () => {
    expect(normalizeDate('2019-11-19T06:55:00-0500')).toBe('2019-11-19T06:55:00-05:00');
    expect(normalizeDate('20191119')).toBe('2019-11-19');
    expect(normalizeDate('not a date')).toBeNull();
    expect(dateFromUrl('https://x.example/2019/11/19/story')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/news/story-20191119.html')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/story-1234567')).toBeNull();
  });
});
