/**
 * Edge: the DuckDB analytical store of trade statistics. `importDirectory` reads every trade file with
 * DuckDB's read_csv, checks each field, and maps each layout into the one trade_flow schema inside a
 * single transaction: all files or none, and the previous import stays intact on any error. Each import
 * gets a versioned record. The store implements the core's TradeQueryPort.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { ChokepointError, malformed } from '../../errors.js';
import type { ChplItem } from '../../goods/types.js';
import { detectLayout, isReferenceFile, type Layout } from '../../trade/layouts.js';
import { partnerCode } from '../../trade/partners.js';
import { tierDisagreements, type TierDisagreement } from '../../trade/products.js';
import type { Dataset, DatasetCoverage, FlowCell, FlowQuery, TradeQueryPort } from '../../trade/types.js';
import { csvError, firstBadRowSql, readHeader, stagingSql } from './trade-csv.js';
import { ident, insertSql, LABEL_COLUMNS } from './trade-mapping.js';
import { aggregateSql } from './trade-query.js';
import { TRADE_SCHEMA } from './trade-schema.js';

export interface ImportedFile {
  file: string;
  layout: string;
  /** Source records read. */
  records: number;
  /** trade_flow rows written (Armstat and re-export files give several flows per record). */
  rows: number;
  unresolvedLabels: string[];
}

export interface TradeImportReport {
  importId: number;
  sourceDir: string;
  startedAt: string;
  finishedAt: string;
  files: ImportedFile[];
  skipped: { file: string; reason: string }[];
  rows: number;
  chplItems: number;
  /** HS-6 lines where the Comext file's chpl_tier column disagrees with the goods module's CHPL table. */
  tierDisagreements: TierDisagreement[];
  seconds: number;
}


/**
 * Imports write on one connection inside a transaction; analyses read on another, one query at a time,
 * so a server can keep answering from the committed data while an import runs.
 */
