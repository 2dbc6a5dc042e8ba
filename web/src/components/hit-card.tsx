/** One ranked hit: score, verdict, what it is and where it is listed, then the evidence. */
import type { ScreeningMatch } from '../api-types';
import { paths } from '../router';
import { FeatureTable } from './feature-table';
import { Link } from './link';
import { NameAlignment } from './name-alignment';
import { ScoreBar } from './score-bar';
import { TagList } from './tag-list';

export function HitCard({ hit, rank, threshold }: { hit: ScreeningMatch; rank: number; threshold: number }) {
  const headingId = `hit-${rank}`;
  return (
    <article className={`hit ${hit.match ? 'hit-match' : 'hit-nomatch'}`} aria-labelledby={headingId}>
      <header className="hit-header">
        <span className="rank" aria-label={`Rank ${rank}`}>{rank}</span>
        <h3 id={headingId} className="hit-caption">
          <Link href={paths.entity(hit.entityId)}>{hit.caption}</Link>
        </h3>
        <span className={`verdict ${hit.match ? 'verdict-match' : 'verdict-nomatch'}`}>{hit.match ? 'Match' : 'No match'}</span>
        <ScoreBar score={hit.score} threshold={threshold} label="Score" />
      </header>
      <div className="hit-meta">
        <span className="schema">{hit.schema}</span>
        <span className="source">{hit.source}</span>
        <code className="entity-id">{hit.entityId}</code>
        {hit.programs.length > 0 && <TagList items={hit.programs} label="Programmes" />}
      </div>
      <p className="explanation">{hit.explanation}</p>
      <div className="hit-evidence">
        <NameAlignment name={hit.name} />
        <FeatureTable features={hit.features} />
      </div>
    </article>
  );
}
