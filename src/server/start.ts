/**
 * Edge: open the store, build the engine over the lists served now, resume unfinished batch jobs and
 * start listening. Used by `chokepoint serve` and `chokepoint up`.
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildEngine } from '../matching/engine.js';
import { loadEngine, type LoadedEngine } from '../screening/load-engine.js';
import { JobRunner } from '../service/jobs.js';
import { createApiKey } from '../service/keys.js';
import { ScreeningService } from '../service/screening.js';
import { SqliteAuditLog } from '../storage/sqlite/audit-log.js';
import { SqliteJobStore } from '../storage/sqlite/job-store.js';
import { SqliteKeyStore } from '../storage/sqlite/key-store.js';
import { SqliteListStore } from '../storage/sqlite/list-store.js';
import { openAuditConnection } from '../storage/sqlite/connection.js';
import { buildServer, type ServerDeps } from './app.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CaseService } from '../service/cases.js';
import { SqliteAlertStore } from '../storage/sqlite/alert-store.js';
import { DEFAULT_SHIPMENT_POLICY, loadPolicy } from '../transactions/load-policy.js';
import { loadBicDirectory, type BicDirectory } from '../transactions/parse/index.js';
import { buildClassifier, type Classifier } from '../goods/index.js';
import { loadGoodsTables } from '../goods/load.js';
import type { PaymentScreening } from './routes/cases.js';
import { paymentDeps } from '../transactions/pipeline.js';
import { openTradeService, readPublishedFigures, type TradeService } from '../service/trade.js';
import type { TradeDeps } from './routes/trade.js';
import type { MediaDeps } from './routes/media.js';
import { mediaAnalyser, type MediaAnalyser } from '../service/media.js';
import { buildBankIndex } from '../media/nlp/index.js';
import { SqliteMediaStore } from '../storage/sqlite/media-store.js';
import cluster from 'node:cluster';
import { dirname } from 'node:path';

/** The trade-statistics store beside a list store file. */
export function tradeStorePath(dbPath: string): string {
  return join(dirname(dbPath), 'trade.duckdb');
}

export interface StartOptions {
  dbPath: string;
  port: number;
  host: string;
  consoleDir?: string;
  /** Progress lines for the operator (stderr). */
  log: (line: string) => void;
  /** Create an admin key when the store has none, and print it once. */
  bootstrapKey?: boolean;
  /** Where the BIC directory and the goods tables are (../shared/data), for payment screening. */
  sharedDataDir?: string;
  /** Resume batch jobs a previous process left unfinished (default true). */
  resumeJobs?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
  /** The admin key created at start, if one was. */
  createdKey?: string;
}

export const DEFAULT_CONSOLE_DIR = resolve(import.meta.dirname, '../../web/dist');

/** The server's dependencies over one store file, and how to close them. */
export interface OpenedServices {
  deps: ServerDeps;
  close(): void;
}

export async function openServices(dbPath: string, log: (line: string) => void = () => {}, consoleDir = DEFAULT_CONSOLE_DIR, sharedDataDir?: string): Promise<OpenedServices> {
  const store = new SqliteListStore(dbPath);
  const keys = new SqliteKeyStore(store.db);
  // The store is migrated by now; the audit trail and jobs write through a connection of their own.
  const auditDb = store.db.name === ':memory:' ? store.db : openAuditConnection(dbPath);
  const audit = new SqliteAuditLog(auditDb);
  const jobStore = new SqliteJobStore(auditDb, audit);
  let loaded: LoadedEngine;
  if (store.currentVersions().length > 0) {
    log('building the screening index over the lists served now');
    loaded = loadEngine(store);
    log(`index built in ${(loaded.buildMs / 1000).toFixed(1)} s: ${loaded.engine.size.entities} entities, ${loaded.engine.size.names} names from ${loaded.versions.length} lists`);
  } else {
    log('no lists loaded: the server starts, but is not ready (/readyz 503) until lists are imported and it is restarted');
    loaded = { engine: buildEngine([]), versions: [], buildMs: 0 };
  }
  const screening = new ScreeningService(loaded, store, audit);
  const jobs = new JobRunner(jobStore, screening);
  const cases = new CaseService(new SqliteAlertStore(auditDb), store);
  const reference = await referenceData(sharedDataDir, log);
  const payments = paymentScreening(screening, cases, reference);
  const trade = await tradeAnalytics(dbPath, sharedDataDir, log);
  const media = mediaDeps(store, screening, loaded, reference);
  return {
    deps: { screening, store, keys, audit, jobStore, jobs, consoleDir, cases, payments, trade, media },
    close() {
      trade.trade?.close();
      if (auditDb !== store.db) auditDb.close();
      store.close();
    },
  };
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const services = await openServices(opts.dbPath, opts.log, opts.consoleDir ?? DEFAULT_CONSOLE_DIR, opts.sharedDataDir);
  const { deps } = services;
  let createdKey: string | undefined;
  if (opts.bootstrapKey && deps.keys.count() === 0) createdKey = createApiKey(deps.keys, { role: 'admin', name: 'first admin' }).key;
  const app = await buildServer({ ...deps, logger: true });
  const address = await app.listen({ port: opts.port, host: opts.host });
  const url = address.replace('[::1]', 'localhost');
  const resumed = opts.resumeJobs === false ? [] : deps.jobs.resumeAll();
  if (resumed.length) opts.log(`resumed ${resumed.length} unfinished batch job(s): ${resumed.join(', ')}`);
  return {
    app,
    url,
    createdKey,
    async close() {
      await deps.jobs.stop();
      await app.close();
      services.close();
    },
  };
}

