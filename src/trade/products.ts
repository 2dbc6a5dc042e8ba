/**
 * CN8 -> HS6 -> CHPL tier. The CN8 code's first six digits are its HS-6 subheading; the tier comes from
 * the goods module's CHPL table (shared, one source of truth). A source file's own tier column is only
 * checked against it: disagreements are reported, never used.
 */
import type { ChplItem } from '../goods/types.js';

export interface ProductMapping {
  productCode: string;
  hs6: string | null;
  chplTier: string | null;
}

export interface TierDisagreement {
  hs6: string;
  /** Tier the source file states ('' = not listed). */
  fileTier: string;
  /** Tier in the goods module's CHPL table (null = not listed). */
  tableTier: string | null;
}

/** HS-6 subheading of a CN8, HS-6 or longer code; null for totals and HS-4 codes. */
export function hs6Of(code: string): string | null {
  return /^\d{6,}$/.test(code) ? code.slice(0, 6) : null;
}

/** Look-up from HS-6 to CHPL tier built from the goods table. */
export function chplIndex(chpl: readonly ChplItem[]): Map<string, string> {
  return new Map(chpl.map((c) => [c.hs6, c.tier]));
}

/** Map product codes (CN8, HS-6, HS-4, 'TOTAL') to HS-6 and CHPL tier. */
export function mapProducts(codes: Iterable<string>, chpl: readonly ChplItem[]): ProductMapping[] {
  const tiers = chplIndex(chpl);
  return [...new Set(codes)].map((productCode) => {
    const hs6 = hs6Of(productCode);
    return { productCode, hs6, chplTier: hs6 ? tiers.get(hs6) ?? null : null };
  });
}

/** Compare the tiers a source file states per HS-6 with the goods table. */
export function tierDisagreements(fileTiers: Iterable<{ hs6: string; tier: string }>, chpl: readonly ChplItem[]): TierDisagreement[] {
  const tiers = chplIndex(chpl);
  const seen = new Map<string, TierDisagreement>();
  for (const { hs6, tier } of fileTiers) {
    const tableTier = tiers.get(hs6) ?? null;
    if ((tableTier ?? '') !== (tier ?? '') && !seen.has(`${hs6}|${tier}`)) seen.set(`${hs6}|${tier}`, { hs6, fileTier: tier ?? '', tableTier });
  }
  return [...seen.values()].sort((a, b) => a.hs6.localeCompare(b.hs6));
}

/** Display label of a tier group. */
export function tierLabel(tier: string | null): string {
  return tier ? `CHPL Tier ${tier}` : 'not CHPL-listed';
}
