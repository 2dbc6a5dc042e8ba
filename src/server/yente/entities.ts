/**
 * GET /entities/{id}: an entity by its yente id, nested. Chokepoint's native id is a referent, and a
 * referent redirects to the entity's id as it does in yente.
 */
import { nestedEntity, toYenteEntity, type YenteEntity } from './entity.js';
import { isNativeId, nativeIds, yenteId } from './ids.js';
import type { YenteContext } from './screen.js';

export type EntityLookup = { found: YenteEntity } | { redirect: string } | { missing: true };

export function lookupEntity(ctx: YenteContext, id: string, nested: boolean): EntityLookup {
  for (const native of nativeIds(id, ctx.served)) {
    const entity = ctx.gateway.entity(native);
    if (!entity) continue;
    if (isNativeId(id)) return { redirect: yenteId(entity.id) };
    const lastSeen = ctx.lastSeen.get(entity.source) ?? null;
    return { found: nested ? nestedEntity(entity, lastSeen) : toYenteEntity(entity, lastSeen) };
  }
  return { missing: true };
}
