/** One page of added, removed or changed entities, each linking to its entity page. */
import type { ChangedEntity, DiffCategory, EntityDelta } from '../api-types';
import { paths } from '../router';
import { Link } from './link';

interface Props {
  category: DiffCategory;
  rows: (EntityDelta | ChangedEntity)[];
  offset: number;
  /** The versions compared: a removed entity is shown as the older one listed it. */
  fromVersion: number;
  toVersion: number;
}

const fieldsOf = (row: EntityDelta | ChangedEntity) => ('fields' in row ? row.fields : []);

export function DiffTable({ category, rows, offset, fromVersion, toVersion }: Props) {
  if (rows.length === 0) return <p className="muted">No {category} entities.</p>;
  return (
    <table className={`table table-compact diff-table diff-${category}`}>
      <caption className="visually-hidden">{category} entities</caption>
      <thead>
        <tr>
          <th scope="col" className="num">#</th>
          <th scope="col">Entity</th>
          <th scope="col">Type</th>
          <th scope="col">Id</th>
          {category === 'changed' && <th scope="col">Changed fields</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id}>
            <td className="num muted">{offset + i + 1}</td>
            <td>
              <Link href={paths.entity(row.id, category === 'removed' ? fromVersion : toVersion)}>{row.caption || row.id}</Link>
              {category === 'removed' && <span className="muted small"> (no longer listed)</span>}
            </td>
            <td>{row.schema}</td>
            <td><code className="entity-id">{row.id}</code></td>
            {category === 'changed' && (
              <td>
                {fieldsOf(row).map((f) => <code key={f} className="field-chip">{f}</code>)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
