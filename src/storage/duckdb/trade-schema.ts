/** DuckDB schema of the trade store: one flow table for every layout, the CHPL table used, import records. */

export const TRADE_SCHEMA = `
CREATE TABLE IF NOT EXISTS trade_flow (
  dataset VARCHAR NOT NULL,
  reporter VARCHAR NOT NULL,
  partner VARCHAR,
  partner_label VARCHAR NOT NULL,
  flow VARCHAR NOT NULL,
  product_code VARCHAR NOT NULL,
  product_level TINYINT NOT NULL,
  hs6 VARCHAR,
  chpl_tier VARCHAR,
  period VARCHAR NOT NULL,
  year SMALLINT NOT NULL,
  month TINYINT,
  value DOUBLE NOT NULL,
  currency VARCHAR NOT NULL,
  quantity DOUBLE,
  quantity_unit VARCHAR,
  import_id INTEGER NOT NULL,
  source_file VARCHAR NOT NULL,
  source_line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS trade_product_label (cn8 VARCHAR PRIMARY KEY, description VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS trade_chpl (hs6 VARCHAR PRIMARY KEY, tier VARCHAR NOT NULL, description VARCHAR);
CREATE TABLE IF NOT EXISTS trade_import (
  id INTEGER PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  source_dir VARCHAR NOT NULL,
  rows BIGINT NOT NULL,
  report JSON NOT NULL
);
`;

/** Columns of trade_flow in insert order. */
export const FLOW_COLUMNS =
  'dataset, reporter, partner, partner_label, flow, product_code, product_level, hs6, chpl_tier, period, year, month, value, currency, quantity, quantity_unit, import_id, source_file, source_line';
