/** One listed subject with everything the list says about it, and the record it was read from. */
import { useEffect } from 'react';
import { ApiError } from '../api';
import { ErrorBanner } from '../components/error-banner';
import { AdverseMedia } from '../components/adverse-media';
import { EntityAddresses } from '../components/entity-addresses';
import { CraftFacts, EntityFacts, ExtraFacts } from '../components/entity-facts';
import { EntityIdentifiers } from '../components/entity-identifiers';
import { EntityLinks } from '../components/entity-links';
import { EntityNames } from '../components/entity-names';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { RawRecord } from '../components/raw-record';
import { Section } from '../components/section';
import { TagList } from '../components/tag-list';
import { VersionFacts } from '../components/version-facts';
import { caption } from '../entity-caption';
import { paths } from '../router';
import { useApi } from '../use-api';

/** The API serves entities of the current list versions only: a removed entity is not found. */
function NotServed({ id }: { id: string }) {
  return (
    <div className="panel empty" role="status">
      <h1>Not in the lists served now</h1>
      <p>
        <code>{id}</code> is not in the current version of any list. It may have been removed from its list since the
        version it was seen in; the <Link href={paths.lists()}>Lists</Link> page shows what changed between versions.
      </p>
    </div>
  );
}

export function EntityPage({ id, version: versionId }: { id: string; version?: number }) {
  const loaded = useApi((api, signal) => api.entity(id, versionId, signal), [id, versionId]);
  const name = loaded.data ? caption(loaded.data.entity) : id;

  useEffect(() => {
    document.title = `${name} · Chokepoint`;
  }, [name]);

  if (loaded.status === 'error') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotServed id={id} />;
    return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!loaded.data) return <Loading what={`entity ${id}`} />;
  const { entity, version } = loaded.data;

  return (
    <article className="entity" aria-labelledby="entity-heading">
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={paths.lists()}>Lists</Link> / <span className="source">{entity.source}</span> / <code>{entity.id}</code>
        </p>
        <h1 id="entity-heading">{name}</h1>
        <div className="page-header-meta">
          <span className="schema">{entity.schema}</span>
          {entity.programs.length > 0 && <TagList items={entity.programs.map((p) => p.raw)} label="Programmes" />}
          {entity.secondarySanctions && <span className="tag tag-warning">Secondary sanctions risk</span>}
        </div>
      </header>
      <div className="entity-grid">
        <div className="entity-main">
          <Section title="Names" count={entity.names.length}>
            <EntityNames names={entity.names} />
          </Section>
          <Section title="Identifiers" count={entity.identifiers.length} empty="The list gives no identifiers.">
            <EntityIdentifiers identifiers={entity.identifiers} />
          </Section>
          <Section title="Addresses" count={entity.addresses.length}>
            <EntityAddresses addresses={entity.addresses} />
          </Section>
          <Section title="Links to other subjects" id="links" count={entity.links.length}>
            <EntityLinks links={entity.links} />
          </Section>
          <Section title="Remarks" count={entity.remarks.length}>
            <ul className="plain-list remarks">
              {entity.remarks.map((remark, i) => <li key={i}>{remark}</li>)}
            </ul>
          </Section>
          <AdverseMedia id={entity.id} />
        </div>
        <aside className="entity-side" aria-label="Particulars">
          <Section title="Particulars">
            <EntityFacts entity={entity} />
          </Section>
          {entity.craft && (
            <Section title={entity.schema === 'Aircraft' ? 'Aircraft' : 'Vessel'} id="craft">
              <CraftFacts craft={entity.craft} />
            </Section>
          )}
          {entity.extra && Object.keys(entity.extra).length > 0 && (
            <Section title="Other fields" id="extra">
              <ExtraFacts extra={entity.extra} />
            </Section>
          )}
          <Section title="List version">
            <VersionFacts version={version} />
          </Section>
        </aside>
      </div>
      <RawRecord raw={entity.raw} />
    </article>
  );
}
