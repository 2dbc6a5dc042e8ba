/**
 * Adverse-media ingestion: scraped pages in (HTML or raw text), articles extracted, syndicated copies
 * clustered, each distinct article read for entities (linked to list entities and banks) and sanctions
 * events, everything filed in the store in one transaction. Shared by the CLI and the API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { ChokepointError } from '../errors.js';
import type { Classifier } from '../goods/index.js';
import type { ScreeningEngine, ScreeningQuery, ScreeningResult } from '../matching/types.js';

/** Distinct screening queries remembered by one analyser. */
const SCREEN_MEMO = 20_000;
import { clusterArticles, ingestPages, type IngestResult, type ScrapedPage } from '../media/extract/index.js';
import type { ExtractPool } from './media-pool.js';
import { analyseArticle, buildBankIndex, type ArticleAnalysis, type BankIndex } from '../media/nlp/index.js';
import { loadBicDirectory } from '../transactions/parse/index.js';
import { fileArticle } from '../media/records.js';
import type { FiledArticle, SqliteMediaStore } from '../storage/sqlite/media-store.js';
import { isCopy } from '../media/dedup/index.js';

export interface MediaAnalyser {
  analyse(text: string): ArticleAnalysis;
}

/** Entities and events of a text, linked through the engine (list entities) and the bank directory. */
export function mediaAnalyser(deps: { engine: ScreeningEngine; lists: string[]; banks?: BankIndex; classifier?: Classifier }): MediaAnalyser {
  // News names the same people and bodies again and again: each distinct query is screened once.
  const memo = new Map<string, ScreeningResult>();
  const screen = (q: ScreeningQuery): ScreeningResult => {
    const key = JSON.stringify([q.name, q.schema ?? '', q.identifiers ?? []]);
    let result = memo.get(key);
    if (!result) {
      result = deps.engine.screen(q);
      if (memo.size >= SCREEN_MEMO) memo.delete(memo.keys().next().value!);
      memo.set(key, result);
    }
    return result;
  };
  return {
    analyse: (text) =>
      analyseArticle(text, {
        screen,
        lists: deps.lists,
        banks: deps.banks,
        classifyGoods: deps.classifier && ((t) => deps.classifier!.classify(t, { top: 1 })),
      }),
  };
}

/** The bank index of the BIC directory file (read by the payments' loader, which names a bad line). */
export async function loadBankIndex(file: string): Promise<BankIndex> {
  return buildBankIndex((await loadBicDirectory(file)).entries());
}

const PAGE_FILE = /\.(html?|xhtml|txt|text|md)(\.gz)?$/i;

