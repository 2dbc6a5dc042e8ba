/**
 * OFAC birth dates: "07 Oct 1952", "circa 1960", "1966 to 1968", and ranges of days or months
 * ("01 Jan 1961 to 31 Dec 1962", "Mar 1962 to Feb 1963") that the shared parser does not read. Pure.
 */
import type { PartialDate } from '../../model/entity.js';
import { parseDate, parseDates } from '../../common/dates.js';

const RANGE = /^(.+?)\s+to\s+(.+)$/i;
const MAX_SPAN_YEARS = 15;

/** Every birth date in a DOB value; a range of days or months gives each year it touches, marked circa. */
export function parseOfacDob(value: string): PartialDate[] {
  const simple = parseDates(value);
  if (simple.length) return simple;
  const m = RANGE.exec(value.trim());
  const from = m ? parseDate(m[1]) : undefined;
  const to = m ? parseDate(m[2]) : undefined;
  if (!from || !to) return [];
  const [y1, y2] = [+from.value.slice(0, 4), +to.value.slice(0, 4)];
  if (y2 < y1 || y2 - y1 > MAX_SPAN_YEARS) return [];
  if (y1 === y2 && from.value.slice(0, 7) === to.value.slice(0, 7) && from.precision !== 'year') {
    return [{ value: from.value.slice(0, 7), precision: 'month', circa: true }];
  }
  const out: PartialDate[] = [];
  for (let y = y1; y <= y2; y++) out.push({ value: String(y), precision: 'year', circa: true });
  return out;
}
