/** Merging identifiers that two rows of one target both carry. Pure. */
import type { Entity, Identifier } from '../../model/entity.js';

/** Add an identifier, or append its note to the one already there with the same number. */
export function mergeIdentifier(entity: Entity, id: Identifier | undefined): void {
  if (!id) return;
  const existing = entity.identifiers.find((x) => x.type === id.type && x.normalized === id.normalized);
  if (!existing) entity.identifiers.push(id);
  else if (id.note && existing.note !== id.note && !existing.note?.includes(id.note)) {
    existing.note = existing.note ? `${existing.note} | ${id.note}` : id.note;
  }
  if (existing && !existing.country && id.country) existing.country = id.country;
}
