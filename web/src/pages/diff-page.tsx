/** What changed between two versions of one list: counts, caveats, and the entities page by page. */
import { useEffect } from 'react';
import type { DiffCategory } from '../api-types';
import { ChangedFieldCounts, DiffOverview } from '../components/diff-overview';
import { DiffTable } from '../components/diff-table';
import { ErrorBanner } from '../components/error-banner';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { Pager } from '../components/pager';
import { Section } from '../components/section';
import { formatCount } from '../format';
import { DIFF_TABS, paths, type Route } from '../router';
import { useApi } from '../use-api';

export const DIFF_PAGE_SIZE = 50;
const TAB_LABELS: Record<DiffCategory, string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

export function DiffPage({ route }: { route: Extract<Route, { page: 'diff' }> }) {
  const { source, from, to, tab, offset } = route;
  const loaded = useApi(
    (api, signal) => api.diff(source, { from, to, limit: DIFF_PAGE_SIZE, offset }, signal),
    [source, from, to, offset],
  );
  useEffect(() => {
    document.title = `${source} changes · Chokepoint`;
  }, [source]);

  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what={`changes in ${source}`} />;
  const diff = loaded.data;
  // Links keep the versions the server chose, so that paging never drifts to a newer import.
  const href = (category: DiffCategory, at: number) =>
    paths.diff(source, { from: diff.from.id, to: diff.to.id, tab: category, offset: at });

  return (
    <>
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={paths.lists()}>Lists</Link> / <span className="source">{source}</span> / changes
        </p>
        <h1>
          {source}: {diff.from.label} → {diff.to.label}
        </h1>
      </header>
      <DiffOverview diff={diff} />
      <div className="diff-grid">
        <Section title="Entities" id="diff-entities">
          <nav className="tabs" aria-label="Change category">
            {DIFF_TABS.map((category) => (
              <Link key={category} href={href(category, 0)} className="tab" aria-current={category === tab ? 'page' : undefined}>
                {TAB_LABELS[category]} <span className="count">{formatCount(diff.counts[category])}</span>
              </Link>
            ))}
          </nav>
          <div aria-busy={loaded.status === 'loading'} className={loaded.status === 'loading' ? 'is-loading' : undefined}>
            <DiffTable category={tab} rows={diff[tab]} offset={offset} fromVersion={diff.from.id} toVersion={diff.to.id} />
          </div>
          <Pager total={diff.counts[tab]} limit={DIFF_PAGE_SIZE} offset={offset} href={(at) => href(tab, at)}
            label={`${TAB_LABELS[tab]} entities pages`} />
        </Section>
        <Section title="Changed fields" id="changed-fields">
          <ChangedFieldCounts counts={diff.changedFieldCounts} changed={diff.counts.changed} />
        </Section>
      </div>
    </>
  );
}
