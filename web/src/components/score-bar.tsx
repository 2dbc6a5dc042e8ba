/** A score in [0,1] as a bar with the threshold marked, and the number beside it. */
import { formatScore } from '../format';

export function ScoreBar({ score, threshold, label }: { score: number; threshold?: number; label?: string }) {
  const pct = Math.max(0, Math.min(1, score)) * 100;
  const reached = threshold === undefined || score >= threshold;
  return (
    <span className="score" title={threshold === undefined ? undefined : `threshold ${formatScore(threshold)}`}>
      <span className="score-track" aria-hidden="true">
        <span className={`score-fill ${reached ? 'score-fill-hit' : ''}`} style={{ width: `${pct}%` }} />
        {threshold !== undefined && <span className="score-threshold" style={{ left: `${threshold * 100}%` }} />}
      </span>
      <span className="score-number">
        {label && <span className="visually-hidden">{label} </span>}
        {formatScore(score)}
      </span>
    </span>
  );
}
