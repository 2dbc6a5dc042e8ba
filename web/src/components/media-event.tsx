/** One sanctions event as the news reports it: its class and code, who did what to whom, the sentence. */
import type { MediaEvent } from '../media-types';

export function MediaEventItem({ event }: { event: MediaEvent }) {
  return (
    <li className="media-event">
      <span className="tag">{event.code}</span> <strong>{event.label}</strong>
      {event.hedged && <span className="tag tag-warning">stated as possible</span>}
      {(event.actor || event.target) && (
        <span className="muted">
          {' '}
          {event.actor ?? '?'} → {event.target ?? '?'}
          {event.via?.length ? ` via ${event.via.join(', ')}` : ''}
        </span>
      )}
      <blockquote className="evidence">{event.sentence}</blockquote>
      {event.goods?.length ? (
        <p className="muted">Goods: {event.goods.map((g) => `${g.text}${g.hs6 ? ` (HS ${g.hs6}${g.chpl ? `, CHPL ${g.chpl.tier}` : ''})` : ''}`).join('; ')}</p>
      ) : null}
    </li>
  );
}
