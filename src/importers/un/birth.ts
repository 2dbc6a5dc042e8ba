/**
 * UN dates and places of birth. INDIVIDUAL_DATE_OF_BIRTH carries TYPE_OF_DATE EXACT / APPROXIMATELY /
 * BETWEEN with DATE (day), YEAR, or FROM_YEAR..TO_YEAR, and sometimes only a NOTE ("Nov. 1973",
 * "Between Aug. and Sep. 1977", "24/06/1402 (Hijri Calendar)", "30-35 years old").
 */
import type { PartialDate } from '../../model/entity.js';
import { dedupeDates, parseDate } from '../../common/dates.js';
import { clean } from '../common/build.js';
import { text, type XmlNode } from '../common/xml.js';

export interface BirthDates {
  dates: PartialDate[];
  /** What the record says that no date captures, for the remarks. */
  remark?: string;
}

const circa = (d: PartialDate | undefined, on: boolean): PartialDate | undefined => (d && on ? { ...d, circa: true } : d);
const HIJRI = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\(hijri/i;
const BETWEEN_MONTHS = /^between\s+([a-z]{3,9})\.?\s+and\s+([a-z]{3,9})\.?\s+(\d{4})$/i;

export function birthDates(node: XmlNode): BirthDates {
  const type = (text(node, 'TYPE_OF_DATE') ?? '').toUpperCase();
  const note = clean(text(node, 'NOTE'));
  const approx = type === 'APPROXIMATELY' || /^approx/i.test(note ?? '');
  const date = text(node, 'DATE');
  const year = text(node, 'YEAR');
  const from = text(node, 'FROM_YEAR');
  const to = text(node, 'TO_YEAR');
  if (date) {
    const d = circa(parseDate(date), approx);
    return { dates: d ? [d] : [], remark: note && !/^approx/i.test(note) ? `Date of birth ${date}: ${note}` : undefined };
  }
  if (year) {
    const month = note ? parseDate(`${note} ${year}`) : undefined;
    const d = circa(month ?? parseDate(year), approx);
    return { dates: d ? [d] : [], remark: note && !month && !/^approx/i.test(note) ? `Date of birth ${year}: ${note}` : undefined };
  }
  if (from && to) return { dates: yearRange(+from, +to) };
  if (from || to) return { dates: [circa(parseDate(from ?? to), true)].filter((d): d is PartialDate => Boolean(d)) };
  if (!note) return { dates: [] };
  const hijri = HIJRI.exec(note);
  if (hijri) {
    const d = hijriToGregorian(+hijri[3], +hijri[2], +hijri[1]);
    return { dates: d ? [d] : [], remark: `Date of birth: ${note}` };
  }
  const between = BETWEEN_MONTHS.exec(note);
  if (between) {
    const dates = [parseDate(`${between[1]} ${between[3]}`), parseDate(`${between[2]} ${between[3]}`)];
    return { dates: dates.filter((d): d is PartialDate => Boolean(d)).map((d) => ({ ...d, circa: true })) };
  }
  const d = circa(parseDate(note), approx);
  return d ? { dates: [d] } : { dates: [], remark: `Date of birth: ${note}` };
}

/** BETWEEN 1955 and 1958: each year, marked circa (just the two ends for a span over 15 years). */
function yearRange(from: number, to: number): PartialDate[] {
  const years = to >= from && to - from <= 15 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [from, to];
  return dedupeDates(years.map((y) => parseDate(String(y))).filter((d): d is PartialDate => Boolean(d)).map((d) => ({ ...d, circa: true })));
}

/**
 * A Hijri date converted with the arithmetic (tabular) Islamic calendar, which can differ from an
 * observed calendar by a day or two: the result is marked circa.
 */
export function hijriToGregorian(year: number, month: number, day: number): PartialDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const jd = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1;
  const iso = new Date(Math.round((jd - 2440587.5) * 86_400_000)).toISOString().slice(0, 10);
  const d = parseDate(iso);
  return d ? { ...d, circa: true } : undefined;
}

/** A place of birth as one line: "Musanze District, Northern Province, Rwanda". */
export function birthPlace(node: XmlNode): string | undefined {
  const parts: string[] = [];
  for (const tag of ['STREET', 'CITY', 'STATE_PROVINCE', 'COUNTRY']) {
    const v = clean(text(node, tag));
    if (v && !parts.includes(v)) parts.push(v);
  }
  const note = clean(text(node, 'NOTE')?.replace(/^place of birth\s*:\s*/i, '').replace(/^\((.*)\)$/, '$1'));
  if (!parts.length) return note;
  return note ? `${parts.join(', ')} (${note})` : parts.join(', ');
}
