/** The two versions compared, how many entities fell in each category, and the caveats. */
import type { DatasetVersion, DiffResponse } from '../api-types';
import { asSentence, formatCount, formatDateTime } from '../format';

function VersionBox({ version, role }: { version: DatasetVersion; role: string }) {
  return (
    <div className="version-box">
      <span className="version-role">{role}</span>
      <span>
        <strong>{version.label}</strong> <span className="muted">#{version.id}</span>
      </span>
      <span className="muted small">
        published {formatDateTime(version.publishedAt)} · {formatCount(version.total)} entities
      </span>
    </div>
  );
}

const STATS = [
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['changed', 'Changed'],
  ['unchanged', 'Unchanged'],
] as const;

export function DiffOverview({ diff }: { diff: DiffResponse }) {
  return (
    <>
      <div className="diff-versions">
        <VersionBox version={diff.from} role="From" />
        <span className="diff-arrow" aria-hidden="true">→</span>
        <VersionBox version={diff.to} role="To" />
      </div>
      <dl className="stats" aria-label="Entities by change">
        {STATS.map(([key, label]) => (
          <div key={key} className={`stat stat-${key}`}>
            <dt>{label}</dt>
            <dd data-testid={`count-${key}`}>{formatCount(diff.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {diff.warnings.length > 0 && (
        <div className="banner banner-warning" role="note">
          <strong>Read with care</strong>
          <ul>
            {diff.warnings.map((w) => <li key={w}>{asSentence(w)}</li>)}
          </ul>
        </div>
      )}
    </>
  );
}

/** How many changed entities changed in each field, most frequent first. */
export function ChangedFieldCounts({ counts, changed }: { counts: Record<string, number>; changed: number }) {
  const rows = Object.entries(counts).sort(([, a], [, b]) => b - a);
  if (rows.length === 0) return <p className="muted">No field changed.</p>;
  return (
    <table className="table table-compact field-counts">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col" className="num">Entities</th>
          <th scope="col" className="bar-col"><span className="visually-hidden">Share of changed entities</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([field, n]) => (
          <tr key={field}>
            <th scope="row"><code>{field}</code></th>
            <td className="num">{formatCount(n)}</td>
            <td className="bar-col" aria-hidden="true">
              <span className="mini-bar" style={{ width: `${changed ? (n / changed) * 100 : 0}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
