/**
 * Names of an OFSI ConList row: Name 1..5 are given and middle names, Name 6 the surname (or the
 * whole name of an entity or ship); Alias Type and, in the 2022 layout, Alias Quality give the kind.
 *
 * Kinds, after OFSI's Consolidated List format guide:
 * - "Primary name" (2022) / "Prime Alias" (2018): the primary name.
 * - "Primary name variation": another spelling or transliteration of the primary name. It names
 *   the same person as fully as the primary does, so it is a strong alias, not a weak one.
 * - "AKA": a strong alias, unless Alias Quality says "Low quality" (then a weak alias, which OFSI,
 *   like OFAC, publishes to corroborate a match rather than to screen on alone).
 * - "FKA": a former name.
 */
import type { NameKind, NameParts, Schema } from '../../model/entity.js';
import { clean } from '../common/build.js';
import { malformed } from '../../errors.js';
import type { OfsiRow } from './parse.js';

const KINDS: Record<string, NameKind> = {
  'primary name': 'primary',
  'prime alias': 'primary',
  'primary name variation': 'strong_alias',
  aka: 'strong_alias',
  fka: 'former',
};

export function nameKind(row: OfsiRow, file: string): NameKind {
  const aliasType = clean(row.record['Alias Type'])?.toLowerCase() ?? '';
  const kind = KINDS[aliasType];
  if (!kind) throw malformed(`unknown Alias Type '${row.record['Alias Type'] ?? ''}'`, { file, line: row.line, field: 'Alias Type' });
  if (kind === 'strong_alias' && /low/i.test(row.record['Alias Quality'] ?? '')) return 'weak_alias';
  return kind;
}

export interface RowName {
  full: string;
  parts?: NameParts;
}

/** The row's name in natural order ("Farooq AL-QAHTANI"), with parts for individuals. */
export function rowName(record: Record<string, string>, schema: Schema): RowName | undefined {
  const family = clean(record['Name 6']);
  const given = clean(record['Name 1']);
  const middle = clean([2, 3, 4, 5].map((i) => record[`Name ${i}`] ?? '').join(' '));
  const full = clean([given, middle, family].filter(Boolean).join(' '));
  if (!full) return undefined;
  if (schema !== 'Person') return { full };
  const parts: NameParts = {};
  if (given) parts.given = given;
  if (middle) parts.middle = middle;
  if (family) parts.family = family;
  return { full, parts };
}

const LANGS: Record<string, string> = {
  russian: 'ru', belarusian: 'be', ukrainian: 'uk', arabic: 'ar', chinese: 'zh', korean: 'ko',
  persian: 'fa', farsi: 'fa', burmese: 'my', georgian: 'ka', hebrew: 'he', japanese: 'ja', serbian: 'sr',
};

/** Language code of the 2022 layout's "Non-Latin Script Language", when it is one we know. */
export function scriptLanguage(text: string | undefined): string | undefined {
  const key = clean(text)?.toLowerCase();
  return key ? LANGS[key] : undefined;
}

/** Titles: "a) General b)Major General" and "Haji/Hajji/ Mullah" give one title each. */
export function splitTitles(text: string | undefined): string[] {
  const t = clean(text);
  if (!t) return [];
  return t
    .split(/(?:^|\s)\(?[a-h1-9]\)\s*|\//)
    .map((x) => clean(x))
    .filter((x): x is string => Boolean(x));
}
