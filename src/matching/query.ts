/** Validate a screening query and prepare it for the comparisons. */
import { ChokepointError } from '../errors.js';
import { toCountryCode } from '../common/countries.js';
import { parseDate } from '../common/dates.js';
import type { Schema } from '../model/entity.js';
import { SCHEMAS } from '../model/entity.js';
import { analyzeName, type AnalyzedName } from './normalize/name.js';
import type { QueryFacts } from './compare/types.js';
import type { ScreeningQuery } from './types.js';
import { joinedTokens, type JoinedToken, type NameComparison } from './compare/name-parts.js';
import { surnameIndex } from './index/candidate-index.js';

export const MAX_NAME_LENGTH = 1000;

export interface PreparedQuery {
  name: AnalyzedName;
  joined: JoinedToken[];
  /** Index of the surname among the name's parts (persons of two parts or more), else -1. */
  surname: number;
  /** Comparisons with list names already made for this query, by name signature. */
  compared: Map<string, NameComparison>;
  facts: QueryFacts;
}

export function prepareQuery(q: ScreeningQuery): PreparedQuery {
  const raw = typeof q.name === 'string' ? q.name.trim() : '';
  if (!raw) throw new ChokepointError('INVALID_INPUT', 'the name to screen is empty', { field: 'name' });
  if (raw.length > MAX_NAME_LENGTH) {
    throw new ChokepointError('INVALID_INPUT', `the name is ${raw.length} characters long; at most ${MAX_NAME_LENGTH} are screened`, { field: 'name' });
  }
  if (q.schema !== undefined && !SCHEMAS.includes(q.schema as Schema)) {
    throw new ChokepointError('INVALID_INPUT', `unknown type '${q.schema}'; use one of ${SCHEMAS.join(', ')}`, { field: 'schema' });
  }
  const name = analyzeName(raw, q.schema);
  if (name.tokens.length === 0) {
    throw new ChokepointError('INVALID_INPUT', 'the name has no letters or digits to screen', { field: 'name' });
  }
  let birthDate: string | undefined;
  if (q.birthDate) {
    const d = parseDate(q.birthDate);
    if (!d) throw new ChokepointError('INVALID_INPUT', `birth date '${q.birthDate}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`, { field: 'birthDate' });
    birthDate = d.value;
  }
  const countries = (q.countries ?? []).map((c) => {
    const code = toCountryCode(c.length === 2 ? c.toUpperCase() : c);
    if (!code) throw new ChokepointError('INVALID_INPUT', `unknown country '${c}'`, { field: 'countries' });
    return code;
  });
  const identifiers = (q.identifiers ?? []).map((i) => i.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  const surname = surnameIndex(name, q.schema);
  return { name, joined: joinedTokens(name.tokens), surname, compared: new Map(), facts: { schema: q.schema, birthDate, countries, gender: q.gender, identifiers } };
}
