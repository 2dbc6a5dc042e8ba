/** What every command gets: the configuration and, opened on demand, the store. */
import { loadConfig, type Config } from '../config/index.js';
import { SqliteListStore } from '../storage/sqlite/list-store.js';
import type { ListStore } from '../storage/ports.js';
import '../importers/all.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export class CliContext {
  readonly config: Config;
  readonly json: boolean;
  private store?: SqliteListStore;

  constructor(opts: GlobalOptions) {
    this.config = loadConfig({ db: opts.db });
    this.json = Boolean(opts.json);
  }

  lists(): ListStore {
    return this.sqlite();
  }

  /** The SQLite store itself, for the stores that share its file (adverse media). */
  sqlite(): SqliteListStore {
    this.store ??= new SqliteListStore(this.config.dbPath);
    return this.store;
  }

  close(): void {
    this.store?.close();
  }
}
