/**
 * FtM ids are unique per dataset, but an export split over several files, or a file concatenated
 * from several exports, can state the same entity twice: the statements are merged, as FtM does
 * (union of property values, the first caption, a schema kept from the first record).
 */
import type { FtmObject } from './parse.js';

export function mergeFtm(a: FtmObject, b: FtmObject): FtmObject {
  const properties: Record<string, unknown> = { ...a.properties };
  for (const [k, v] of Object.entries(b.properties)) {
    const left = asList(properties[k]);
    const right = asList(v).filter((x) => !left.includes(x));
    properties[k] = [...left, ...right];
  }
  const union = (x?: string[], y?: string[]): string[] | undefined =>
    x || y ? [...new Set([...(x ?? []), ...(y ?? [])])] : undefined;
  const merged: FtmObject = { ...b, ...a, properties };
  const datasets = union(a.datasets, b.datasets);
  const referents = union(a.referents, b.referents);
  if (datasets) merged.datasets = datasets;
  if (referents) merged.referents = referents;
  return merged;
}

const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
