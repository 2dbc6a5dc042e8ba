/** An in-memory TradeQueryPort over rows: the reference semantics of `aggregate`, used by unit tests. */
import type { DatasetCoverage, FlowCell, FlowQuery, GroupKey, TradeFlowRow, TradeQueryPort } from './types.js';

const FIELD: Record<GroupKey, keyof TradeFlowRow> = {
  reporter: 'reporter',
  partner: 'partner',
  year: 'year',
  month: 'month',
  hs6: 'hs6',
  chplTier: 'chplTier',
  productCode: 'productCode',
};

export function matches(r: TradeFlowRow, q: FlowQuery): boolean {
  return (
    r.dataset === q.dataset &&
    r.flow === q.flow &&
    (!q.reporters || q.reporters.includes(r.reporter)) &&
    (!q.partners || (r.partner !== null && q.partners.includes(r.partner))) &&
    (!q.years || q.years.includes(r.year)) &&
    (!q.months || (r.month !== null && q.months.includes(r.month))) &&
    (q.productLevel === undefined || r.productLevel === q.productLevel) &&
    (q.chpl === undefined || (r.chplTier !== null) === q.chpl) &&
    (!q.hs6 || (r.hs6 !== null && q.hs6.includes(r.hs6))) &&
    (!q.productPrefixes || q.productPrefixes.some((x) => r.productCode.startsWith(x)))
  );
}

export class MemoryTradePort implements TradeQueryPort {
  constructor(private readonly rows: readonly TradeFlowRow[]) {}

  async aggregate(q: FlowQuery): Promise<FlowCell[]> {
    const out = new Map<string, FlowCell>();
    for (const r of this.rows) {
      if (!matches(r, q)) continue;
      const keys = q.groupBy.map((g) => r[FIELD[g]]);
      const k = JSON.stringify(keys);
      let cell = out.get(k);
      if (!cell) {
        cell = { value: 0, rows: 0 };
        q.groupBy.forEach((g, i) => ((cell as unknown as Record<string, unknown>)[g] = keys[i]));
        out.set(k, cell);
      }
      cell.value += r.value;
      cell.rows += 1;
    }
    return [...out.values()];
  }

  async coverage(): Promise<DatasetCoverage[]> {
    const by = new Map<string, DatasetCoverage>();
    for (const r of this.rows) {
      const c = by.get(r.dataset);
      if (!c) by.set(r.dataset, { dataset: r.dataset, rows: 1, firstPeriod: r.period, lastPeriod: r.period, currency: r.currency });
      else {
        c.rows++;
        if (r.period < c.firstPeriod) c.firstPeriod = r.period;
        if (r.period > c.lastPeriod) c.lastPeriod = r.period;
      }
    }
    return [...by.values()];
  }
}
