/** How the query's name met the list name: part against part, how, and what was left unmatched. */
import type { NameMatch, TokenAlignment } from '../api-types';
import { formatScore, humanize } from '../format';

const HOW: Record<TokenAlignment['how'], string> = {
  exact: 'the same part',
  transliteration: 'the same part written in another script or romanisation',
  phonetic: 'sounds the same (spelling variant)',
  fuzzy: 'differs by a typo',
  initial: 'an initial of the other part',
  joined: 'parts written together on one side',
};

function Unmatched({ label, parts }: { label: string; parts: string[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="unmatched">
      <span className="unmatched-label">{label}:</span>{' '}
      {parts.map((part, i) => <span key={`${part}-${i}`} className="part part-unmatched">{part}</span>)}
    </p>
  );
}

export function NameAlignment({ name }: { name: NameMatch }) {
  return (
    <div className="name-match">
      <h4>
        <span className="muted">Best list name</span> <q className="listed-name">{name.name}</q>
        <span className={`tag tag-kind kind-${name.kind}`}>{humanize(name.kind)}</span>
        <span className="muted">name score</span> {formatScore(name.score)}
      </h4>
      {name.aligned.length > 0 && (
        <table className="table table-compact alignment">
          <thead>
            <tr>
              <th scope="col">Query part</th>
              <th scope="col" aria-label="matches"></th>
              <th scope="col">List part</th>
              <th scope="col">How</th>
              <th scope="col" className="num">Score</th>
            </tr>
          </thead>
          <tbody>
            {name.aligned.map((a, i) => (
              <tr key={`${a.query}-${a.candidate}-${i}`}>
                <td><span className="part">{a.query}</span></td>
                <td className="arrow" aria-hidden="true">↔</td>
                <td><span className="part">{a.candidate}</span></td>
                <td><span className={`how how-${a.how}`} title={HOW[a.how]}>{a.how}</span></td>
                <td className="num">{formatScore(a.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Unmatched label="Query parts not matched" parts={name.unmatchedQuery} />
      <Unmatched label="List parts not matched" parts={name.unmatchedCandidate} />
      {name.surnameMissed && (
        <p className="note-warning">The surname went unmatched on one side; the name score was lowered for it.</p>
      )}
    </div>
  );
}
