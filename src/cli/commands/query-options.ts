/**
 * The options of `chokepoint screen`, validated with zod: what to screen (the query fields) and how
 * (threshold, limit, sources, weights). A bad value fails with INVALID_INPUT naming the option.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { ChokepointError, isChokepointError } from '../../errors.js';
import { algorithm, withWeights } from '../../matching/algorithms/index.js';
import type { ScreeningOptions, ScreeningQuery } from '../../matching/types.js';
import { check, countriesField, genderField, identifiersField, isoDateField, nameField, schemaField } from './query-fields.js';

/** The options as commander hands them over: strings, and arrays for the repeatable ones. */
export interface RawQueryOptions {
  type?: string;
  dob?: string;
  country?: string[];
  id?: string[];
  gender?: string;
  threshold?: string;
  limit?: string;
  source?: string[];
  weights?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Declare the query and tuning options on a command. */
export function addQueryOptions(cmd: Command): Command {
  return cmd
    .option('--type <schema>', 'kind of subject: Person, Organization, Vessel or Aircraft')
    .option('--dob <date>', 'birth date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--country <country>', 'country name or ISO code (repeatable or comma-separated)', collect)
    .option('--id <identifier>', 'identifier: passport, INN, IMO, BIC, ... (repeatable)', collect)
    .option('--gender <gender>', 'male or female')
    .option('--threshold <score>', 'lowest score counted as a match, between 0 and 1')
    .option('--limit <n>', 'most matches returned per query')
    .option('--source <list>', 'screen only against this list key, e.g. us-ofac-sdn (repeatable or comma-separated)', collect)
    .option('--weights <pairs>', 'override comparison weights, e.g. name=0.5,dob=0.1');
}

const numberText = z.string().transform((s, ctx) => {
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(s)) return Number(s);
  ctx.addIssue({ code: 'custom', message: `'${s}' is not a number` });
  return z.NEVER;
});

const weightsField = z.string().transform((s, ctx) => {
  const weights: Record<string, number> = {};
  for (const pair of s.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_][\w.-]*)\s*=\s*([+-]?(?:\d+\.?\d*|\.\d+))$/.exec(pair);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `'${pair}' is not name=number (e.g. name=0.5,dob=0.1)` });
      return z.NEVER;
    }
    if (m[1] in weights) {
      ctx.addIssue({ code: 'custom', message: `weight '${m[1]}' is given twice` });
      return z.NEVER;
    }
    weights[m[1]] = Number(m[2]);
  }
  if (Object.keys(weights).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'is empty: give name=number pairs (e.g. name=0.5,dob=0.1)' });
    return z.NEVER;
  }
  return weights;
});

const listKeys = z.array(z.string()).transform((values) =>
  [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))],
);

/** Query fields of the options (the name is a separate argument). */
export const QueryFieldsSchema = z.object({
  type: schemaField.optional(),
  dob: isoDateField.optional(),
  country: countriesField.default([]),
  id: identifiersField.default([]),
  gender: genderField.optional(),
});

/** How to screen: shared by `screen "<name>"` and `screen --file`. */
export const TuningSchema = z.object({
  threshold: numberText.pipe(z.number().min(0, 'the threshold must be between 0 and 1').max(1, 'the threshold must be between 0 and 1')).optional(),
  limit: numberText.pipe(z.number().int('the limit must be a whole number').min(1, 'the limit must be at least 1').max(500, 'the limit must be at most 500')).optional(),
  source: listKeys.default([]),
  weights: weightsField.optional(),
});

function parseOrThrow<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path.length ? `--${String(issue.path[0])}` : undefined;
  throw new ChokepointError('INVALID_INPUT', issue?.message ?? 'invalid option', option ? { field: option } : {});
}

/** The ScreeningOptions of the tuning options. */
export function parseTuning(raw: RawQueryOptions): ScreeningOptions {
  const t = parseOrThrow(TuningSchema, raw);
  const options: ScreeningOptions = {};
  if (t.threshold !== undefined) options.threshold = t.threshold;
  if (t.limit !== undefined) options.limit = t.limit;
  if (t.source.length) options.sources = t.source;
  if (t.weights) options.weights = featureWeights(t.weights);
  return options;
}

/**
 * Weights by feature name, checked against the default algorithm's features. A short name stands for
 * its `_match` feature (`name=0.5,dob=0.1` -> name_match, dob_match).
 */
function featureWeights(weights: Record<string, number>): Record<string, number> {
  const model = algorithm();
  const known = new Set(model.features.map((f) => f.name));
  const resolved: Record<string, number> = {};
  for (const [k, v] of Object.entries(weights)) resolved[!known.has(k) && known.has(`${k}_match`) ? `${k}_match` : k] = v;
  try {
    withWeights(model, resolved);
  } catch (e) {
    if (isChokepointError(e)) throw new ChokepointError('INVALID_INPUT', e.message.replace(/^field '[^']*': /, ''), { field: '--weights' });
    throw e;
  }
  return resolved;
}

/** The ScreeningQuery of a name and the query options. */
export function parseQuery(name: string | undefined, raw: RawQueryOptions): ScreeningQuery {
  if (name === undefined) throw new ChokepointError('INVALID_INPUT', 'give the name to screen, or --file <rows.csv|rows.jsonl>', { field: 'name' });
  const checkedName = check(nameField, name, 'name');
  const f = parseOrThrow(QueryFieldsSchema, raw);
  const query: ScreeningQuery = { name: checkedName };
  if (f.type) query.schema = f.type;
  if (f.dob) query.birthDate = f.dob;
  if (f.country.length) query.countries = f.country;
  if (f.id.length) query.identifiers = f.id;
  if (f.gender) query.gender = f.gender;
  return query;
}

/** The query options given, by option name (used to refuse them with --file). */
export function queryOptionsGiven(raw: RawQueryOptions): string[] {
  const given: string[] = [];
  if (raw.type !== undefined) given.push('--type');
  if (raw.dob !== undefined) given.push('--dob');
  if (raw.country?.length) given.push('--country');
  if (raw.id?.length) given.push('--id');
  if (raw.gender !== undefined) given.push('--gender');
  return given;
}

/** Refuse list keys that are not loaded, naming the ones that are (no lists at all is reported elsewhere). */
export function checkSources(sources: string[] | undefined, loaded: string[]): void {
  if (!loaded.length) return;
  const unknown = (sources ?? []).filter((s) => !loaded.includes(s));
  if (unknown.length) {
    throw new ChokepointError('INVALID_INPUT', `no list '${unknown[0]}' is loaded; loaded lists: ${loaded.join(', ')}`, { field: '--source' });
  }
}
