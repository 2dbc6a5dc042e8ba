/**
 * Hub flows (two legs at the transit country): what a hub imports of a product from everyone against what
 * it exports of that product to Russia, per year, from Comtrade-style rows (USD). The generic re-export
 * estimate of PROVENANCE method 6: share ≈ min(imports, exports) ÷ exports, meaningful where the hub
 * produces little of the good itself. HS-4 products are read at level 4 and HS-6 at level 6, so the two
 * levels of a Comtrade file are never added together.
 */
import { money, times } from './format.js';
import { partnerName } from './partners.js';
import { multiple } from './stats.js';
import type { ProductLevel, TradeQueryPort } from './types.js';

export interface HubFlowParams {
  /** (hub, product) pairs (default: AM 8703, GE 8703, AM 851713 — the Comtrade files in the data folder). */
  pairs?: { hub: string; product: string }[];
  /** Destination of the second leg (default RU). */
  destination?: string;
  /** Other destinations to report beside it (default KZ, KG for the Georgian car trade). */
  alsoTo?: string[];
  /** Baseline year for the export multiple (default 2021). */
  baselineYear?: number;
}

export interface HubFlowRow {
  hub: string;
  product: string;
  year: number;
  imports: number;
  exports: number;
  exportsTo: Record<string, number>;
  /** Exports to the destination as a multiple of the baseline year. */
  multipleToDestination: number | null;
  /** min(imports, exports) ÷ exports; null without exports. */
  reexportShare: number | null;
  explanation: string;
}

export interface HubFlowResult {
  analysis: 'hub-flows';
  params: Required<HubFlowParams>;
  currency: 'USD';
  rows: HubFlowRow[];
  notes: string[];
}

export async function hubFlows(port: TradeQueryPort, params: HubFlowParams = {}): Promise<HubFlowResult> {
  const p: Required<HubFlowParams> = {
    pairs: params.pairs?.length ? params.pairs : [{ hub: 'AM', product: '8703' }, { hub: 'GE', product: '8703' }, { hub: 'AM', product: '851713' }],
    destination: params.destination ?? 'RU',
    alsoTo: params.alsoTo ?? ['KZ', 'KG'],
    baselineYear: params.baselineYear ?? 2021,
  };
  const rows: HubFlowRow[] = [];
  for (const { hub, product } of p.pairs) {
    const productLevel = product.length as ProductLevel;
    const base = { dataset: 'comtrade' as const, reporters: [hub], productLevel, productPrefixes: [product] };
    const imp = await port.aggregate({ ...base, flow: 'import', groupBy: ['year'] });
    const exp = await port.aggregate({ ...base, flow: 'export', groupBy: ['year', 'partner'] });
    const years = [...new Set([...imp, ...exp].map((c) => Number(c.year)))].sort();
    const to = (partner: string, year: number) => exp.filter((c) => c.partner === partner && c.year === year).reduce((a, c) => a + c.value, 0);
    const code = product.length === 6 ? `${product.slice(0, 4)}.${product.slice(4)}` : product;
    for (const year of years) {
      const imports = imp.filter((c) => c.year === year).reduce((a, c) => a + c.value, 0);
      const exports = exp.filter((c) => c.year === year).reduce((a, c) => a + c.value, 0);
      const exportsTo = Object.fromEntries([p.destination, ...p.alsoTo].map((d) => [d, to(d, year)]));
      const dest = exportsTo[p.destination];
      const m = year > p.baselineYear ? multiple(to(p.destination, p.baselineYear), dest) : null;
      const share = exports > 0 ? Math.min(imports, exports) / exports : null;
      rows.push({
        hub,
        product,
        year,
        imports,
        exports,
        exportsTo,
        multipleToDestination: m,
        reexportShare: share,
        explanation:
          `${partnerName(hub)} exported ${money(dest, 'USD')} of HS ${code} to ${partnerName(p.destination)} in ${year}` +
          (m !== null ? ` (${times(m)} on ${p.baselineYear})` : '') +
          `, out of ${money(exports, 'USD')} to all partners, while importing ${money(imports, 'USD')}` +
          (share !== null ? `; min(imports, exports) ÷ exports = ${share.toFixed(2)}.` : '.'),
      });
    }
  }
  return {
    analysis: 'hub-flows',
    params: p,
    currency: 'USD',
    rows,
    notes: [
      'UN Comtrade rows reported by the hub (USD). Partial years (Armenia cars to Oct 2023, Georgia to Nov 2023, smartphones to Feb 2024) are as reported.',
      'The re-export share is an upper-bound style indicator: it assumes negligible domestic production and ignores stock changes and timing.',
    ],
  };
}
