/** Adverse media in SQLite: articles, the entities each names, and the events each reports. */
import type Database from 'better-sqlite3';
import type { Article } from '../../media/article.js';
import type { ArticleRecord, EventRecord, LinkRecord } from '../../media/records.js';

export interface StoredArticle extends Omit<Article, 'paragraphs'> {
  clusterId: string;
  file: string | null;
  ingestedAt: string;
}

/** One article's part of an entity's adverse media: the article, the link, and the events it takes part in. */
export interface EntityMediaItem {
  article: Omit<StoredArticle, 'text'> & { copies: { id: string; source: string | null; url: string | null }[] };
  link: LinkRecord;
  events: EventRecord[];
}

/** An article as filed: its record, its cluster, the file it came from and its LSH band keys. */
export interface FiledArticle {
  record: ArticleRecord;
  clusterId: string;
  file: string | null;
  bands?: string[];
}

export type ArticleSummary = Omit<StoredArticle, 'text'> & { links: number; listed: number; events: number };

interface ArticleRow {
  id: string; url: string | null; source: string | null; title: string | null; published: string | null; language: string | null;
  text: string; extractor: Article['extractor']; warnings: string; cluster_id: string; file: string | null; ingested_at: string;
}

const toArticle = (r: ArticleRow): StoredArticle => ({
  id: r.id, url: r.url, source: r.source, title: r.title, published: r.published, publishedFrom: null, language: r.language, text: r.text,
  extractor: r.extractor, warnings: JSON.parse(r.warnings), clusterId: r.cluster_id, file: r.file, ingestedAt: r.ingested_at,
});

export class SqliteMediaStore {
  private readonly saveTx: (records: FiledArticle[], at: string) => void;

  private readonly byBand;
  private readonly textOf;

