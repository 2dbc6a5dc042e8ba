/**
 * Published reference figures (published_figures.csv) parsed from their text, and the calibration of
 * computed results against them. The CSV is read at the edge; here only strings are parsed.
 */
import type { GrowthResult } from './growth.js';
import type { AnnualSurgeResult } from './surges.js';

export interface PublishedFigure {
  id: string;
  metric: string;
  value: string;
  unit: string;
  changeReported: string;
}

/** "KZ x2.2; KG x4.7; AM x3.0" -> { KZ: 2.2, KG: 4.7, AM: 3.0 }. */
export function parseMultiples(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/\b([A-Z]{2})\s*[x×]\s*(\d+(?:\.\d+)?)/g)) out[m[1]] = Number(m[2]);
  return out;
}

/** "RU 1911->408; KZ 106->231" -> { RU: { from: 1911, to: 408 }, ... }. */
export function parseFromTo(text: string): Record<string, { from: number; to: number }> {
  const out: Record<string, { from: number; to: number }> = {};
  for (const m of text.matchAll(/\b([A-Z]{2})\s+(\d+(?:\.\d+)?)\s*(?:->|→)\s*(\d+(?:\.\d+)?)/g)) out[m[1]] = { from: Number(m[2]), to: Number(m[3]) };
  return out;
}

/** "KG +344.8%; AM +148.9%" -> { KG: 344.8, AM: 148.9 }. */
export function parseGrowthPct(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/\b([A-Z]{2})\s*([+-−]\d+(?:\.\d+)?)%/g)) out[m[1]] = Number(m[2].replace('−', '-'));
  return out;
}

export interface CalibrationRow {
  figure: string;
  partner: string;
  measure: string;
  published: number;
  computed: number | null;
  /** |computed − published| ÷ |published|. */
  relativeError: number | null;
  withinTolerance: boolean;
}

/**
 * Compare computed CHPL multiples (growth, group 'chpl') with C04 and annual growth with F25.
 * `tolerance` is relative (0.05 = ±5%); published figures are rounded to one decimal.
 */
export function calibrate(figures: readonly PublishedFigure[], growth: GrowthResult, surges: AnnualSurgeResult, tolerance = 0.05): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  const push = (figure: string, partner: string, measure: string, published: number, computed: number | null) => {
    const relativeError = computed === null ? null : Math.abs(computed - published) / Math.abs(published);
    rows.push({ figure, partner, measure, published, computed, relativeError, withinTolerance: relativeError !== null && relativeError <= tolerance });
  };
  const c04 = figures.find((f) => f.id === 'C04');
  if (c04) {
    const chpl = (p: string) => growth.rows.find((r) => r.partner === p && r.groupId === 'chpl');
    for (const [p, { from, to }] of Object.entries(parseFromTo(c04.value))) {
      const r = chpl(p);
      push('C04', p, `CHPL exports ${growth.baselinePeriod}, EUR m`, from, r?.baseline == null ? null : r.baseline / 1e6);
      push('C04', p, `CHPL exports ${growth.comparisonPeriod}, EUR m`, to, r?.comparison == null ? null : r.comparison / 1e6);
    }
    for (const [p, m] of Object.entries(parseMultiples(c04.changeReported))) push('C04', p, 'CHPL multiple', m, chpl(p)?.multiple ?? null);
  }
  const f25 = figures.find((f) => f.id === 'F25');
  if (f25) {
    for (const [p, g] of Object.entries(parseGrowthPct(f25.changeReported))) {
      push('F25', p, `EU27 export growth ${surges.params.year}, %`, g, surges.rows.find((r) => r.partner === p)?.growthPct ?? null);
    }
  }
  return rows;
}
