/**
 * FtM names. `caption` is the display name and becomes the primary name; the other `name` values
 * (often translations and transliterations) are strong aliases, `alias` strong, `weakAlias` and
 * `abbreviation` weak, `previousName` former. Name parts come from firstName / middleName /
 * fatherName / lastName / title, which FtM gives as loose lists in several scripts: each name gets
 * the shortest value of each part that appears in it as whole words.
 */
import type { Entity, NameKind, NameParts } from '../../model/entity.js';
import { addName, clean } from '../common/build.js';
import { prop, type FtmObject } from './parse.js';

const KINDS: [string, NameKind][] = [
  ['name', 'strong_alias'],
  ['alias', 'strong_alias'],
  ['previousName', 'former'],
  ['weakAlias', 'weak_alias'],
  ['abbreviation', 'weak_alias'],
];

const PARTS: [keyof NameParts, string[]][] = [
  ['title', ['title']],
  ['given', ['firstName']],
  ['middle', ['middleName', 'secondName']],
  ['patronymic', ['fatherName']],
  ['family', ['lastName']],
];

export function addFtmNames(entity: Entity, obj: FtmObject): void {
  const person = entity.schema === 'Person';
  const partValues = person ? PARTS.map(([key, props]) => [key, props.flatMap((p) => prop(obj, p))] as const) : [];
  const add = (full: string | undefined, kind: NameKind): void => {
    const text = clean(full);
    if (!text) return;
    addName(entity, text, kind, person ? partsOf(text, partValues) : undefined);
  };
  const caption = clean(obj.caption);
  const names = prop(obj, 'name');
  add(caption && caption !== obj.schema ? caption : names[0], 'primary');
  for (const [property, kind] of KINDS) for (const n of prop(obj, property)) add(n, kind);
}

function partsOf(full: string, partValues: readonly (readonly [keyof NameParts, string[]])[]): NameParts | undefined {
  const lower = full.toLowerCase();
  const sameLength = lower.length === full.length;
  const parts: NameParts = {};
  for (const [key, values] of partValues) {
    let best: string | undefined;
    for (const v of values) {
      const at = wordsAt(lower, v.toLowerCase());
      if (at < 0 || (best && v.length >= best.length)) continue;
      // The part as the name prints it ("ZAKHAROV" in "Alexander ZAKHAROV", not "Zakharov").
      best = sameLength ? full.slice(at, at + v.length) : v;
    }
    if (best) parts[key] = best;
  }
  if (parts.middle && parts.middle === parts.patronymic) delete parts.middle;
  return Object.keys(parts).length ? parts : undefined;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/** Where `needle` occurs in `text` bounded by non-letters on both sides, or -1. */
function wordsAt(text: string, needle: string): number {
  if (!needle) return -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!isLetter(text[i - 1]) && !isLetter(text[i + needle.length])) return i;
  }
  return -1;
}
