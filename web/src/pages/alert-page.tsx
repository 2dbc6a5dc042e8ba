/** One alert as a case: the decision, each rule that fired with its evidence, the reviews, and the actions. */
import { useEffect, useState } from 'react';
import type { Alert } from '../api-types';
import { ApiError } from '../api';
import { DecisionBadge } from '../components/decision-badge';
import { ErrorBanner } from '../components/error-banner';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { Section } from '../components/section';
import { paths } from '../router';
import { useApiClient } from '../session';
import { useApi } from '../use-api';

function ReviewForm({ alert, onDone }: { alert: Alert; onDone(a: Alert): void }) {
  const api = useApiClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (alert.status === 'cleared' || alert.status === 'escalated') return <p className="muted">This alert is {alert.status}.</p>;
  const act = async (action: 'clear' | 'escalate') => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await api.reviewAlert(alert.id, action, reason));
      setReason('');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="review-form" onSubmit={(e) => e.preventDefault()}>
      {alert.status === 'awaiting_second_review' && <p className="notice">A first analyst cleared this block: a second, different analyst must confirm.</p>}
      <label htmlFor="reason">Reason</label>
      <textarea id="reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} placeholder="Why this is a false positive, or why it goes further" />
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => act('clear')}>Clear as false positive</button>
        <button type="button" className="button-quiet" disabled={busy} onClick={() => act('escalate')}>Escalate</button>
      </div>
    </form>
  );
}

export function AlertPage({ id }: { id: string }) {
  const loaded = useApi((api, signal) => api.alert(id, signal), [id]);
  const [current, setCurrent] = useState<Alert>();
  useEffect(() => {
    document.title = `Alert ${id} · Chokepoint`;
  }, [id]);
  if (loaded.status === 'error') return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading what={`alert ${id}`} />;
  const alert = current ?? loaded.data;
  return (
    <article className="alert-case">
      <header className="page-header">
        <p><Link href={paths.alerts()}>← Alerts</Link></p>
        <h1>{alert.kind} {alert.ref} <DecisionBadge value={alert.decision} /> <DecisionBadge value={alert.status} /></h1>
        <p className="muted">Opened {alert.createdAt.replace('T', ' ').slice(0, 19)} under policy {alert.detail.policy.name} {alert.detail.policy.version}</p>
      </header>
      <Section title="Rules that fired" count={alert.detail.rules.length}>
        {alert.detail.rules.map((r) => (
          <div key={r.id} className="rule">
            <h3><code>{r.id}</code> <DecisionBadge value={r.decision} /></h3>
            <p>{r.description}</p>
            <ul>
              {r.evidence.map((e, i) => (
                <li key={i}>
                  <strong>{e.role}</strong>: {e.detail}
                  {e.entityId && <> (<Link href={paths.entity(e.entityId)}>{e.entityId}</Link>)</>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>
      <Section title="Reviews" count={alert.reviews.length} empty="Not reviewed yet.">
        <ol className="reviews">
          {alert.reviews.map((r, i) => (
            <li key={i}><strong>{r.byName}</strong> ({r.by}) {r.action === 'clear' ? 'cleared' : 'escalated'} on {r.at.replace('T', ' ').slice(0, 19)}: {r.reason}</li>
          ))}
        </ol>
      </Section>
      <Section title="Decision">
        <ReviewForm alert={alert} onDone={setCurrent} />
      </Section>
    </article>
  );
}