/** The BIC directory and the goods classifier, loaded once for payments, shipments and adverse media. */
interface ReferenceData {
  bics?: BicDirectory;
  classifier?: Classifier;
}

async function referenceData(shared: string | undefined, log: (line: string) => void): Promise<ReferenceData> {
  const bicFile = shared && join(shared, 'payments/bic/bic_directory.csv');
  const goodsDir = shared && join(shared, 'goods');
  const bics: BicDirectory | undefined = bicFile && existsSync(bicFile) ? await loadBicDirectory(bicFile) : undefined;
  const classifier: Classifier | undefined = goodsDir && existsSync(goodsDir) ? buildClassifier(loadGoodsTables(goodsDir)) : undefined;
  if (!bics || !classifier) log(`payment screening without ${[!bics && 'the BIC directory', !classifier && 'the goods tables'].filter(Boolean).join(' and ')} (not found under ${shared ?? 'the shared data folder'})`);
  return { bics, classifier };
}

/** Payment screening over the engine served now: the policy, the BIC directory and the goods tables when present. */
function paymentScreening(screening: ScreeningService, cases: CaseService, { bics, classifier }: ReferenceData): PaymentScreening {
  const policy = loadPolicy();
  return {
    policy,
    shipmentPolicy: loadPolicy(DEFAULT_SHIPMENT_POLICY),
    deps: () => ({ ...paymentDeps(screening.engine, bics, classifier && ((t) => classifier.classify(t, { top: 1 })), 10_000).deps, isSuppressed: cases.isSuppressed }),
  };
}

/**
 * The trade store beside the list store, when trade statistics were imported. Server processes of a
 * cluster open it read-only together (DuckDB lets one process write a file, or many read it).
 */
async function tradeAnalytics(dbPath: string, shared: string | undefined, log: (line: string) => void): Promise<TradeDeps> {
  const references = shared ? readPublishedFigures(join(shared, 'trade/published_figures.csv')) : [];
  if (dbPath === ':memory:' || !existsSync(tradeStorePath(dbPath))) return { references };
  let trade: TradeService | undefined;
  try {
    trade = await openTradeService(tradeStorePath(dbPath), { readOnly: cluster.isWorker });
  } catch (e) {
    log(`trade analytics off: ${(e as Error).message}`);
  }
  return { trade, references };
}

/**
 * Adverse media over the store file. The analyser (engine served now, bank index, goods classifier) is
 * built on first use: most servers never ingest, and the bank index takes a second to build.
 */
function mediaDeps(store: SqliteListStore, screening: ScreeningService, loaded: LoadedEngine, { bics, classifier }: ReferenceData): MediaDeps {
  let analyser: MediaAnalyser | undefined;
  return {
    store: new SqliteMediaStore(store.db),
    lists: store,
    analyser:
      loaded.versions.length === 0
        ? undefined
        : () =>
            (analyser ??= mediaAnalyser({
              engine: screening.engine,
              lists: loaded.versions.map((v) => v.source),
              banks: bics && buildBankIndex(bics.entries()),
              classifier,
            })),
  };
}
