/**
 * The ingest pipeline over a batch of scraped pages, for the CLI and the API to call after reading
 * files: each page -> Article (HTML or raw text), then syndicated copies clustered across the batch.
 * Pure: the caller reads the files (and gunzips them) and passes the contents in.
 */
import type { Article } from '../article.js';
import { clusterDuplicates, dedupKeys, type ClusterOptions, type DuplicateCluster } from '../dedup/cluster.js';
import { extractArticleFromHtml } from './html.js';
import { extractArticleFromText } from './text-article.js';

export interface ScrapedPage {
  /** Where the page came from (a file name), echoed into warnings. */
  name: string;
  content: string;
  /** `html` for markup, `text` for raw scraped text; `auto` looks for tags. Default `auto`. */
  kind?: 'html' | 'text' | 'auto';
  url?: string | null;
}

export interface IngestResult {
  articles: Article[];
  /** Clusters of near-duplicate articles (syndicated copies), each listing every source. Singletons included. */
  clusters: DuplicateCluster[];
  /** Pages that produced no text, by name. */
  empty: string[];
  /** Each article's MinHash band keys, for finding its story among those filed earlier. */
  bands: Map<string, string[]>;
}

/** Whether a page looks like HTML: an <html>, <body>, <p> or <div> tag near its start. */
export function looksLikeHtml(content: string): boolean {
  return /<(!doctype html|html|head|body|div|p|article)[\s>]/i.test(content.slice(0, 5000));
}

/** One page -> its article (HTML or raw text, as the page says or as its start suggests). */
export function extractPage(page: ScrapedPage): Article {
  const kind = page.kind && page.kind !== 'auto' ? page.kind : looksLikeHtml(page.content) ? 'html' : 'text';
  return kind === 'html' ? extractArticleFromHtml(page.content, { url: page.url }) : extractArticleFromText(page.content, { url: page.url });
}

export function ingestPages(pages: ScrapedPage[], options: { cluster?: ClusterOptions } = {}): IngestResult {
  return clusterArticles(pages, pages.map(extractPage), options);
}

/** The articles of a batch (extracted here or elsewhere, in page order) with their clusters of copies. */
export function clusterArticles(pages: ScrapedPage[], articles: Article[], options: { cluster?: ClusterOptions } = {}): IngestResult {
  const empty = pages.filter((_, i) => articles[i].paragraphs.length === 0).map((p) => p.name);
  const withText = articles.filter((a) => a.paragraphs.length > 0);
  const bands = new Map(withText.map((a) => [a.id, dedupKeys(a.text, options.cluster)]));
  const clusters = clusterDuplicates(
    withText.map((a) => ({ id: a.id, text: a.text, source: a.source, url: a.url, published: a.published, bands: bands.get(a.id) })),
    options.cluster,
  );
  return { articles, clusters, empty, bands };
}
