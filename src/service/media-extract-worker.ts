/** A worker thread extracting articles from scraped pages (the costly, pure part of media ingestion). */
import { parentPort } from 'node:worker_threads';
import { extractPage, type ScrapedPage } from '../media/extract/index.js';

parentPort!.on('message', (m: { batch: number; pages: ScrapedPage[] }) => {
  parentPort!.postMessage({ batch: m.batch, articles: m.pages.map(extractPage) });
});
parentPort!.postMessage({ ready: true });
