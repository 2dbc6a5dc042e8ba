/** The primary name of an entity, falling back to the first name it has (as the server captions it). */
import type { Entity } from './api-types';

export function caption(entity: Pick<Entity, 'names' | 'id'>): string {
  const primary = entity.names.find((n) => n.kind === 'primary') ?? entity.names[0];
  return primary ? primary.full : entity.id;
}
