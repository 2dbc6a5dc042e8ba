/** Like-for-like periods: when the comparison year is incomplete, compare the same months of both years. */
import type { Dataset, DatasetCoverage } from './types.js';

/**
 * The calendar months to compare: the months asked for, else the months the dataset covers in the
 * comparison year (the CN8 file ends 2022-11, so 2021 vs 2022 becomes Jan–Nov vs Jan–Nov).
 */
export function likeForLikeMonths(coverage: readonly DatasetCoverage[], dataset: Dataset, comparisonYear: number, months?: readonly number[]): number[] {
  if (months && months.length) return [...new Set(months)].sort((a, b) => a - b);
  const c = coverage.find((x) => x.dataset === dataset);
  const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (!c || c.lastPeriod.length !== 7) return all;
  const lastYear = Number(c.lastPeriod.slice(0, 4));
  const lastMonth = Number(c.lastPeriod.slice(5, 7));
  const firstYear = Number(c.firstPeriod.slice(0, 4));
  const firstMonth = Number(c.firstPeriod.slice(5, 7));
  return all.filter((m) => (lastYear > comparisonYear || m <= lastMonth) && (firstYear < comparisonYear || m >= firstMonth));
}

/** Whether a dataset holds monthly rows. */
export function isMonthly(coverage: readonly DatasetCoverage[], dataset: Dataset): boolean {
  return (coverage.find((x) => x.dataset === dataset)?.lastPeriod.length ?? 0) === 7;
}
