/**
 * subject_dobs.csv and subject_countries.csv rows -> birth dates and countries.
 *
 * precision: `exact` is a day, `month_year` a month, `year_only` a year.
 * country_type: `nationality` gives nationalities; `address` (and residence, should it appear)
 * gives countries; `birth` gives a place of birth, printed as the list prints the country (the
 * model's countries are residence, jurisdiction, address and flag, which a birth country is not).
 * The set's own ISO code is used where it has one, else the country name is resolved here
 * ("Kosovo" -> XK, "USSR" -> SU).
 */
import type { DatePrecision, Entity, PartialDate } from '../../model/entity.js';
import { addUnique, clean } from '../common/build.js';
import { isCountryCode, toCountryCode } from '../../common/countries.js';
import { malformed } from '../../errors.js';
import type { SideRow } from './parse.js';

const PRECISIONS: Record<string, DatePrecision> = { exact: 'day', month_year: 'month', year_only: 'year' };
const pad = (v: string): string => v.padStart(2, '0');

export function birthDate(row: SideRow, file: string): PartialDate {
  const r = row.record;
  const precision = PRECISIONS[clean(r.precision) ?? ''];
  if (!precision) throw malformed(`unknown precision '${r.precision ?? ''}'`, { file, line: row.line, field: 'precision' });
  const [year, month, day] = [clean(r.year), clean(r.month), clean(r.day)];
  const need: [string, string | undefined][] = [['year', year]];
  if (precision !== 'year') need.push(['month', month]);
  if (precision === 'day') need.push(['day', day]);
  for (const [field, value] of need) {
    if (!value || !/^\d+$/.test(value)) throw malformed(`${precision} date without a numeric ${field}`, { file, line: row.line, field });
  }
  const value = precision === 'year' ? year! : precision === 'month' ? `${year}-${pad(month!)}` : `${year}-${pad(month!)}-${pad(day!)}`;
  return { value, precision };
}

const NATIONALITY = new Set(['nationality', 'citizenship']);
const RESIDENCE = new Set(['address', 'residence', 'location']);

/** Add a country row to the entity; returns the printed value when it names no resolvable country. */
export function addCountry(entity: Entity, row: SideRow, file: string): string | undefined {
  const r = row.record;
  const type = clean(r.country_type)?.toLowerCase() ?? '';
  const raw = clean(r.raw_value);
  const iso = clean(r.iso)?.toUpperCase();
  const code = iso && isCountryCode(iso) ? iso : toCountryCode(raw);
  if (type === 'birth') addUnique(entity.birthPlaces, raw);
  else if (NATIONALITY.has(type)) addUnique(entity.nationalities, code);
  else if (RESIDENCE.has(type)) addUnique(entity.countries, code);
  else throw malformed(`unknown country_type '${r.country_type ?? ''}'`, { file, line: row.line, field: 'country_type' });
  return type !== 'birth' && !code ? raw : undefined;
}
