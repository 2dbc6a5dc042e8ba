/** The alert queue: decisions other than pass waiting for an analyst, newest first. */
import { useEffect } from 'react';
import { DecisionBadge } from '../components/decision-badge';
import { ErrorBanner } from '../components/error-banner';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { Pager } from '../components/pager';
import { Section } from '../components/section';
import { paths, type Route } from '../router';
import { useApi } from '../use-api';

const PAGE = 50;
const FILTERS: { label: string; status: string }[] = [
  { label: 'To review', status: 'open,awaiting_second_review' },
  { label: 'Awaiting second analyst', status: 'awaiting_second_review' },
  { label: 'Escalated', status: 'escalated' },
  { label: 'Cleared', status: 'cleared' },
];

export function AlertsPage({ route }: { route: Extract<Route, { page: 'alerts' }> }) {
  const loaded = useApi((api, signal) => api.alerts({ status: route.status, offset: route.offset, limit: PAGE }, signal), [route.status, route.offset]);
  useEffect(() => {
    document.title = 'Alerts · Chokepoint';
  }, []);
  return (
    <>
      <header className="page-header">
        <h1>Alerts</h1>
        <p className="muted">Payments and shipments whose decision was not pass. Clear a false positive with a reason (a block needs a second analyst), or escalate.</p>
      </header>
      <nav className="tabs" aria-label="Alert status">
        {FILTERS.map((f) => (
          <Link key={f.status} href={paths.alerts(f.status)} className="tab" aria-current={f.status === route.status ? 'page' : undefined}>{f.label}</Link>
        ))}
      </nav>
      {loaded.status === 'error' ? <ErrorBanner error={loaded.error} onRetry={loaded.reload} /> : !loaded.data ? <Loading what="alerts" /> : (
        <Section title="Alerts" count={loaded.data.total} empty="No alert here.">
          <table className="table table-compact alerts-table">
            <thead>
              <tr><th scope="col">Opened</th><th scope="col">Kind</th><th scope="col">Message</th><th scope="col">Decision</th><th scope="col">Status</th><th scope="col">Rules</th></tr>
            </thead>
            <tbody>
              {loaded.data.alerts.map((a) => (
                <tr key={a.id}>
                  <td>{a.createdAt.replace('T', ' ').slice(0, 19)}</td>
                  <td>{a.kind}</td>
                  <td><Link href={paths.alert(a.id)}>{a.ref}</Link></td>
                  <td><DecisionBadge value={a.decision} /></td>
                  <td><DecisionBadge value={a.status} /></td>
                  <td>{a.detail.rules.map((r) => <code key={r.id} className="field-chip">{r.id}</code>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={loaded.data.total} limit={PAGE} offset={route.offset} href={(at) => paths.alerts(route.status, at)} label="Alert pages" />
        </Section>
      )}
    </>
  );
}
