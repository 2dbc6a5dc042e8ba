/**
 * Birth dates as the annexes print them: `23.4.1956`, `Approximately 1963`, `1959/1960`,
 * `21.11.1964 / 1965`, `Between 1960 and 1962 (Approximately)`, `10.2.1983 (or 10.3.1983)`,
 * `1343 (Iranian Hijri calendar), 1964 or 1965 (Gregorian calendar)`, `8 Oct.1970`. Pure.
 */
import type { PartialDate } from '../../model/entity.js';
import { dedupeDates, parseDates } from '../../common/dates.js';

const UNCERTAIN = /\b(?:approx(?:imately|\.)?|probably|possibly|presumably|around|circa|about|allegedly)\b/i;
const QUALIFIERS = /\b(?:approx(?:imately|\.)?|probably|possibly|presumably|on or around|around|circa|about|allegedly|born)\b\.?/gi;
/** Alternatives: `;`, `or`, ` / `, `1959/1960`, and a comma after a year (`1343, 1964`). */
const ALTERNATIVES = /\s*(?:;|\bor\b|\s\/\s|(?<=\d{4})\/(?=\d{4}\b)|(?<=\d{4})\s*,)\s*/i;

const LEADING_DATE = /^(\d{1,2}\.\d{1,2}\.\d{4})\s+\p{L}/u;

/** Every date one printed birth-date value holds; uncertain wording marks them circa. */
export function birthDatesOf(value: string): PartialDate[] {
  const circa = UNCERTAIN.test(value);
  const pieces = [value.replace(/\([^()]*\)/g, ' '), ...[...value.matchAll(/\(([^()]*)\)/g)].map((m) => m[1])];
  const out: PartialDate[] = [];
  for (const piece of pieces) {
    for (const alt of piece.split(ALTERNATIVES)) {
      const text = tidy(alt);
      if (!text || !/\d{4}/.test(text)) continue;
      // A date followed by other printed particulars (`8.5.1967 Gender: female`) counts by its date.
      const dates = parseDates(text);
      const lead = dates.length ? [] : parseDates(LEADING_DATE.exec(text)?.[1]);
      for (const d of [...dates, ...lead]) out.push(circa && !d.circa ? { ...d, circa: true } : d);
    }
  }
  return dedupeDates(out);
}

function tidy(text: string): string {
  return text
    .replace(QUALIFIERS, ' ')
    .replace(/([A-Za-z])\.(\d)/g, '$1. $2')
    .replace(/\b(\d{1,2})\.(\d{1,2})\.?\s+(\d{4})\b/g, '$1.$2.$3')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.:-]+|[\s,.:-]+$/g, '')
    .trim();
}