export class DuckDbTradeStore implements TradeQueryPort {
  private queue: Promise<unknown> = Promise.resolve();
  private importing = false;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    readonly path: string,
  ) {}

  /** Open (or create) a store file; ':memory:' for a throw-away store. */
  static async open(path: string, opts: { readOnly?: boolean } = {}): Promise<DuckDbTradeStore> {
    let instance: DuckDBInstance;
    try {
      // Several processes may read one store file together (a server cluster); only one may write it.
      instance = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (e) {
      throw new ChokepointError('STORE_FAILED', `cannot open trade store ${path}: ${(e as Error).message}`, {}, { cause: e });
    }
    const conn = await instance.connect();
    if (!opts.readOnly) await conn.run(TRADE_SCHEMA);
    return new DuckDbTradeStore(instance, conn, await instance.connect(), path);
  }

  close(): void {
    this.reader.closeSync();
    this.conn.closeSync();
    this.instance.closeSync();
  }

  /** A query on the import connection (inside the import transaction). */
  private async all(sql: string, params?: DuckDBValue[]): Promise<Record<string, unknown>[]> {
    return (await this.conn.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[];
  }

  /** A read of committed data, queued behind the previous read. */
  private read(sql: string, params?: DuckDBValue[]): Promise<Record<string, unknown>[]> {
    const next = this.queue.then(async () => (await this.reader.runAndReadAll(sql, params)).getRowObjectsJS() as Record<string, unknown>[]);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Import every trade CSV in `dir` (or the given files), replacing the previous import in one transaction.
   * `chpl` is the goods module's CHPL table: CN8 → HS6 → tier is mapped from it.
   */
  async importDirectory(dir: string, chpl: readonly ChplItem[], opts: { files?: string[]; now?: () => Date } = {}): Promise<TradeImportReport> {
    const now = opts.now ?? (() => new Date());
    const started = now();
    const t0 = performance.now();
    let names: string[];
    try {
      names = opts.files ?? readdirSync(dir).filter((f) => statSync(resolve(dir, f)).isFile()).sort();
    } catch (e) {
      throw new ChokepointError('NOT_FOUND', `trade data folder not readable: ${dir} (${(e as Error).message})`, { field: '--dir' });
    }
    if (this.importing) throw new ChokepointError('CONFLICT', 'a trade import is already running on this store');
    this.importing = true;
    try {
      return await this.importFiles(dir, names, chpl, now, started, t0);
    } finally {
      this.importing = false;
    }
  }

  private async importFiles(dir: string, names: string[], chpl: readonly ChplItem[], now: () => Date, started: Date, t0: number): Promise<TradeImportReport> {
    const skipped: TradeImportReport['skipped'] = [];
    const files: ImportedFile[] = [];
    let disagreements: TierDisagreement[] = [];
    await this.conn.run('BEGIN TRANSACTION');
    try {
      const importId = Number((await this.all('SELECT CAST(coalesce(max(id), 0) + 1 AS INTEGER) AS id FROM trade_import'))[0].id);
      await this.conn.run('DELETE FROM trade_flow');
      await this.conn.run('DELETE FROM trade_product_label');
      await this.conn.run('DELETE FROM trade_chpl');
      if (chpl.length) {
        const values = chpl.map(() => '(?, ?, ?)').join(', ');
        await this.conn.run(`INSERT INTO trade_chpl VALUES ${values}`, chpl.flatMap((c) => [c.hs6, c.tier, c.description]));
      }
      for (const name of names) {
        if (isReferenceFile(name)) {
          skipped.push({ file: name, reason: name.endsWith('.csv') ? 'reference figures, not trade statistics' : 'not a CSV file' });
          continue;
        }
        const file = resolve(dir, name);
        const layout = await this.stage(file);
        if (!layout) throw new ChokepointError('UNKNOWN_FORMAT', 'header matches no known trade layout', { file, line: 1 });
        await this.check(file, layout);
        const records = Number((await this.all('SELECT CAST(count(*) AS INTEGER) AS n FROM stg'))[0].n);
        if (layout.id === 'cn8_labels') {
          await this.conn.run('INSERT INTO trade_product_label SELECT cn8, any_value(description) FROM stg GROUP BY cn8');
          files.push({ file: name, layout: layout.id, records, rows: 0, unresolvedLabels: [] });
          continue;
        }
        const dataset = layout.id as Dataset;
        const unresolvedLabels = await this.mapLabels(dataset);
        if (dataset === 'comext_cn8') {
          const tiers = await this.all("SELECT DISTINCT substr(cn8, 1, 6) AS hs6, coalesce(chpl_tier, '') AS tier FROM stg");
          disagreements = disagreements.concat(tierDisagreements(tiers.map((t) => ({ hs6: String(t.hs6), tier: String(t.tier) })), chpl));
        }
        const before = await this.countFlows();
        try {
          await this.conn.run(insertSql(dataset, importId, name));
        } catch (e) {
          throw malformed(`cannot map into the trade schema (${(e as Error).message.split('\n')[0]})`, { file });
        }
        files.push({ file: name, layout: layout.id, records, rows: (await this.countFlows()) - before, unresolvedLabels });
      }
      const rows = await this.countFlows();
      const finished = now();
      const report: TradeImportReport = {
        importId,
        sourceDir: dir,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        files,
        skipped,
        rows,
        chplItems: chpl.length,
        tierDisagreements: disagreements,
        seconds: (performance.now() - t0) / 1000,
      };
      await this.conn.run('INSERT INTO trade_import VALUES (?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), ?, ?, ?)', [
        importId,
        report.startedAt.replace('T', ' ').replace('Z', ''),
        report.finishedAt.replace('T', ' ').replace('Z', ''),
        dir,
        rows,
        JSON.stringify({ ...report, seconds: undefined }),
      ]);
      await this.conn.run('DROP TABLE IF EXISTS stg');
      await this.conn.run('COMMIT');
      return report;
    } catch (e) {
      await this.conn.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  private async countFlows(): Promise<number> {
    return Number((await this.all('SELECT CAST(count(*) AS INTEGER) AS n FROM trade_flow'))[0].n);
  }

  /**
   * Stage a file as all-VARCHAR table `stg` with its line numbers; return its layout. The header is read
   * here and the columns are given to read_csv explicitly, so a ragged row fails with its line number
   * instead of confusing DuckDB's dialect sniffer.
   */
  private async stage(file: string): Promise<Layout | undefined> {
    const header = readHeader(file);
    const layout = detectLayout(header);
    if (!layout) return undefined;
    try {
      await this.conn.run(stagingSql(file, header));
    } catch (e) {
      throw csvError((e as Error).message, file);
    }
    return layout;
  }

  /** Run the layout's field checks; the first failure names file, line and field. */
  private async check(file: string, layout: Layout): Promise<void> {
    for (const c of layout.checks) {
      let rows: Record<string, unknown>[];
      try {
        rows = await this.all(firstBadRowSql(c));
      } catch (e) {
        if (/not found|does not have a column/i.test((e as Error).message)) continue; // optional column absent in this file
        throw e;
      }
      if (rows.length) {
        const v = rows[0].v;
        throw malformed(`expected ${c.what}, got ${v === null ? 'an empty value' : `'${String(v)}'`}`, { file, line: Number(rows[0].__line), field: c.field });
      }
    }
  }

  /** Fill label_map for the layout's label columns; return labels left unresolved. */
  private async mapLabels(dataset: Dataset): Promise<string[]> {
    await this.conn.run('CREATE OR REPLACE TEMP TABLE label_map (label VARCHAR PRIMARY KEY, code VARCHAR)');
    const cols = (LABEL_COLUMNS[dataset] ?? []).filter(Boolean);
    if (!cols.length) return [];
    const available = new Set((await this.all('SELECT column_name FROM (DESCRIBE stg)')).map((r) => String(r.column_name)));
    const labels = new Set<string>();
    for (const c of cols.filter((x) => available.has(x))) {
      for (const r of await this.all(`SELECT DISTINCT ${ident(c)} AS l FROM stg WHERE ${ident(c)} IS NOT NULL`)) labels.add(String(r.l));
    }
    const mapped = [...labels].map((l) => [l, partnerCode(l)] as const);
    for (let i = 0; i < mapped.length; i += 500) {
      const chunk = mapped.slice(i, i + 500);
      await this.conn.run(`INSERT INTO label_map VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flatMap(([l, c]) => [l, c]));
    }
    // For Comtrade, the partner column is a fallback to the alpha-3 code: report a label unresolved only if both fail.
    if (dataset === 'comtrade') {
      const rows = await this.all(
        `SELECT DISTINCT coalesce(partner, partner_iso) AS l FROM stg LEFT JOIN label_map a ON a.label = stg.partner_iso LEFT JOIN label_map b ON b.label = stg.partner WHERE a.code IS NULL AND b.code IS NULL`,
      );
      return rows.map((r) => String(r.l)).sort();
    }
    return mapped.filter(([, c]) => c === null).map(([l]) => l).sort();
  }

  async aggregate(q: FlowQuery): Promise<FlowCell[]> {
    const { sql, params } = aggregateSql(q);
    return (await this.read(sql, params)) as unknown as FlowCell[];
  }

  async coverage(): Promise<DatasetCoverage[]> {
    return (await this.read(
      `SELECT dataset, CAST(count(*) AS INTEGER) AS rows, min(period) AS "firstPeriod", max(period) AS "lastPeriod", any_value(currency) AS currency
       FROM trade_flow GROUP BY dataset ORDER BY dataset`,
    )) as unknown as DatasetCoverage[];
  }

  /** Import records, newest first. */
  async imports(): Promise<{ id: number; startedAt: string; finishedAt: string; sourceDir: string; rows: number }[]> {
    const rows = await this.read('SELECT id, CAST(started_at AS VARCHAR) AS s, CAST(finished_at AS VARCHAR) AS f, source_dir, CAST(rows AS INTEGER) AS rows FROM trade_import ORDER BY id DESC');
    return rows.map((r) => ({ id: Number(r.id), startedAt: String(r.s), finishedAt: String(r.f), sourceDir: String(r.source_dir), rows: Number(r.rows) }));
  }

  /** Description of a CN8 code from the labels file, when imported. */
  async productLabels(): Promise<Map<string, string>> {
    const rows = await this.read('SELECT cn8, description FROM trade_product_label');
    return new Map(rows.map((r) => [String(r.cn8), String(r.description)]));
  }
}

