/** Adverse media extraction: HTML pages and raw scraped text -> Article. */
export { extractArticleFromHtml, type HtmlExtractOptions } from './html.js';
export { extractArticleFromText, dateInText, type TextArticleOptions } from './text-article.js';
export { extractFromText, type TextExtraction, type TextExtractionOptions } from './text.js';
export { readMetadata, normalizeDate, dateFromUrl, jsonLdBlocks, type PageMetadata, type DateOrigin } from './metadata.js';
export { isBoilerplateLine } from './boilerplate.js';
export { shingleMatching, aggregateScore, documentF1, benchmarkTokens, type ShingleCounts, type ExtractionScore } from './score.js';
export { clusterArticles, extractPage, ingestPages, looksLikeHtml, type ScrapedPage, type IngestResult } from './pipeline.js';
