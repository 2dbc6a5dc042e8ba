/**
 * Deltas between two versions of one list: entities added, removed, and changed with the fields that
 * changed. Unchanged entities share a content hash, so only changed ones are decoded.
 */
import type Database from 'better-sqlite3';
import type { Entity, Schema } from '../../model/entity.js';
import type { DatasetVersion, EntityDelta, VersionDiff } from '../ports.js';

interface Member {
  entity_id: string;
  schema: Schema;
  caption: string;
  hash: string;
}

/** Top-level entity fields compared for a change; `raw` is reported only when nothing else differs. */
const FIELDS: (keyof Entity)[] = [
  'schema', 'orgKind', 'names', 'gender', 'birthDates', 'birthPlaces', 'nationalities', 'countries', 'addresses',
  'identifiers', 'programs', 'lists', 'titles', 'listedOn', 'remarks', 'links', 'secondarySanctions', 'craft', 'extra',
];

export function changedFields(a: Entity, b: Entity): string[] {
  const out = FIELDS.filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
  if (out.length === 0 && JSON.stringify(a.raw) !== JSON.stringify(b.raw)) out.push('raw');
  return out as string[];
}

export function diffVersions(db: Database.Database, from: DatasetVersion, to: DatasetVersion): VersionDiff {
  const members = db.prepare('SELECT entity_id, schema, caption, hash FROM version_entities WHERE version_id = ?');
  const blob = db.prepare('SELECT data FROM entity_blobs WHERE hash = ?');
  const before = new Map<string, Member>();
  for (const m of members.iterate(from.id) as IterableIterator<Member>) before.set(m.entity_id, m);
  const added: EntityDelta[] = [];
  const changed: EntityDelta[] = [];
  let unchangedCount = 0;
  const load = (hash: string): Entity => JSON.parse((blob.get(hash) as { data: string }).data);
  for (const m of members.iterate(to.id) as IterableIterator<Member>) {
    const old = before.get(m.entity_id);
    if (!old) {
      added.push({ id: m.entity_id, caption: m.caption, schema: m.schema });
      continue;
    }
    before.delete(m.entity_id);
    if (old.hash === m.hash) {
      unchangedCount++;
      continue;
    }
    changed.push({ id: m.entity_id, caption: m.caption, schema: m.schema, fields: changedFields(load(old.hash), load(m.hash)) });
  }
  const removed: EntityDelta[] = [...before.values()].map((m) => ({ id: m.entity_id, caption: m.caption, schema: m.schema }));
  const changedFieldCounts: Record<string, number> = {};
  for (const c of changed) for (const f of c.fields ?? []) changedFieldCounts[f] = (changedFieldCounts[f] ?? 0) + 1;
  const byId = (a: EntityDelta, b: EntityDelta): number => a.id.localeCompare(b.id, 'en', { numeric: true });
  return {
    source: to.source,
    from,
    to,
    added: added.sort(byId),
    removed: removed.sort(byId),
    changed: changed.sort(byId),
    unchangedCount,
    changedFieldCounts,
    warnings: fileSetWarnings(from, to),
  };
}

/** Versions built from different file sets (e.g. one without alt.csv) differ for that reason alone. */
function fileSetWarnings(from: DatasetVersion, to: DatasetVersion): string[] {
  const a = new Set(from.files.map((f) => f.role));
  const b = new Set(to.files.map((f) => f.role));
  const onlyFrom = [...a].filter((r) => !b.has(r));
  const onlyTo = [...b].filter((r) => !a.has(r));
  const out: string[] = [];
  if (onlyFrom.length) {
    out.push(`version ${from.id} (${from.label}) was imported with file(s) ${onlyFrom.join(', ')} that version ${to.id} (${to.label}) lacks: data that only those files carry shows as changed or removed`);
  }
  if (onlyTo.length) {
    out.push(`version ${to.id} (${to.label}) was imported with file(s) ${onlyTo.join(', ')} that version ${from.id} (${from.label}) lacks: data that only those files carry shows as changed or added`);
  }
  return out;
}
