/** The adverse media of a list entity: each article, what it says of the entity, its events and evidence. */
import type { EntityMedia } from '../media-types';
import { useApi } from '../use-api';
import { ErrorBanner } from './error-banner';
import { Loading } from './loading';
import { MediaEventItem } from './media-event';
import { Section } from './section';

export function AdverseMedia({ id }: { id: string }) {
  const loaded = useApi((api, signal) => api.get<EntityMedia>(`/v1/media/entities/${encodeURIComponent(id)}`, signal), [id]);
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what="adverse media" />;
  const { items } = loaded.data;
  return (
    <Section title="Adverse media" id="adverse-media" count={items.length} empty="No news article filed names this entity.">
      <ol className="media-items">
        {items.map(({ article, link, events }) => (
          <li key={article.id} className="media-item">
            <h3>
              {article.url ? <a href={article.url} target="_blank" rel="noreferrer">{article.title ?? article.id}</a> : (article.title ?? article.id)}
            </h3>
            <p className="muted">
              {article.source ?? 'unknown source'} · {article.published?.slice(0, 10) ?? 'undated'}
              {article.copies.length > 0 && ` · also in ${article.copies.map((c) => c.source ?? c.id).join(', ')}`}
            </p>
            <p>{link.statement}</p>
            {events.length > 0 ? (
              <ul className="media-events">{events.map((e, i) => <MediaEventItem key={i} event={e} />)}</ul>
            ) : (
              <ul className="media-sentences">{link.sentences.map((s, i) => <li key={i}><blockquote className="evidence">{s}</blockquote></li>)}</ul>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
