/** The SQLite schema, applied in numbered migrations recorded in `migrations`. */
import type Database from 'better-sqlite3';

const MIGRATIONS: string[] = [
  `
  CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    label TEXT NOT NULL,
    published_at TEXT,
    checksum TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    files TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    total INTEGER NOT NULL DEFAULT 0,
    source_records INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX versions_source ON versions(source, id);
  -- Entity bodies by content hash: versions that share an unchanged entity share its row.
  CREATE TABLE entity_blobs (
    hash TEXT PRIMARY KEY,
    data TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE version_entities (
    version_id INTEGER NOT NULL REFERENCES versions(id),
    entity_id TEXT NOT NULL,
    schema TEXT NOT NULL,
    caption TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (version_id, entity_id)
  ) WITHOUT ROWID;
  CREATE INDEX version_entities_id ON version_entities(entity_id);
  -- The version each source serves; moved only by a committed import.
  CREATE TABLE current_versions (
    source TEXT PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id)
  );
  `,
  `
  -- API keys: only a SHA-256 of each key is kept; the key itself is shown once, at creation.
  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('screener', 'analyst', 'admin')),
    key_hash TEXT NOT NULL UNIQUE,
    rate_per_minute INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  -- The audit trail: append-only, each row chained to the previous one by its hash.
  CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    key_id TEXT NOT NULL,
    key_name TEXT NOT NULL,
    role TEXT NOT NULL,
    channel TEXT NOT NULL,
    input TEXT NOT NULL,
    list_versions TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    threshold REAL NOT NULL,
    result TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  -- Batch screening jobs: the queries, then one result row per query as it is screened.
  CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    key_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    total INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    options TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    error TEXT
  );
  CREATE TABLE job_items (
    job_id TEXT NOT NULL REFERENCES jobs(id),
    n INTEGER NOT NULL,
    query TEXT NOT NULL,
    result TEXT,
    PRIMARY KEY (job_id, n)
  ) WITHOUT ROWID;
  `,
  `
  -- Alerts on payment and shipment decisions, their reviews, and the matches cleared as false positives.
  CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('review', 'hold', 'block')),
    status TEXT NOT NULL CHECK (status IN ('open', 'awaiting_second_review', 'cleared', 'escalated')),
    created_at TEXT NOT NULL,
    detail TEXT NOT NULL,
    matches TEXT NOT NULL,
    reviews TEXT NOT NULL DEFAULT '[]'
  );
  CREATE INDEX alerts_status ON alerts(status, created_at);
  CREATE TABLE suppressions (
    key TEXT PRIMARY KEY,
    alert_id TEXT NOT NULL REFERENCES alerts(id),
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  -- Adverse media: articles as extracted, the entities each names (linked to list entities and banks),
  -- and the sanctions events each reports, with the sentence as evidence.
  CREATE TABLE media_articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    extractor TEXT NOT NULL,
    warnings TEXT NOT NULL,
    cluster_id TEXT NOT NULL,
    file TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX media_articles_cluster ON media_articles(cluster_id);
  CREATE TABLE media_links (
    article_id TEXT NOT NULL REFERENCES media_articles(id) ON DELETE CASCADE,
    entity_key TEXT NOT NULL,
    mention TEXT NOT NULL,
    kind TEXT NOT NULL,
    verdict TEXT NOT NULL,
    statement TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_key)
  ) WITHOUT ROWID;
  CREATE INDEX media_links_entity ON media_links(entity_key);
  CREATE TABLE media_events (
    article_id TEXT NOT NULL REFERENCES media_articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    type TEXT NOT NULL,
    code TEXT NOT NULL,
    sentence TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
  ) WITHOUT ROWID;
  `,
  `
  -- MinHash LSH band keys of each article, so that a copy arriving in a later batch finds its story.
  CREATE TABLE media_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, article_id)
  ) WITHOUT ROWID;
  `,
];

export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT id FROM migrations').all() as { id: number }[]).map((r) => r.id));
  MIGRATIONS.forEach((sql, i) => {
    const id = i + 1;
    if (done.has(id)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO migrations (id, applied_at) VALUES (?, ?)').run(id, new Date().toISOString());
    })();
  });
}
