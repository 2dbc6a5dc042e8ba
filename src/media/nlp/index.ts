/**
 * Adverse media NLP: sentences, entities, sanctions events and their links to list entities and banks.
 * `analyseArticle` runs the whole chain on one article's text; the parts are exported for callers that
 * need one step.
 */
import { recognise } from './entities.js';
import { extractEvents, type SanctionsEvent } from './events.js';
import type { ClassifyGoods } from './goods-terms.js';
import { linkEntities, type LinkedEntity, type LinkOptions } from './link.js';
import type { Mention } from './types.js';

export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { recognise, classify } from './entities.js';
export type { RecogniserOptions } from './entities.js';
export { findAmounts } from './amounts.js';
export type { Amount } from './amounts.js';
export { extractEvents, sentenceEvents } from './events.js';
export type { SanctionsEvent, EventOptions } from './events.js';
export { EVENT_CLASSES } from './event-classes.js';
export type { EventClass, EventType } from './event-classes.js';
export type { EventArgument } from './roles.js';
export type { GoodsRef, ClassifyGoods } from './goods-terms.js';
export { buildBankIndex, bankKey } from './banks.js';
export type { BankHit, BankIndex, BankRecord } from './banks.js';
export { linkEntities } from './link.js';
export type { LinkedEntity, LinkOptions, ListMatch, Verdict } from './link.js';
export { OFFICIALS } from './gazetteer/officials.js';
export type { Official } from './gazetteer/officials.js';
export type { EntityType, Mention } from './types.js';

export interface ArticleAnalysis {
  mentions: Mention[];
  entities: LinkedEntity[];
  events: SanctionsEvent[];
}

export interface AnalyseOptions extends LinkOptions {
  classifyGoods?: ClassifyGoods;
}

/** Entities (linked to lists and banks) and sanctions events of one article's text. */
export function analyseArticle(text: string, options: AnalyseOptions = {}): ArticleAnalysis {
  const banks = options.banks;
  const mentions = recognise(text, banks ? { knownOrg: (s) => /bank/i.test(s) && !!banks.resolve(s) } : {});
  const events = extractEvents(text, { mentions, classifyGoods: options.classifyGoods });
  const entities = linkEntities(mentions, { ...options, text });
  return { mentions, entities, events };
}
