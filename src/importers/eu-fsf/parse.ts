/**
 * Streams an EU FSF CSV (v1.0 or v1.1, Excel-damaged or not) as groups of rows, one group per entity.
 * The file is denormalised (one row per name, address, birth date, identification or citizenship) and
 * sorted by entity, so rows are grouped while they share `Entity_logical_id`. No mapping.
 */
import { malformed } from '../../errors.js';
import type { FsfRow } from './row.js';
import { csvRecords } from './csv-records.js';
import { csvText, isExcelWrapped } from './excel-unwrap.js';
import { layoutOf, type Layout } from './layout.js';
import { readLines, sniffEncoding } from './text-source.js';
import { schemaOf } from './map.js';

export interface FsfGroup {
  entityId: string;
  /** Line of the entity's first row. */
  line: number;
  rows: FsfRow[];
}

/** Rows of one file, each checked for an entity id and a subject type. */
export async function* readFsfRows(path: string, onLayout?: (layout: Layout) => void): AsyncGenerator<FsfRow> {
  const file = path;
  const lines = readLines(path, sniffEncoding(path, 'win1252'));
  const first = await lines.next();
  if (first.done) throw malformed('empty file: no header', { file, line: 1 });
  const wrapped = isExcelWrapped(first.value);
  let layout: Layout | undefined;
  const all = (async function* () {
    yield first.value;
    yield* lines;
  })();
  for await (const { fields, line } of csvRecords(csvText(all, wrapped, file), file, true)) {
    if (!layout) {
      layout = layoutOf(fields, file);
      onLayout?.(layout);
      continue;
    }
    const row = layout.read(fields, line);
    if (!row.entityId) throw malformed('row has no entity logical id', { file, line, field: layout.version === '1.0' ? 'Entity_logical_id' : 'Entity_LogicalId' });
    if (!schemaOf(row.subjectType)) {
      const field = layout.version === '1.0' ? 'Subject_type' : 'Entity_SubjectType';
      throw malformed(`subject type '${row.subjectType}' is neither P/person nor E/enterprise`, { file, line, field });
    }
    yield row;
  }
  if (!layout) throw malformed('no header', { file, line: 1 });
}

/**
 * Consecutive rows of the same entity as one group. An entity whose rows come back after another entity's
 * fails: its earlier rows were already handed on, and merging them silently is not possible in a stream.
 */
export async function* readFsfGroups(path: string, onLayout?: (layout: Layout) => void): AsyncGenerator<FsfGroup> {
  const done = new Set<string>();
  let current: FsfGroup | undefined;
  for await (const row of readFsfRows(path, onLayout)) {
    if (current && current.entityId === row.entityId) {
      current.rows.push(row);
      continue;
    }
    if (current) {
      done.add(current.entityId);
      yield current;
    }
    if (done.has(row.entityId)) {
      throw malformed(`rows of entity ${row.entityId} are not together: it was already read before this line`, { file: path, line: row.line, field: 'Entity_logical_id' });
    }
    current = { entityId: row.entityId, line: row.line, rows: [row] };
  }
  if (current) yield current;
}