/** Every page file under `dir` (HTML, gzipped HTML, raw text), in name order. */
export function readPageDirectory(dir: string): ScrapedPage[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (e) {
    throw new ChokepointError('NOT_FOUND', `cannot read the folder ${dir}: ${(e as Error).message}`, { file: dir });
  }
  const files = entries.filter((f) => PAGE_FILE.test(f)).sort();
  if (files.length === 0) throw new ChokepointError('INVALID_INPUT', `no page files in ${dir} (looked for .html, .htm, .txt, .md, optionally .gz)`, { file: dir });
  return files.map((f) => {
    const path = join(dir, f);
    const bytes = readFileSync(path);
    let content: string;
    try {
      content = (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    } catch (e) {
      throw new ChokepointError('INVALID_INPUT', `${path}: not a readable gzip file (${(e as Error).message})`, { file: path });
    }
    const kind = /\.(txt|text|md)(\.gz)?$/i.test(f) ? 'text' : 'html';
    return { name: relative(dir, path), content, kind } satisfies ScrapedPage;
  });
}

export interface IngestReport {
  pages: number;
  articles: number;
  /** Articles that are copies of another (syndication), stored with their cluster. */
  copies: number;
  /** Stories of this batch that were already filed from an earlier batch (their copies joined them). */
  joinedEarlier: number;
  clusters: { canonicalId: string; sources: string[]; members: number }[];
  /** Pages that gave no text. */
  empty: string[];
  /** Entities filed, by verdict. */
  links: Record<string, number>;
  /** Events found, by type. */
  events: Record<string, number>;
  seconds: number;
  pagesPerSecond: number;
  items: { id: string; file: string; title: string | null; source: string | null; published: string | null; clusterId: string; links: number; listed: number; events: number }[];
}

/**
 * Extract, cluster, analyse and file a batch of pages. Only each cluster's canonical article is read
 * for entities and events (its copies add sources, not evidence). All or nothing: a failure stores nothing.
 */
export function ingestMedia(pages: ScrapedPage[], analyser: MediaAnalyser, store: SqliteMediaStore, now: Date): IngestReport {
  const t0 = performance.now();
  return fileArticles(pages, ingestPages(pages), analyser, store, now, t0);
}

/** The same, with the articles extracted on `pool`'s worker threads (large folders on several cores). */
export async function ingestMediaParallel(pages: ScrapedPage[], pool: ExtractPool, analyser: MediaAnalyser, store: SqliteMediaStore, now: Date): Promise<IngestReport> {
  const t0 = performance.now();
  return fileArticles(pages, clusterArticles(pages, await pool.extract(pages)), analyser, store, now, t0);
}

function fileArticles(pages: ScrapedPage[], result: IngestResult, analyser: MediaAnalyser, store: SqliteMediaStore, now: Date, t0: number): IngestReport {
  const clusterOf = new Map<string, string>();
  for (const c of result.clusters) for (const m of c.members) clusterOf.set(m.id, c.canonicalId);
  const batchIds = new Set(result.articles.map((a) => a.id));
  const bandsOf = result.bands;
  // A story filed in an earlier batch keeps its cluster: a new copy of it joins, and is not read again.
  let joinedEarlier = 0;
  for (const c of result.clusters) {
    const canonical = result.articles.find((a) => a.id === c.canonicalId);
    if (!canonical) continue;
    const earlier = store
      .sharingBands(bandsOf.get(canonical.id) ?? [])
      .find((f) => !batchIds.has(f.id) && isCopy(canonical.text, f.text).copy);
    if (!earlier) continue;
    joinedEarlier++;
    for (const m of c.members) clusterOf.set(m.id, earlier.clusterId);
  }
  const fileOf = new Map(result.articles.map((a, i) => [a.id, pages[i].name]));
  const records: FiledArticle[] = [];
  const seen = new Set<string>();
  for (const article of result.articles) {
    if (article.paragraphs.length === 0 || seen.has(article.id)) continue;
    seen.add(article.id);
    const clusterId = clusterOf.get(article.id) ?? article.id;
    const record = clusterId === article.id ? fileArticle(article, analyser.analyse(article.text)) : { article, events: [], links: [] };
    records.push({ record, clusterId, file: fileOf.get(article.id) ?? null, bands: bandsOf.get(article.id) });
  }
  store.save(records, now.toISOString());
  const seconds = (performance.now() - t0) / 1000;
  const count = <T>(items: T[], key: (t: T) => string) => items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});
  const links = records.flatMap((r) => r.record.links);
  return {
    pages: pages.length,
    articles: records.length,
    copies: records.filter((r) => r.clusterId !== r.record.article.id).length,
    joinedEarlier,
    clusters: result.clusters.filter((c) => c.members.length > 1).map((c) => ({ canonicalId: c.canonicalId, sources: c.sources, members: c.members.length })),
    empty: result.empty,
    links: count(links, (l) => l.verdict),
    events: count(records.flatMap((r) => r.record.events), (e) => e.type),
    seconds: Math.round(seconds * 1000) / 1000,
    pagesPerSecond: Math.round(pages.length / Math.max(seconds, 1e-6)),
    items: records.map((r) => ({
      id: r.record.article.id, file: r.file ?? '', title: r.record.article.title, source: r.record.article.source, published: r.record.article.published,
      clusterId: r.clusterId, links: r.record.links.length, listed: r.record.links.filter((l) => l.verdict === 'listed').length, events: r.record.events.length,
    })),
  };
}
