/** Adverse media: the article as extracted from one scraped page. */
import type { DateOrigin } from './extract/metadata.js';

/** Which path produced the body text. */
export type ArticleExtractor = 'readability' | 'text-fallback' | 'text';

export interface Article {
  /** Stable id: a hash of the canonical URL when known, else of the text. */
  id: string;
  url: string | null;
  /** Publisher: og:site_name, JSON-LD publisher, else the canonical URL's host. */
  source: string | null;
  title: string | null;
  /** ISO 8601 (a timestamp, or `YYYY-MM-DD` when only the day is known). */
  published: string | null;
  publishedFrom: DateOrigin | null;
  /** ISO 639 primary language subtag from the page markup, when given. */
  language: string | null;
  text: string;
  paragraphs: string[];
  extractor: ArticleExtractor;
  /** What went wrong or was doubtful: `readability-failed`, `short-text`, `repeats-removed:N` ... */
  warnings: string[];
}

export type { DateOrigin };

/** 64-bit FNV-1a of a string as 16 hex digits (two 32-bit lanes). */
export function articleId(key: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
