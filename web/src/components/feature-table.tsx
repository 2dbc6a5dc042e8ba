/**
 * Every comparison of a hit: its own score, weight, contribution and sentence. Comparisons that had
 * nothing to compare are greyed, not hidden, so the table always shows the whole algorithm.
 */
import type { FeatureExplanation } from '../api-types';
import { formatContribution, formatScore, humanize } from '../format';

function contributionClass(n: number): string {
  if (n > 0.005) return 'num contribution-pos';
  if (n < -0.005) return 'num contribution-neg';
  return 'num muted';
}

export function FeatureTable({ features }: { features: FeatureExplanation[] }) {
  return (
    <table className="table table-compact features">
      <caption className="visually-hidden">Features scored</caption>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col" className="num">Score</th>
          <th scope="col" className="num">Weight</th>
          <th scope="col" className="num">Contribution</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {features.map((f) => (
          <tr key={f.feature} className={f.score === 0 && f.contribution === 0 ? 'feature-idle' : undefined}>
            <th scope="row" className="feature-name">{humanize(f.feature)}</th>
            <td className="num">{formatScore(f.score)}</td>
            <td className="num">{formatContribution(f.weight)}</td>
            <td className={contributionClass(f.contribution)}>{formatContribution(f.contribution)}</td>
            <td className="detail">{f.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
