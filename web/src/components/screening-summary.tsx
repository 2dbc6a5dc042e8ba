/** What makes a screening traceable: its id, the list versions, the algorithm, threshold and time. */
import type { ScreenResponse } from '../api-types';
import { formatCount, formatScore } from '../format';
import { FactList } from './fact-list';

export function ScreeningSummary({ result }: { result: ScreenResponse }) {
  const hits = result.matches.filter((m) => m.match).length;
  return (
    <section className="panel summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="panel-title">
        {hits === 1 ? '1 hit' : `${formatCount(hits)} hits`} for <q>{result.query.name}</q>
      </h2>
      <FactList
        className="facts-inline"
        facts={[
          ['Screening id', <code key="id">{result.screeningId}</code>],
          ['Threshold', formatScore(result.threshold)],
          ['Algorithm', <code key="alg">{result.algorithm}</code>],
          ['Candidates', formatCount(result.candidates)],
          ['Time', `${result.tookMs.toFixed(result.tookMs < 10 ? 1 : 0)} ms`],
        ]}
      />
      <details className="versions-used">
        <summary>
          Screened against {result.listVersions.length} list version{result.listVersions.length === 1 ? '' : 's'}
        </summary>
        <ul className="version-refs">
          {result.listVersions.map((v) => (
            <li key={v.versionId}>
              <span className="source">{v.source}</span> {v.label} <span className="muted">(version {v.versionId})</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
