/**
 * Entity ids as yente serves them. FtM ids admit letters, digits, dots and dashes only, so Chokepoint's
 * `us-ofac-sdn:35096` is served as `us-ofac-sdn-35096`; the native id is kept among the referents, as
 * yente keeps the source ids an entity was merged from.
 */

/** `us-ofac-sdn:35096` -> `us-ofac-sdn-35096`. */
export function yenteId(entityId: string): string {
  const at = entityId.indexOf(':');
  return at < 0 ? entityId : `${entityId.slice(0, at)}-${entityId.slice(at + 1)}`;
}

/** Whether an id is Chokepoint's own form (a referent in yente's terms). */
export function isNativeId(id: string): boolean {
  return id.includes(':');
}

/** The native ids a yente id can stand for, given the sources served (a source's key has dashes too). */
export function nativeIds(id: string, sources: readonly string[]): string[] {
  if (isNativeId(id)) return [id];
  return sources
    .filter((s) => id.length > s.length + 1 && id.startsWith(`${s}-`))
    .map((s) => `${s}:${id.slice(s.length + 1)}`);
}
