/** The SQL behind TradeQueryPort.aggregate: filters as bound parameters, sums grouped by the asked keys. */
import type { DuckDBValue } from '@duckdb/node-api';
import type { FlowQuery, GroupKey } from '../../trade/types.js';
import { ident } from './trade-mapping.js';

const GROUP_COLUMN: Record<GroupKey, string> = {
  reporter: 'reporter',
  partner: 'partner',
  year: 'CAST(year AS INTEGER)',
  month: 'CAST(month AS INTEGER)',
  hs6: 'hs6',
  chplTier: 'chpl_tier',
  productCode: 'product_code',
};

export function aggregateSql(q: FlowQuery): { sql: string; params: DuckDBValue[] } {
  const where: string[] = ['dataset = ?', 'flow = ?'];
  const params: DuckDBValue[] = [q.dataset, q.flow];
  const inList = (col: string, xs: readonly (string | number)[] | undefined) => {
    if (!xs) return;
    if (!xs.length) return void where.push('FALSE');
    where.push(`${col} IN (${xs.map(() => '?').join(', ')})`);
    params.push(...xs);
  };
  inList('reporter', q.reporters);
  inList('partner', q.partners);
  inList('year', q.years);
  inList('month', q.months);
  inList('hs6', q.hs6);
  if (q.productLevel !== undefined) {
    where.push('product_level = ?');
    params.push(q.productLevel);
  }
  if (q.productPrefixes) {
    where.push(q.productPrefixes.length ? `(${q.productPrefixes.map(() => 'starts_with(product_code, ?)').join(' OR ')})` : 'FALSE');
    params.push(...q.productPrefixes);
  }
  if (q.chpl !== undefined) where.push(q.chpl ? 'chpl_tier IS NOT NULL' : 'chpl_tier IS NULL');
  const keys = q.groupBy.map((g) => `${GROUP_COLUMN[g]} AS ${ident(g)}`);
  const sql = `SELECT ${[...keys, 'CAST(sum(value) AS DOUBLE) AS value', 'CAST(count(*) AS INTEGER) AS rows'].join(', ')}
    FROM trade_flow WHERE ${where.join(' AND ')}${keys.length ? ` GROUP BY ${q.groupBy.map((_, i) => i + 1).join(', ')}` : ''}`;
  return { sql, params };
}
