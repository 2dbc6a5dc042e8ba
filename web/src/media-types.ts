/** Shapes of the adverse-media API answers the console reads: the server's own types, as JSON. */
import type { EventRecord, LinkRecord } from '../../src/media/records.js';
import type { ArticleSummary, EntityMediaItem, StoredArticle } from '../../src/storage/sqlite/media-store.js';

export type MediaEvent = EventRecord;
export type MediaLink = LinkRecord;
export type MediaArticleSummary = ArticleSummary;

export interface EntityMedia {
  id: string;
  caption: string | null;
  items: EntityMediaItem[];
}

export interface MediaArticle extends StoredArticle {
  links: LinkRecord[];
  events: EventRecord[];
  copies: StoredArticle[];
}
