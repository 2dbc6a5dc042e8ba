/**
 * The trade-statistics layouts in ../shared/data/trade, recognised by their header, with the columns
 * each needs and the field checks an import runs before mapping into the one schema. Declarative and
 * pure: the store turns the checks into SQL and the mapping into INSERT … SELECT.
 */
import type { Dataset } from './types.js';

export type LayoutId = Dataset | 'cn8_labels';

/** A check on one field; `optional` lets empty / 'NA' values through. */
export interface FieldCheck {
  field: string;
  rule: 'number' | 'regex';
  pattern?: string;
  optional?: boolean;
  /** What the field must be, for the error message. */
  what: string;
}

export interface Layout {
  id: LayoutId;
  /** Columns that identify the layout (all must be present). */
  columns: readonly string[];
  checks: readonly FieldCheck[];
  description: string;
}

const ISO2 = { rule: 'regex', pattern: '^[A-Z]{2}$', what: 'a two-letter country code' } as const;
const YEAR = { rule: 'regex', pattern: '^(19|20)\\d\\d$', what: 'a four-digit year' } as const;
const MONTH_PERIOD = { rule: 'regex', pattern: '^(19|20)\\d\\d-(0[1-9]|1[0-2])$', what: 'a period YYYY-MM' } as const;
const num = (field: string, optional = false): FieldCheck => ({ field, rule: 'number', optional, what: 'a number' });

export const LAYOUTS: readonly Layout[] = [
  {
    id: 'comext_cn8',
    columns: ['reporter_iso2', 'partner_iso2', 'cn8', 'hs6', 'chpl_tier', 'period', 'value_eur'],
    checks: [
      { field: 'reporter_iso2', ...ISO2 },
      { field: 'partner_iso2', ...ISO2 },
      { field: 'cn8', rule: 'regex', pattern: '^\\d{8}$', what: 'an 8-digit CN code' },
      { field: 'period', ...MONTH_PERIOD },
      num('value_eur'),
    ],
    description: 'Eurostat Comext CN8 monthly exports, EUR',
  },
  {
    id: 'eu_total_monthly',
    columns: ['reporter_iso2', 'partner_iso2', 'flow', 'period', 'value_eur'],
    checks: [
      { field: 'reporter_iso2', rule: 'regex', pattern: '^([A-Z]{2}|EU27_2020)$', what: 'a two-letter code or EU27_2020' },
      { field: 'partner_iso2', ...ISO2 },
      { field: 'flow', rule: 'regex', pattern: '^(EXPORT|IMPORT)$', what: 'EXPORT or IMPORT' },
      { field: 'period', ...MONTH_PERIOD },
      num('value_eur'),
    ],
    description: 'Eurostat total goods by member state, monthly, EUR',
  },
  {
    id: 'eu_partner_annual',
    columns: ['reporter', 'partner_label', 'year', 'value_eur', 'label_language'],
    checks: [{ field: 'year', ...YEAR }, num('value_eur'), { field: 'partner_label', rule: 'regex', pattern: '.*\\S.*', what: 'a partner name' }],
    description: 'Eurostat EU27 exports by partner, annual, EUR',
  },
  {
    id: 'national_imports',
    columns: ['reporter_iso2', 'partner_label', 'year', 'flow', 'value_eur_converted'],
    checks: [{ field: 'reporter_iso2', ...ISO2 }, { field: 'year', ...YEAR }, { field: 'flow', rule: 'regex', pattern: '^IMPORT$', what: 'IMPORT' }, num('value_eur_converted')],
    description: 'National statistics: imports by partner, annual (EUR converted from thousand USD)',
  },
  {
    id: 'armstat_monthly',
    columns: ['country', 'year', 'month', 'export', 'import_origin', 'import_consignment'],
    checks: [
      { field: 'year', ...YEAR },
      { field: 'month', rule: 'regex', pattern: '^([1-9]|1[0-2])$', what: 'a month 1–12' },
      num('export', true),
      num('import_origin', true),
      num('import_consignment', true),
    ],
    description: 'Armstat Armenia trade by country, monthly, thousand USD',
  },
  {
    id: 'comtrade',
    columns: ['year', 'month', 'aggregate_level', 'trade_code', 'reporter', 'partner_iso', 'commodity_code', 'trade_value_us'],
    checks: [
      { field: 'year', ...YEAR },
      { field: 'month', rule: 'regex', pattern: '^([1-9]|1[0-2])$', what: 'a month 1–12' },
      { field: 'aggregate_level', rule: 'regex', pattern: '^(2|4|6)$', what: 'an HS level 2, 4 or 6' },
      { field: 'trade_code', rule: 'regex', pattern: '^(X|M|RX)$', what: 'X, M or RX' },
      { field: 'commodity_code', rule: 'regex', pattern: '^\\d{2,6}$', what: 'an HS code' },
      num('trade_value_us'),
      num('Qty', true),
    ],
    description: 'UN Comtrade monthly rows, USD (HS-4 and HS-6 rows both present)',
  },
  {
    id: 'armenia_reexports',
    columns: ['year', 'RX', 'X'],
    checks: [{ field: 'year', ...YEAR }, num('RX'), num('X')],
    description: 'Armstat official re-export regime vs total exports, annual, USD',
  },
  {
    id: 'cn8_labels',
    columns: ['cn8', 'description'],
    checks: [{ field: 'cn8', rule: 'regex', pattern: '^\\d{8}$', what: 'an 8-digit CN code' }],
    description: 'CN8 descriptions',
  },
];

/** The layout a header belongs to; the most specific match wins. */
export function detectLayout(header: readonly string[]): Layout | undefined {
  const cols = new Set(header.map((h) => h.trim()));
  return [...LAYOUTS].sort((a, b) => b.columns.length - a.columns.length).find((l) => l.columns.every((c) => cols.has(c)));
}

/** Files that sit beside the data but are not trade statistics. */
export function isReferenceFile(name: string): boolean {
  return name === 'published_figures.csv' || !name.toLowerCase().endsWith('.csv');
}
