/** The version each list serves now, with its counts and a link to what changed since the previous one. */
import type { DatasetVersion } from '../api-types';
import { formatCount, formatDateTime } from '../format';
import { paths } from '../router';
import { Link } from './link';
import { SchemaCountCells, SchemaCountHeaders } from './schema-counts';

interface Props {
  current: DatasetVersion[];
  /** The version before each current one, by source, when there is one. */
  previous: Map<string, DatasetVersion>;
}

export function CurrentListsTable({ current, previous }: Props) {
  const totals = current.reduce((sum, v) => sum + v.total, 0);
  return (
    <table className="table current-lists">
      <caption className="visually-hidden">Lists served now</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Version</th>
          <th scope="col">Published</th>
          <th scope="col">Imported</th>
          <SchemaCountHeaders />
          <th scope="col" className="num">Total</th>
          <th scope="col" className="num">Source records</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {current.map((v) => {
          const before = previous.get(v.source);
          return (
            <tr key={v.id}>
              <th scope="row" className="source">{v.source}</th>
              <td>{v.label} <span className="muted">#{v.id}</span></td>
              <td>{formatDateTime(v.publishedAt)}</td>
              <td>{formatDateTime(v.importedAt)}</td>
              <SchemaCountCells version={v} />
              <td className="num strong">{formatCount(v.total)}</td>
              <td className="num">{formatCount(v.sourceRecords)}</td>
              <td>
                {before ? (
                  <Link href={paths.diff(v.source, { from: before.id, to: v.id })}>since {before.label}</Link>
                ) : (
                  <span className="muted">first version</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={8}>{current.length} lists</th>
          <td className="num strong">{formatCount(totals)}</td>
          <td colSpan={2}></td>
        </tr>
      </tfoot>
    </table>
  );
}
