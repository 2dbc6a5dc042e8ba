/** How amounts, multiples and periods read in explanations: "€2.9 m", "×4.7", "Jan–Nov 2021". */

const SYMBOL: Record<string, string> = { EUR: '€', USD: '$' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** €2.9 m, €1.9 bn, €640 k. */
export function money(value: number, currency = 'EUR'): string {
  const s = SYMBOL[currency] ?? `${currency} `;
  const sign = value < 0 ? '−' : '';
  const v = Math.abs(value);
  if (v >= 1e9) return `${sign}${s}${(v / 1e9).toFixed(v >= 1e11 ? 0 : v >= 1e10 ? 1 : 2)} bn`;
  if (v >= 1e6) return `${sign}${s}${(v / 1e6).toFixed(v >= 1e8 ? 0 : 1)} m`;
  if (v >= 1e3) return `${sign}${s}${(v / 1e3).toFixed(0)} k`;
  return `${sign}${s}${v.toFixed(0)}`;
}

export function times(m: number | null): string {
  if (m === null) return 'n/a (no baseline)';
  return `×${m >= 100 ? m.toFixed(0) : m >= 10 ? m.toFixed(1) : m.toFixed(1)}`;
}

export function pct(p: number | null, digits = 1): string {
  if (p === null) return 'n/a';
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)}%`;
}

/** "Jan–Nov 2021", "2021", "Mar 2022". */
export function periodLabel(year: number, months?: readonly number[]): string {
  if (!months || months.length === 0 || months.length === 12) return String(year);
  const lo = Math.min(...months);
  const hi = Math.max(...months);
  const contiguous = months.length === hi - lo + 1;
  if (lo === hi) return `${MONTHS[lo - 1]} ${year}`;
  return contiguous ? `${MONTHS[lo - 1]}–${MONTHS[hi - 1]} ${year}` : `${months.map((m) => MONTHS[m - 1]).join(', ')} ${year}`;
}

export function monthName(m: number): string {
  return MONTHS[m - 1];
}
