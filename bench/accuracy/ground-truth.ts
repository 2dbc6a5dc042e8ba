/**
 * Ground truth established independently of the engine: which UN entity a yente row describes (by a
 * plain normalised-name equality, disambiguated by birth date), and which UN entity a UK entry cites.
 */
import type { Entity } from '../../src/model/entity.js';

/** NFKD, marks stripped, lower case, letters and digits only, tokens sorted: "AL-QAIDA, Abu" -> "abu al qaida". */
export function simpleNameKey(name: string): string {
  return nameTokens(name).sort().join(' ');
}

export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every entity indexed under the simple key of each of its names. */
export function indexByNameKey(entities: Iterable<Entity>): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const n of e.names) {
      const key = simpleNameKey(n.full);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      index.set(key, list);
    }
  }
  return index;
}

export type Truth =
  | { status: 'unique'; entity: Entity; by: 'name' | 'name+date' | 'name+year' }
  | { status: 'none' }
  | { status: 'ambiguous'; candidates: Entity[] };

/**
 * The entity whose name has the same simple key as `name`; among several, the only one whose birth
 * dates hold the given date, else the only one whose birth years hold its year.
 */
export function resolveTruth(index: Map<string, Entity[]>, name: string, birthDate?: string): Truth {
  const candidates = index.get(simpleNameKey(name)) ?? [];
  if (candidates.length === 0) return { status: 'none' };
  if (candidates.length === 1) return { status: 'unique', entity: candidates[0], by: 'name' };
  if (birthDate) {
    const exact = candidates.filter((e) => e.birthDates.some((d) => d.value === birthDate));
    if (exact.length === 1) return { status: 'unique', entity: exact[0], by: 'name+date' };
    const year = birthDate.slice(0, 4);
    const sameYear = candidates.filter((e) => e.birthDates.some((d) => d.value.slice(0, 4) === year));
    if (sameYear.length === 1) return { status: 'unique', entity: sameYear[0], by: 'name+year' };
  }
  return { status: 'ambiguous', candidates };
}

/** UN references compare on upper-case letters and digits: "QDi.001" and "QDI001" are one. */
export function normalizeUnRef(ref: string): string {
  return ref.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The UN references a UK entry carries: UN-REF identifiers and `extra.unReference` ("a; b"). */
export function unReferencesOf(entity: Entity): string[] {
  const refs = new Set<string>();
  for (const id of entity.identifiers) if (id.scheme === 'UN-REF') refs.add(normalizeUnRef(id.value));
  for (const r of (entity.extra?.unReference ?? '').split(/[;,]/)) if (r.trim()) refs.add(normalizeUnRef(r));
  refs.delete('');
  return [...refs];
}

export type Treatment =
  | 'identical' | 'reordered' | 'respaced' | 'inserted letter' | 'dropped letter' | 'swapped letters'
  | 'substituted letter' | 'several edits';

/** What yente's treatment did to a clean name, so recall can be read per kind of damage. */
export function classifyTreatment(clean: string, treated: string): Treatment {
  if (clean === treated) return 'identical';
  if (simpleNameKey(clean) === simpleNameKey(treated)) return 'reordered';
  const a = nameTokens(clean).join('');
  const b = nameTokens(treated).join('');
  if (a === b) return 'respaced';
  if (b.length === a.length + 1 && dropsTo(b, a)) return 'inserted letter';
  if (a.length === b.length + 1 && dropsTo(a, b)) return 'dropped letter';
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return 'substituted letter';
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 'swapped letters';
  }
  return 'several edits';
}

/** Whether deleting one character of `longer` gives `shorter`. */
function dropsTo(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
