/** The lists served now and every imported version, with comparisons between versions. */
import { useEffect, useMemo } from 'react';
import type { DatasetVersion } from '../api-types';
import { CurrentListsTable } from '../components/current-lists-table';
import { ErrorBanner } from '../components/error-banner';
import { Loading } from '../components/loading';
import { Section } from '../components/section';
import { SourceVersions } from '../components/source-versions';
import { useApi } from '../use-api';

/** Versions grouped by source, each group newest first (as the API orders them). */
function bySource(versions: DatasetVersion[]): Map<string, DatasetVersion[]> {
  const groups = new Map<string, DatasetVersion[]>();
  for (const v of versions) groups.set(v.source, [...(groups.get(v.source) ?? []), v]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** For each current version, the version of its source imported just before it. */
function previousOf(current: DatasetVersion[], groups: Map<string, DatasetVersion[]>): Map<string, DatasetVersion> {
  const previous = new Map<string, DatasetVersion>();
  for (const v of current) {
    const group = groups.get(v.source) ?? [];
    const before = group[group.findIndex((g) => g.id === v.id) + 1];
    if (before) previous.set(v.source, before);
  }
  return previous;
}

export function ListsPage() {
  const loaded = useApi((api, signal) => api.lists(signal), []);
  useEffect(() => {
    document.title = 'Lists · Chokepoint';
  }, []);
  const groups = useMemo(() => bySource(loaded.data?.versions ?? []), [loaded.data]);

  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what="lists" />;
  const current = [...loaded.data.current].sort((a, b) => a.source.localeCompare(b.source));
  const currentIds = new Map(current.map((v) => [v.source, v.id]));

  return (
    <>
      <header className="page-header">
        <h1>Lists</h1>
        <p className="muted">What screening runs against now, and every version imported. Tick two versions of a list to compare them.</p>
      </header>
      <Section title="Served now" count={current.length} empty="No list has been imported yet. Run chokepoint lists import.">
        <div className="table-scroll">
          <CurrentListsTable current={current} previous={previousOf(current, groups)} />
        </div>
      </Section>
      <Section title="All versions" count={loaded.data.versions.length}>
        {[...groups].map(([source, versions]) => (
          <SourceVersions key={source} source={source} versions={versions} currentId={currentIds.get(source)} />
        ))}
      </Section>
    </>
  );
}
