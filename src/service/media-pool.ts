/**
 * Article extraction on several cores: worker threads take batches of pages in turn and send back their
 * articles, which are put back in page order. Entity linking stays on the calling thread, with its engine.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker, whenReady } from '../runtime/workers.js';
import type { Article } from '../media/article.js';
import type { ScrapedPage } from '../media/extract/index.js';

/** Pages per message: small enough to share the work evenly, large enough to keep messaging cheap. */
const BATCH = 4;

export class ExtractPool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(n: number): Promise<ExtractPool> {
    const workers = Array.from({ length: n }, () => startWorker(import.meta.url, 'media-extract-worker'));
    await whenReady(workers);
    return new ExtractPool(workers);
  }

  /** The article of each page, in page order. */
  async extract(pages: ScrapedPage[]): Promise<Article[]> {
    const batches: ScrapedPage[][] = [];
    for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
    const results: Article[][] = new Array(batches.length);
    let next = 0;
    // Each worker takes the next batch as soon as it is free.
    await Promise.all(
      this.workers.map(async (w) => {
        while (next < batches.length) {
          const b = next++;
          results[b] = await new Promise<Article[]>((ok, fail) => {
            const onMessage = (m: { batch?: number; articles?: Article[] }) => {
              if (m.batch !== b) return;
              w.off('message', onMessage);
              w.off('error', fail);
              ok(m.articles!);
            };
            w.on('message', onMessage);
            w.once('error', fail);
            w.postMessage({ batch: b, pages: batches[b] });
          });
        }
      }),
    );
    return results.flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
