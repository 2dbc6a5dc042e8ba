/** Product groups the analyses report by: CHPL tiers, all CHPL lines, single HS-6 lines, all goods. */
import type { FlowCell, FlowQuery, ProductGrouping } from './types.js';
import { tierLabel } from './products.js';

export interface ProductGroup {
  /** 'tier:1', 'chpl', 'hs6:854231', 'extract', 'total'. */
  id: string;
  label: string;
}

/** The group keys to add to a Comext query for a grouping. */
export function groupKeys(grouping: ProductGrouping): FlowQuery['groupBy'] {
  return grouping === 'chpl-tier' ? ['chplTier'] : grouping === 'hs6' ? ['hs6', 'chplTier'] : [];
}

/** The group a Comext aggregate cell belongs to under a grouping. */
export function groupOf(cell: FlowCell, grouping: ProductGrouping): ProductGroup {
  if (grouping === 'chpl-tier') return { id: `tier:${cell.chplTier}`, label: tierLabel(cell.chplTier ?? null) };
  if (grouping === 'hs6') {
    const tier = cell.chplTier ? ` (${tierLabel(cell.chplTier)})` : '';
    return { id: `hs6:${cell.hs6}`, label: `HS ${cell.hs6?.slice(0, 4)}.${cell.hs6?.slice(4)}${tier}` };
  }
  if (grouping === 'chpl') return { id: 'chpl', label: 'CHPL-listed lines' };
  return { id: 'total', label: 'all goods' };
}

export const CHPL_GROUP: ProductGroup = { id: 'chpl', label: 'CHPL-listed lines' };
export const TOTAL_GROUP: ProductGroup = { id: 'total', label: 'all goods' };

/** Tier ordering for display: 1, 2, 3.A, 3.B, 4.A, 4.B. */
export function tierRank(tier: string | null | undefined): number {
  return tier ? ['1', '2', '3.A', '3.B', '4.A', '4.B'].indexOf(tier) : 99;
}
