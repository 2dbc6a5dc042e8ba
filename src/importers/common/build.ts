/**
 * Helpers every importer's map step uses to build model entities consistently.
 */
import type {
  Entity, Identifier, IdentifierType, Name, NameKind, NameParts, Program, Schema,
} from '../../model/entity.js';
import { detectScript } from '../../common/script.js';

/** A fresh entity with every list field empty. */
export function newEntity(source: string, sourceId: string, schema: Schema, raw: unknown): Entity {
  return {
    id: `${source}:${sourceId}`,
    source,
    sourceId,
    schema,
    names: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    addresses: [],
    identifiers: [],
    programs: [],
    lists: [],
    titles: [],
    remarks: [],
    links: [],
    raw,
  };
}

/** Collapse whitespace and trim; undefined for empty. */
export function clean(text: string | undefined | null): string | undefined {
  if (text === undefined || text === null) return undefined;
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

export function makeName(full: string, kind: NameKind, parts?: NameParts, lang?: string): Name {
  const name: Name = { full: full.replace(/\s+/g, ' ').trim(), kind, script: detectScript(full) };
  if (parts && Object.values(parts).some(Boolean)) name.parts = parts;
  if (lang) name.lang = lang;
  return name;
}

/** Add a name unless the entity already has the same text (the stronger kind wins). */
export function addName(entity: Entity, full: string | undefined | null, kind: NameKind, parts?: NameParts, lang?: string): void {
  const text = clean(full);
  if (!text) return;
  const existing = entity.names.find((n) => n.full.toLowerCase() === text.toLowerCase());
  if (existing) {
    if (rank(kind) < rank(existing.kind)) existing.kind = kind;
    return;
  }
  entity.names.push(makeName(text, kind, parts, lang));
}

const KIND_ORDER: NameKind[] = ['primary', 'strong_alias', 'former', 'weak_alias'];
const rank = (k: NameKind): number => KIND_ORDER.indexOf(k);

/** Upper-case letters and digits only. */
export function normalizeIdentifier(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function makeIdentifier(
  type: IdentifierType,
  value: string,
  opts: { scheme?: string; country?: string; note?: string } = {},
): Identifier | undefined {
  const v = clean(value);
  if (!v) return undefined;
  const normalized = normalizeIdentifier(v);
  if (!normalized) return undefined;
  const id: Identifier = { type, value: v, normalized };
  if (opts.scheme) id.scheme = opts.scheme;
  if (opts.country) id.country = opts.country;
  if (opts.note) id.note = clean(opts.note);
  return id;
}

export function addIdentifier(entity: Entity, id: Identifier | undefined): void {
  if (!id) return;
  if (entity.identifiers.some((x) => x.type === id.type && x.normalized === id.normalized)) return;
  entity.identifiers.push(id);
}

/**
 * A programme with its normalised key: upper case, brackets stripped, spaces and underscores as
 * hyphens ("[RUSSIA-EO14024]" -> "RUSSIA-EO14024", "Russia" -> "RUSSIA").
 */
export function makeProgram(raw: string): Program | undefined {
  const r = clean(raw);
  if (!r) return undefined;
  const key = r.replace(/^\[|\]$/g, '').toUpperCase().replace(/[\s_]+/g, '-').replace(/[^A-Z0-9.\-]/g, '').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return key ? { raw: r, key } : undefined;
}

export function addProgram(entity: Entity, raw: string | undefined | null): void {
  if (!raw) return;
  const p = makeProgram(raw);
  if (p && !entity.programs.some((x) => x.key === p.key)) entity.programs.push(p);
}

/** Push unique, truthy strings. */
export function addUnique(list: string[], ...values: (string | undefined | null)[]): void {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}
