/**
 * The fields of a screening query as zod schemas, shared by the `screen` options and the rows of a
 * `screen --file` input: a name, a kind of subject, a birth date, countries, identifiers and a gender.
 * Each schema turns the text a user typed into the form the engine takes, or fails with a sentence.
 */
import { z } from 'zod';
import { ChokepointError } from '../../errors.js';
import type { Schema } from '../../model/entity.js';
import { toCountryCode } from '../../common/countries.js';
import { parseDate } from '../../common/dates.js';
import { MAX_NAME_LENGTH } from '../../matching/query.js';

/** Longest name screened: the engine's limit, checked here too so that a bad name fails before the engine is built. */
export const MAX_NAME_CHARS = MAX_NAME_LENGTH;

const SCHEMA_WORDS: Record<string, Schema> = {
  person: 'Person', individual: 'Person', people: 'Person', natural: 'Person',
  organization: 'Organization', organisation: 'Organization', company: 'Organization', entity: 'Organization',
  business: 'Organization', legalentity: 'Organization', org: 'Organization',
  vessel: 'Vessel', ship: 'Vessel', aircraft: 'Aircraft', plane: 'Aircraft',
};

const fail = (ctx: z.RefinementCtx, message: string): never => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

export const nameField = z.string().transform((s, ctx) => {
  const name = s.trim();
  if (!name) return fail(ctx, 'the name is empty: give a name to screen');
  if (name.length > MAX_NAME_CHARS) return fail(ctx, `the name is ${name.length} characters long; at most ${MAX_NAME_CHARS} are screened`);
  return name;
});

export const schemaField = z.string().transform((s, ctx): Schema => {
  const schema = SCHEMA_WORDS[s.trim().toLowerCase().replace(/[^a-z]/g, '')];
  return schema ?? fail(ctx, `'${s}' is not a kind of subject: use Person, Organization, Vessel or Aircraft`);
});

export const genderField = z.string().transform((s, ctx): 'male' | 'female' => {
  const g = s.trim().toLowerCase();
  if (g === 'male' || g === 'm') return 'male';
  if (g === 'female' || g === 'f') return 'female';
  return fail(ctx, `'${s}' is not a gender: use male or female`);
});

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar-valid partial date; `YYYY-02-30` is refused. */
function checkCalendar(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  return d === undefined || (d >= 1 && d <= daysIn(y, m));
}

/** `--dob`: strictly `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDateField = z.string().transform((s, ctx) => {
  const value = s.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return fail(ctx, `'${s}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const year = Number(value.slice(0, 4));
  if (year < 1800 || year > 2100 || !checkCalendar(value)) return fail(ctx, `'${s}' is not a valid date`);
  return value;
});

/** A birth date in a file: ISO, or the day-first forms other systems export (`07.10.1952`, `7 Oct 1952`). */
export const lenientDateField = z.string().transform((s, ctx) => {
  const date = parseDate(s);
  if (!date || !checkCalendar(date.value)) return fail(ctx, `'${s}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  return date.value;
});

/**
 * Countries by name, demonym or ISO code. Each value is tried whole first ("Korea, North"), then split
 * on commas and semicolons ("RU,BY"). An unknown country fails rather than being dropped silently.
 */
export const countriesField = z.array(z.string()).transform((values, ctx) => {
  const codes = new Set<string>();
  for (const value of values) {
    const whole = toCountryCode(value);
    const parts = whole ? [value] : value.split(/[,;|]/).map((p) => p.trim()).filter(Boolean);
    for (const part of parts) {
      const code = toCountryCode(part) ?? toCountryCode(part.toUpperCase());
      if (!code) return fail(ctx, `unknown country '${part}': use a country name or an ISO code such as RU`);
      codes.add(code);
    }
  }
  return [...codes];
});

/** Identifiers as given (the engine normalises them); blank ones are dropped. */
export const identifiersField = z.array(z.string()).transform((values) =>
  values.map((v) => v.trim()).filter(Boolean),
);

/** Parse a value with a field schema, or throw INVALID_INPUT naming the field (and line, in a file). */
export function check<T extends z.ZodType>(schema: T, value: unknown, field: string, line?: number): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const location = line === undefined ? { field } : { field, line };
  throw new ChokepointError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'invalid value', location);
}
