/**
 * HTML page -> Article. Metadata is read first (JSON-LD and date markup from the raw HTML, the rest from
 * the DOM); then page furniture is removed, Mozilla Readability
 * (on a linkedom document) picks the article container, and its text is serialised block by block and
 * post-filtered (furniture lines, trailing related-article lists, repeated paragraphs). When Readability
 * finds nothing or a short text, the raw-text remover runs over the page's visible lines, and its
 * result replaces Readability's when it is much longer.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleId, type Article, type ArticleExtractor } from '../article.js';
import { removeRepeatedParagraphs } from '../dedup/repeats.js';
import { blockLines } from './dom-text.js';
import { removeFurniture, stripNoise } from './html-clean.js';
import { filterLines } from './line-filter.js';
import { jsonLdBlocks, rawDateHints, readMetadata } from './metadata.js';
import { extractFromText } from './text.js';

export interface HtmlExtractOptions {
  /** The URL the page was fetched from (used for the source and date when the page gives none). */
  url?: string | null;
  /** Readability results shorter than this many words are checked against the text remover. Default 150. */
  shortWords?: number;
  /** ...and replaced by its result when below this share of it. Default 0.15. */
  fallbackRatio?: number;
}

/** linkedom builds no <html>/<body> around a fragment: give it a full document. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document as unknown as Document;
}

const wordTotal = (lines: string[]) => lines.reduce((n, l) => n + l.split(/\s+/).length, 0);

/** Extracts the article body and metadata from one HTML page. Pure: no I/O. */
export function extractArticleFromHtml(html: string, options: HtmlExtractOptions = {}): Article {
  const warnings: string[] = [];
  const cleaned = stripNoise(html);
  const doc = parseDocument(cleaned);
  const meta = readMetadata(doc, jsonLdBlocks(html), options.url ?? null, rawDateHints(html));
  removeFurniture(doc);

  let lines: string[] = [];
  let extractor: ArticleExtractor = 'readability';
  try {
    const result = new Readability(doc, { serializer: (el: Node) => el, charThreshold: 500 }).parse();
    const content = result?.content as unknown as Node | undefined;
    if (content) lines = filterLines(blockLines(content));
  } catch {
    warnings.push('readability-failed');
  }
  const words = wordTotal(lines);
  if (words < (options.shortWords ?? 150)) {
    // Readability has changed the document: parse the page again for its visible lines.
    const page = parseDocument(cleaned);
    removeFurniture(page);
    const fallback = extractFromText(page.body ? blockLines(page.body).join('\n') : '').lines;
    if (words < (options.fallbackRatio ?? 0.15) * wordTotal(fallback)) {
      if (lines.length > 0) warnings.push('readability-short');
      lines = fallback;
      extractor = 'text-fallback';
    }
  }
  const { paragraphs, removed } = removeRepeatedParagraphs(lines);
  if (removed > 0) warnings.push(`repeats-removed:${removed}`);
  if (paragraphs.length === 0) warnings.push('no-text');
  const text = paragraphs.join('\n\n');
  const url = meta.canonicalUrl ?? options.url ?? null;
  return {
    id: articleId(url ?? text),
    url,
    source: meta.source,
    title: meta.title,
    published: meta.published,
    publishedFrom: meta.publishedFrom,
    language: meta.language,
    text,
    paragraphs,
    extractor,
    warnings,
  };
}
