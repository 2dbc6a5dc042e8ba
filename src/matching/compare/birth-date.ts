/** Birth dates: the same date supports a match; a different birth year contradicts it. */
import type { Comparison } from './types.js';
import { nothing } from './types.js';

/** Years apart within which an uncertain ("circa") listed date does not contradict. */
const CIRCA_SLACK = 3;

/** The birth date matches a listed one: to the day 1, to the month 0.7, to the year 0.5. */
export const dobMatch: Comparison = (q, e) => {
  if (!q.birthDate || e.birthDates.length === 0) return nothing('no birth date to compare');
  let best = 0;
  let which = '';
  for (const d of e.birthDates) {
    const n = Math.min(q.birthDate.length, d.value.length);
    if (q.birthDate.slice(0, n) !== d.value.slice(0, n)) continue;
    const s = n >= 10 ? 1 : n >= 7 ? 0.7 : 0.5;
    if (s > best) (best = s), (which = d.value);
  }
  if (best === 0) return nothing(`birth date ${q.birthDate} is not among the listed ${list(e.birthDates)}`);
  const precision = best === 1 ? 'to the day' : best === 0.7 ? 'to the month' : 'in the year';
  return { score: best, detail: `birth date ${q.birthDate} matches listed ${which} ${precision}` };
};

/** The birth year differs from every listed one (by more than a year; more for "circa" dates). */
export const dobYearDisjoint: Comparison = (q, e) => {
  if (!q.birthDate || e.birthDates.length === 0) return nothing('no birth year to compare');
  const y = Number(q.birthDate.slice(0, 4));
  const close = e.birthDates.some((d) => Math.abs(Number(d.value.slice(0, 4)) - y) <= (d.circa ? CIRCA_SLACK : 1));
  if (close) return nothing(`birth year ${y} is consistent with the listed ${list(e.birthDates)}`);
  return { score: 1, detail: `birth year ${y} contradicts the listed birth date(s) ${list(e.birthDates)}` };
};

function list(dates: { value: string; circa?: boolean }[]): string {
  const shown = dates.slice(0, 4).map((d) => (d.circa ? `c. ${d.value}` : d.value)).join(', ');
  return dates.length > 4 ? `${shown} (+${dates.length - 4})` : shown;
}
