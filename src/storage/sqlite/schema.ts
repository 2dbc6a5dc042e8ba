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