  constructor(private readonly db: Database.Database) {
    this.byBand = db.prepare('SELECT article_id FROM media_bands WHERE band = ?');
    this.textOf = db.prepare('SELECT id, cluster_id, text FROM media_articles WHERE id = ?');
    const delLinks = db.prepare('DELETE FROM media_links WHERE article_id = ?');
    const delEvents = db.prepare('DELETE FROM media_events WHERE article_id = ?');
    const putArticle = db.prepare(
      `INSERT OR REPLACE INTO media_articles (id, url, source, title, published, language, text, extractor, warnings, cluster_id, file, ingested_at)
       VALUES (@id, @url, @source, @title, @published, @language, @text, @extractor, @warnings, @cluster_id, @file, @ingested_at)`,
    );
    const putLink = db.prepare('INSERT INTO media_links (article_id, entity_key, mention, kind, verdict, statement, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const putEvent = db.prepare('INSERT INTO media_events (article_id, n, type, code, sentence, detail) VALUES (?, ?, ?, ?, ?, ?)');
    const delBands = db.prepare('DELETE FROM media_bands WHERE article_id = ?');
    const putBand = db.prepare('INSERT OR IGNORE INTO media_bands (band, article_id) VALUES (?, ?)');
    this.saveTx = db.transaction((records: FiledArticle[], at: string) => {
      for (const { record, clusterId, file, bands } of records) {
        const a = record.article;
        delLinks.run(a.id);
        delEvents.run(a.id);
        delBands.run(a.id);
        for (const band of bands ?? []) putBand.run(band, a.id);
        putArticle.run({
          id: a.id, url: a.url, source: a.source, title: a.title, published: a.published, language: a.language, text: a.text,
          extractor: a.extractor, warnings: JSON.stringify(a.warnings), cluster_id: clusterId, file, ingested_at: at,
        });
        for (const l of record.links) putLink.run(a.id, l.key, l.mention, l.kind, l.verdict, l.statement, JSON.stringify(l));
        record.events.forEach((e, n) => putEvent.run(a.id, n, e.type, e.code, e.sentence, JSON.stringify(e)));
      }
    });
  }

  /** Save analysed articles (replacing earlier copies of the same ids) in one transaction: all or nothing. */
  save(records: FiledArticle[], at: string): void {
    this.saveTx(records, at);
  }

  /** Articles filed earlier that share an LSH band with these keys: the candidates to be the same story. */
  sharingBands(bands: string[]): { id: string; clusterId: string; text: string }[] {
    if (bands.length === 0) return [];
    const ids = new Set<string>();
    for (const band of bands) for (const r of this.byBand.all(band) as { article_id: string }[]) ids.add(r.article_id);
    return [...ids].flatMap((id) => {
      const r = this.textOf.get(id) as { id: string; cluster_id: string; text: string } | undefined;
      return r ? [{ id: r.id, clusterId: r.cluster_id, text: r.text }] : [];
    });
  }

  article(id: string): (StoredArticle & { links: LinkRecord[]; events: EventRecord[]; copies: StoredArticle[] }) | undefined {
    const row = this.db.prepare('SELECT * FROM media_articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!row) return undefined;
    const links = (this.db.prepare('SELECT detail FROM media_links WHERE article_id = ? ORDER BY entity_key').all(id) as { detail: string }[]).map((r) => JSON.parse(r.detail) as LinkRecord);
    const events = (this.db.prepare('SELECT detail FROM media_events WHERE article_id = ? ORDER BY n').all(id) as { detail: string }[]).map((r) => JSON.parse(r.detail) as EventRecord);
    const copies = (this.db.prepare('SELECT * FROM media_articles WHERE cluster_id = ? AND id <> ? ORDER BY published, id').all(row.cluster_id, id) as ArticleRow[]).map(toArticle);
    return { ...toArticle(row), links, events, copies };
  }

  /** Articles newest first (by publication, then ingestion), with their counts of links and events. */
  articles(opts: { limit: number; offset: number }): { total: number; articles: ArticleSummary[] } {
    const total = (this.db.prepare('SELECT count(*) AS n FROM media_articles WHERE id = cluster_id').get() as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT a.*, (SELECT count(*) FROM media_links l WHERE l.article_id = a.id) AS links,
                (SELECT count(*) FROM media_links l WHERE l.article_id = a.id AND l.verdict = 'listed') AS listed,
                (SELECT count(*) FROM media_events e WHERE e.article_id = a.id) AS events
         FROM media_articles a WHERE a.id = a.cluster_id
         ORDER BY coalesce(a.published, '') DESC, a.ingested_at DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(opts.limit, opts.offset) as (ArticleRow & { links: number; listed: number; events: number })[];
    return {
      total,
      articles: rows.map(({ links, listed, events, ...row }) => {
        const { text: _text, ...article } = toArticle(row);
        return { ...article, links, listed, events };
      }),
    };
  }

  /** The adverse media filed under a key (a list entity id or `bic:<BIC>`), one item per article cluster. */
  forEntity(key: string): EntityMediaItem[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, l.detail AS link FROM media_links l JOIN media_articles a ON a.id = l.article_id
         WHERE l.entity_key = ? AND a.id = a.cluster_id ORDER BY coalesce(a.published, '') DESC, a.id`,
      )
      .all(key) as (ArticleRow & { link: string })[];
    const eventsOf = this.db.prepare('SELECT detail FROM media_events WHERE article_id = ? ORDER BY n');
    const copiesOf = this.db.prepare('SELECT id, source, url FROM media_articles WHERE cluster_id = ? AND id <> ? ORDER BY published, id');
    return rows.map(({ link: linkJson, ...row }) => {
      const link = JSON.parse(linkJson) as LinkRecord;
      const all = (eventsOf.all(row.id) as { detail: string }[]).map((r) => JSON.parse(r.detail) as EventRecord);
      const { text: _text, ...article } = toArticle(row);
      return { article: { ...article, copies: copiesOf.all(row.cluster_id, row.id) as EntityMediaItem['article']['copies'] }, link, events: link.events.map((i) => all[i]).filter(Boolean) };
    });
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM media_articles').get() as { n: number }).n;
  }
}
