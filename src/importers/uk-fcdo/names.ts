/**
 * subject_names.csv rows -> names. Kinds, after the FCDO's UK Sanctions List guidance:
 * - `primary`: the primary name.
 * - `primary_variation`: another spelling or transliteration of the primary name: a strong alias.
 * - `alias`: a strong alias, unless alias_strength is `low_quality_aka` (then weak, published to
 *   corroborate a match rather than to screen on alone); `good_quality_aka` and an empty strength
 *   are strong.
 * - any former/previous/fka name type: a former name.
 * Name 1..5 are given and middle names and Name 6 the surname of an individual; for an entity or
 * ship Name 6 is the whole name, and a Name 1 that repeats it (as two entries of the 2026 set do,
 * giving full names such as "KB RADAR... KB RADAR...") is not repeated.
 */
import type { Entity, NameKind, NameParts, Schema } from '../../model/entity.js';
import { addName, clean } from '../common/build.js';
import { malformed } from '../../errors.js';
import type { SideRow } from './parse.js';

const NAME_TYPES: Record<string, NameKind> = { primary: 'primary', primary_variation: 'strong_alias', alias: 'strong_alias' };
const STRENGTHS = new Set(['', 'good_quality_aka', 'low_quality_aka']);

function kindOf(row: SideRow, file: string): NameKind {
  const type = clean(row.record.name_type)?.toLowerCase() ?? '';
  const kind = NAME_TYPES[type] ?? (/former|previous|fka/.test(type) ? 'former' : undefined);
  if (!kind) throw malformed(`unknown name_type '${row.record.name_type ?? ''}'`, { file, line: row.line, field: 'name_type' });
  const strength = clean(row.record.alias_strength)?.toLowerCase() ?? '';
  if (!STRENGTHS.has(strength)) throw malformed(`unknown alias_strength '${strength}'`, { file, line: row.line, field: 'alias_strength' });
  return kind === 'strong_alias' && strength === 'low_quality_aka' ? 'weak_alias' : kind;
}

function nameOf(record: Record<string, string>, schema: Schema): { full?: string; parts?: NameParts } {
  const family = clean(record.name_6);
  const given = clean(record.name_1);
  const middle = clean([2, 3, 4, 5].map((i) => record[`name_${i}`] ?? '').join(' '));
  if (schema === 'Person') {
    const parts: NameParts = {};
    if (given) parts.given = given;
    if (middle) parts.middle = middle;
    if (family) parts.family = family;
    return { full: clean(record.full_name) ?? clean([given, middle, family].join(' ')), parts };
  }
  const others = [given, middle].filter((p) => p && p.toLowerCase() !== family?.toLowerCase());
  return { full: clean([...others, family].join(' ')) ?? clean(record.full_name) };
}

/** Add every name row of a subject; a row with no name at all is malformed. */
export function addNames(entity: Entity, rows: SideRow[], file: string): void {
  for (const row of rows) {
    const kind = kindOf(row, file);
    const { full, parts } = nameOf(row.record, entity.schema);
    if (!full) throw malformed('name row has no name', { file, line: row.line, field: 'full_name' });
    addName(entity, full, kind, parts);
  }
}
