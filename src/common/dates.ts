/**
 * Parse the date forms sanctions lists print into partial dates with their precision.
 * Pure: no clock.
 */
import type { PartialDate } from '../model/entity.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1800 || y > 2100) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return true;
}

function make(y: number, m?: number, d?: number, circa = false): PartialDate | undefined {
  if (!valid(y, m, d)) return undefined;
  const base: PartialDate =
    m === undefined
      ? { value: String(y), precision: 'year' }
      : d === undefined
        ? { value: `${y}-${pad(m)}`, precision: 'month' }
        : { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
  return circa ? { ...base, circa: true } : base;
}

/**
 * Parse one date. Understands ISO (`1956-04-23`, `1956-04`, `1956`), day-first numeric (`23.4.1956`,
 * `23/04/1956`, with `00` for unknown parts as the UK list prints), `23 Apr 1956`, `Apr 1956`,
 * `circa 1960`/`c. 1960`/`approximately 1960`. Returns undefined for anything else.
 */
export function parseDate(input: string | undefined | null): PartialDate | undefined {
  if (!input) return undefined;
  let text = input.trim().replace(/\s+/g, ' ');
  let circa = false;
  const circaMatch = /^(circa|ca\.?|c\.|approximately|approx\.?|about)\s*/i.exec(text);
  if (circaMatch) {
    circa = true;
    text = text.slice(circaMatch[0].length);
  }
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$/.exec(text))) {
    return make(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined, circa);
  }
  if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text))) {
    const d = +m[1];
    const mo = +m[2];
    const y = +m[3];
    if (mo === 0) return make(y, undefined, undefined, circa);
    if (d === 0) return make(y, mo, undefined, circa);
    return make(y, mo, d, circa);
  }
  if ((m = /^(\d{1,2})[./-](\d{4})$/.exec(text))) {
    return +m[1] === 0 ? make(+m[2], undefined, undefined, circa) : make(+m[2], +m[1], undefined, circa);
  }
  if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text))) {
    const mo = MONTHS[m[2].slice(0, 4).toLowerCase()] ?? MONTHS[m[2].slice(0, 3).toLowerCase()];
    return mo ? make(+m[3], mo, +m[1], circa) : undefined;
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text))) {
    const mo = MONTHS[m[1].slice(0, 3).toLowerCase()];
    return mo ? make(+m[3], mo, +m[2], circa) : undefined;
  }
  if ((m = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text))) {
    const mo = MONTHS[m[1].slice(0, 3).toLowerCase()];
    return mo ? make(+m[2], mo, undefined, circa) : undefined;
  }
  return undefined;
}

/**
 * Parse a birth-date field that may hold a range or alternatives: `1966 to 1968` gives one year-precision
 * date per year (marked circa), `1967; 1966; 1968` gives each. Unparseable parts are dropped.
 */
export function parseDates(input: string | undefined | null): PartialDate[] {
  if (!input) return [];
  const out: PartialDate[] = [];
  for (const part of input.split(/;|\bor\b/i)) {
    const range = /^\s*(?:between\s+)?(\d{4})\s*(?:to|-|–|and)\s*(\d{4})\s*$/i.exec(part);
    if (range) {
      const [from, to] = [+range[1], +range[2]];
      if (to >= from && to - from <= 15) {
        for (let y = from; y <= to; y++) {
          const d = make(y, undefined, undefined, true);
          if (d) out.push(d);
        }
        continue;
      }
    }
    const d = parseDate(part);
    if (d) out.push(d);
  }
  return dedupeDates(out);
}

export function dedupeDates(dates: PartialDate[]): PartialDate[] {
  const seen = new Set<string>();
  return dates.filter((d) => (seen.has(d.value) ? false : (seen.add(d.value), true)));
}

/** ISO date (YYYY-MM-DD) for a listing or publication date, or undefined. */
export function toIsoDay(input: string | undefined | null): string | undefined {
  const d = parseDate(input);
  return d?.precision === 'day' ? d.value : undefined;
}
