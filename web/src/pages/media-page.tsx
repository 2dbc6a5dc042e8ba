/** Adverse media filed: articles newest first; open one to read its sanctions events and linked entities. */
import { useEffect, useState } from 'react';
import { ErrorBanner } from '../components/error-banner';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { MediaEventItem } from '../components/media-event';
import { Section } from '../components/section';
import type { MediaArticle, MediaArticleSummary, MediaLink } from '../media-types';
import { paths } from '../router';
import { useApi } from '../use-api';

function ArticleDetail({ id }: { id: string }) {
  const loaded = useApi((api, signal) => api.get<MediaArticle>(`/v1/media/articles/${encodeURIComponent(id)}`, signal), [id]);
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what="the article" />;
  const a = loaded.data;
  // One line per name in the article; a name filed under several keys (its BIC, its list entries) links to each entry.
  const byMention = new Map<string, MediaLink[]>();
  for (const l of a.links) if (l.verdict === 'listed' || l.bank) byMention.set(l.mention, [...(byMention.get(l.mention) ?? []), l]);
  const named = [...byMention].map(([mention, links]) => ({
    mention,
    statement: links[0].statement,
    verdict: links[0].verdict,
    entries: links.flatMap((l) => (l.match ? [l.match] : [])),
  }));
  return (
    <div className="media-detail">
      {a.copies.length > 0 && <p className="muted">Syndicated copies: {a.copies.map((c) => c.source ?? c.id).join(', ')}</p>}
      <h4>Entities linked</h4>
      {named.length === 0 ? <p className="muted">No entity of the lists or the bank directory.</p> : (
        <ul className="media-links">
          {named.map((l) => (
            <li key={l.mention} className={`verdict-${l.verdict}`}>
              <strong>{l.mention}</strong> — {l.statement}
              {l.entries.length > 0 && (
                <>
                  {' '}List {l.entries.length === 1 ? 'entry' : 'entries'}:{' '}
                  {l.entries.map((m, i) => (
                    <span key={m.entityId}>
                      {i > 0 && ', '}
                      <Link href={paths.entity(m.entityId)}>{m.name}</Link>
                    </span>
                  ))}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>Events</h4>
      {a.events.length === 0 ? <p className="muted">No sanctions event found.</p> : <ul className="media-events">{a.events.map((e, i) => <MediaEventItem key={i} event={e} />)}</ul>}
    </div>
  );
}

export function MediaPage() {
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string>();
  const loaded = useApi((api, signal) => api.get<{ total: number; articles: MediaArticleSummary[] }>(`/v1/media/articles?limit=50&offset=${offset}`, signal), [offset]);
  useEffect(() => {
    document.title = 'Adverse media · Chokepoint';
  }, []);
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what="adverse media" />;
  const { total, articles } = loaded.data;
  return (
    <>
      <header className="page-header">
        <h1>Adverse media</h1>
        <p className="muted">News filed with <code>chokepoint media ingest</code> or <code>POST /v1/media/ingest</code>: one line per story (syndicated copies together), with the entities it links to the lists and the sanctions events it reports. An entity's page lists its adverse media with the evidence sentences.</p>
      </header>
      <Section title="Articles" count={total} empty="No article has been ingested yet.">
        <ol className="media-articles">
          {articles.map((a) => (
            <li key={a.id}>
              <button type="button" className="button-link" aria-expanded={open === a.id} onClick={() => setOpen(open === a.id ? undefined : a.id)}>
                {a.title ?? a.id}
              </button>
              <span className="muted"> · {a.source ?? 'unknown source'} · {a.published?.slice(0, 10) ?? 'undated'} · {a.listed} listed, {a.events} events</span>
              {open === a.id && <ArticleDetail id={a.id} />}
            </li>
          ))}
        </ol>
        {total > 50 && (
          <p>
            <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 50))}>Newer</button>{' '}
            <button type="button" className="button-secondary" disabled={offset + 50 >= total} onClick={() => setOffset(offset + 50)}>Older</button>
          </p>
        )}
      </Section>
    </>
  );
}
