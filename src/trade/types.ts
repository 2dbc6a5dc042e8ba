/**
 * The trade-statistics model: one schema for every layout (Comext CN8, Eurostat totals, Comtrade rows,
 * national statistics), and the query port the analyses read through. Pure types, no I/O.
 */

/** Direction of a flow as the reporter states it. */
export type Flow = 'export' | 'import' | 'import_consignment' | 're_export';

/** Product level: 0 = total goods, 4 = HS heading, 6 = HS subheading, 8 = CN8. */
export type ProductLevel = 0 | 4 | 6 | 8;

/** Which source layout a row came from; analyses pick a dataset so that layouts are never mixed. */
export const DATASETS = [
  'comext_cn8',
  'eu_total_monthly',
  'eu_partner_annual',
  'national_imports',
  'armstat_monthly',
  'comtrade',
  'armenia_reexports',
] as const;
export type Dataset = (typeof DATASETS)[number];

/** One row of the analytical store (table trade_flow). */
export interface TradeFlowRow {
  dataset: Dataset;
  /** ISO 3166 alpha-2, or 'EU27' for the EU aggregate. */
  reporter: string;
  /** ISO 3166 alpha-2, 'EU27', 'WORLD'; null when the label is an aggregate we do not resolve. */
  partner: string | null;
  /** The partner as the source wrote it (kept for audit). */
  partnerLabel: string;
  flow: Flow;
  /** 'TOTAL', an HS-4/HS-6 code or a CN8 code. */
  productCode: string;
  productLevel: ProductLevel;
  /** First six digits of the product code (null for totals and HS-4 rows). */
  hs6: string | null;
  /** CHPL tier from the goods module's table (null = not listed). */
  chplTier: string | null;
  /** 'YYYY-MM' for monthly rows, 'YYYY' for annual rows. */
  period: string;
  year: number;
  /** 1..12, or null for annual rows. */
  month: number | null;
  value: number;
  currency: 'EUR' | 'USD';
  quantity: number | null;
  quantityUnit: string | null;
}

export type GroupKey = 'reporter' | 'partner' | 'year' | 'month' | 'hs6' | 'chplTier' | 'productCode';

/** An aggregate query: filter, then sum value by the listed keys. */
export interface FlowQuery {
  dataset: Dataset;
  flow: Flow;
  /** Keep these reporters only (undefined = all). */
  reporters?: readonly string[];
  partners?: readonly string[];
  years?: readonly number[];
  /** Calendar months 1..12 to keep (like-for-like comparison of part years). */
  months?: readonly number[];
  /** Keep one product level only; Comtrade files carry both HS-4 and HS-6 rows, never sum both. */
  productLevel?: ProductLevel;
  /** true: CHPL-listed lines only; false: non-listed only; undefined: all. */
  chpl?: boolean;
  hs6?: readonly string[];
  /** Keep product codes starting with one of these (e.g. '8703' for a heading and its subheadings). */
  productPrefixes?: readonly string[];
  groupBy: readonly GroupKey[];
}

/** One aggregate cell; keys not grouped by are absent. */
export interface FlowCell {
  reporter?: string;
  partner?: string | null;
  year?: number;
  month?: number | null;
  hs6?: string | null;
  chplTier?: string | null;
  productCode?: string;
  value: number;
  /** How many source rows were summed. */
  rows: number;
}

/** What a dataset holds: first and last period, rows, currency. */
export interface DatasetCoverage {
  dataset: Dataset;
  rows: number;
  firstPeriod: string;
  lastPeriod: string;
  currency: 'EUR' | 'USD';
}

/** The port the analyses read through; the DuckDB store and an in-memory fake implement it. */
export interface TradeQueryPort {
  aggregate(q: FlowQuery): Promise<FlowCell[]>;
  coverage(): Promise<DatasetCoverage[]>;
}

/** Product grouping an analysis reports by. */
export type ProductGrouping = 'chpl-tier' | 'chpl' | 'hs6' | 'all-goods';
