/** Every version of one list, newest first; tick two and compare them. */
import { useState } from 'react';
import type { DatasetVersion } from '../api-types';
import { formatCount, formatDateTime } from '../format';
import { navigate, paths } from '../router';

interface Props {
  source: string;
  /** Newest first. */
  versions: DatasetVersion[];
  currentId?: number;
}

export function SourceVersions({ source, versions, currentId }: Props) {
  const [picked, setPicked] = useState<number[]>([]);
  const toggle = (id: number) =>
    setPicked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(-2)));
  const compare = () => {
    const [older, newer] = versions.filter((v) => picked.includes(v.id)).reverse();
    navigate(paths.diff(source, { from: older.id, to: newer.id }));
  };
  const headingId = `versions-${source}`;

  return (
    <section className="source-versions" aria-labelledby={headingId}>
      <div className="source-versions-head">
        <h3 id={headingId} className="source">{source}</h3>
        <span className="muted">{versions.length} version{versions.length === 1 ? '' : 's'}</span>
        {versions.length > 1 && (
          <button type="button" className="button-secondary" disabled={picked.length !== 2} onClick={compare}
            aria-label={`Compare the selected ${source} versions`} title="Tick two versions, then compare them">
            Compare selected
          </button>
        )}
      </div>
      <table className="table table-compact">
        <thead>
          <tr>
            {versions.length > 1 && <th scope="col" className="check">Select</th>}
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">Imported</th>
            <th scope="col" className="num">Entities</th>
            <th scope="col" className="num">Source records</th>
            <th scope="col">Checksum</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className={picked.includes(v.id) ? 'selected' : undefined}>
              {versions.length > 1 && (
                <td className="check">
                  <input type="checkbox" checked={picked.includes(v.id)} onChange={() => toggle(v.id)}
                    aria-label={`Select ${source} ${v.label} (#${v.id}) to compare`} />
                </td>
              )}
              <td>
                {v.label} <span className="muted">#{v.id}</span>
                {v.id === currentId && <span className="tag tag-current">current</span>}
              </td>
              <td>{formatDateTime(v.publishedAt)}</td>
              <td>{formatDateTime(v.importedAt)}</td>
              <td className="num">{formatCount(v.total)}</td>
              <td className="num">{formatCount(v.sourceRecords)}</td>
              <td><code className="checksum" title={v.checksum}>{v.checksum.slice(0, 12)}…</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
