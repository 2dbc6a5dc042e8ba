/**
 * Each layout mapped into trade_flow with one INSERT … SELECT over the staged file `stg` (all VARCHAR,
 * `__line` = line in the file). `label_map(label, code)` resolves partner names; `trade_chpl` gives the
 * CHPL tier of an HS-6 line (CN8 → first six digits → tier).
 */
import type { Dataset } from '../../trade/types.js';
import { FLOW_COLUMNS } from './trade-schema.js';

const GR = (col: string) => `CASE ${col} WHEN 'EL' THEN 'GR' WHEN 'EU27_2020' THEN 'EU27' ELSE ${col} END`;
const num = (col: string) => `CAST(NULLIF(NULLIF(${col}, 'NA'), '') AS DOUBLE)`;
const chpl = (hs6: string) => `(SELECT tier FROM trade_chpl c WHERE c.hs6 = ${hs6})`;

/** The label columns of a layout that go through label_map. */
export const LABEL_COLUMNS: Partial<Record<Dataset, string[]>> = {
  eu_partner_annual: ['partner_label'],
  national_imports: ['partner_label'],
  armstat_monthly: ['country'],
  comtrade: ['reporter', 'partner_iso', 'partner'],
};

function select(dataset: Dataset, importId: number, file: string): string {
  const src = `${importId}, ${quote(file)}, __line`;
  switch (dataset) {
    case 'comext_cn8':
      return `SELECT 'comext_cn8', ${GR('reporter_iso2')}, partner_iso2, partner_iso2, 'export', cn8, 8, substr(cn8, 1, 6),
        ${chpl('substr(cn8, 1, 6)')}, period, CAST(substr(period, 1, 4) AS SMALLINT), CAST(substr(period, 6, 2) AS TINYINT),
        ${num('value_eur')}, 'EUR', NULL, NULL, ${src} FROM stg`;
    case 'eu_total_monthly':
      return `SELECT 'eu_total_monthly', ${GR('reporter_iso2')}, partner_iso2, partner_iso2, lower(flow), 'TOTAL', 0, NULL, NULL, period,
        CAST(substr(period, 1, 4) AS SMALLINT), CAST(substr(period, 6, 2) AS TINYINT), ${num('value_eur')}, 'EUR', NULL, NULL, ${src} FROM stg`;
    case 'eu_partner_annual':
      return `SELECT 'eu_partner_annual', ${GR('reporter')}, m.code, partner_label, 'export', 'TOTAL', 0, NULL, NULL, year,
        CAST(year AS SMALLINT), NULL, ${num('value_eur')}, 'EUR', NULL, NULL, ${src}
        FROM stg LEFT JOIN label_map m ON m.label = stg.partner_label`;
    case 'national_imports':
      return `SELECT 'national_imports', reporter_iso2, m.code, partner_label, 'import', 'TOTAL', 0, NULL, NULL, year,
        CAST(year AS SMALLINT), NULL, ${num('value_eur_converted')}, 'EUR', NULL, NULL, ${src}
        FROM stg LEFT JOIN label_map m ON m.label = stg.partner_label`;
    case 'armstat_monthly':
      return ['export:export', 'import_origin:import', 'import_consignment:import_consignment']
        .map((x) => {
          const [col, flow] = x.split(':');
          return `SELECT 'armstat_monthly', 'AM', m.code, country, '${flow}', 'TOTAL', 0, NULL, NULL, year || '-' || lpad(month, 2, '0'),
            CAST(year AS SMALLINT), CAST(month AS TINYINT), ${num(col)} * 1000, 'USD', NULL, NULL, ${src}
            FROM stg LEFT JOIN label_map m ON m.label = stg.country WHERE ${num(col)} IS NOT NULL`;
        })
        .join(' UNION ALL ');
    case 'comtrade':
      return `SELECT 'comtrade', coalesce(r.code, stg.reporter), coalesce(p.code, pn.code), coalesce(stg.partner, stg.partner_iso),
        CASE trade_code WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' ELSE 're_export' END, commodity_code, CAST(aggregate_level AS TINYINT),
        CASE WHEN length(commodity_code) = 6 THEN commodity_code END, CASE WHEN length(commodity_code) = 6 THEN ${chpl('commodity_code')} END,
        year || '-' || lpad(month, 2, '0'), CAST(year AS SMALLINT), CAST(month AS TINYINT), ${num('trade_value_us')}, 'USD',
        ${num('"Qty"')}, "QtyUnitAbbr", ${src}
        FROM stg LEFT JOIN label_map r ON r.label = stg.reporter LEFT JOIN label_map p ON p.label = stg.partner_iso
        LEFT JOIN label_map pn ON pn.label = stg.partner`;
    case 'armenia_reexports':
      return ['RX:re_export', 'X:export']
        .map((x) => {
          const [col, flow] = x.split(':');
          return `SELECT 'armenia_reexports', 'AM', 'WORLD', 'World', '${flow}', 'TOTAL', 0, NULL, NULL, year, CAST(year AS SMALLINT), NULL,
            ${num(`"${col}"`)}, 'USD', NULL, NULL, ${src} FROM stg`;
        })
        .join(' UNION ALL ');
  }
}

/** INSERT … SELECT for a layout. */
export function insertSql(dataset: Dataset, importId: number, file: string): string {
  return `INSERT INTO trade_flow (${FLOW_COLUMNS}) ${select(dataset, importId, file)}`;
}

export function quote(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

export function ident(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}
