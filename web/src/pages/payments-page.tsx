/** Screen payment messages pasted or loaded from a file: a decision per payment, with its rules and evidence. */
import { useEffect, useState } from 'react';
import type { PaymentResult } from '../api-types';
import { ApiError } from '../api';
import { DecisionBadge } from '../components/decision-badge';
import { Link } from '../components/link';
import { Section } from '../components/section';
import { paths } from '../router';
import { useApiClient } from '../session';

type Format = '' | 'mt' | 'pacs008' | 'csv';

function Result({ r }: { r: PaymentResult }) {
  if ('error' in r) {
    return <li className="payment-result payment-error"><strong>Not screened:</strong> {r.error.message}</li>;
  }
  return (
    <li className="payment-result">
      <h3>{r.messageId} <DecisionBadge value={r.decision} /> {r.alertId && <Link href={paths.alert(r.alertId)}>alert</Link>}</h3>
      {r.rules.length === 0 ? <p className="muted">No rule fired.</p> : (
        <ul>
          {r.rules.map((rule) => (
            <li key={rule.id}>
              <code>{rule.id}</code> <DecisionBadge value={rule.decision} />: {rule.description}
              <ul>{rule.evidence.map((e, i) => <li key={i}><strong>{e.role}</strong>: {e.detail}</li>)}</ul>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function PaymentsPage() {
  const api = useApiClient();
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<Format>('');
  const [results, setResults] = useState<PaymentResult[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = 'Payments · Chokepoint';
  }, []);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResults((await api.screenPayments(content, format || undefined)).results);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <header className="page-header">
        <h1>Payments</h1>
        <p className="muted">Paste SWIFT MT103/MT202COV messages, pacs.008 XML or CSV rows (docs/payments-csv.md), or load a file. Each payment is screened under the payment policy; every decision but pass opens an alert.</p>
      </header>
      <Section title="Input">
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="payments-form">
          <label htmlFor="payments-content">Messages</label>
          <textarea id="payments-content" rows={10} value={content} onChange={(e) => setContent(e.target.value)} spellCheck={false} />
          <div className="actions">
            <label htmlFor="payments-file">File</label>
            <input id="payments-file" type="file" onChange={async (e) => { const f = e.target.files?.[0]; if (f) setContent(await f.text()); }} />
            <label htmlFor="payments-format">Format</label>
            <select id="payments-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              <option value="">detect</option><option value="mt">MT</option><option value="pacs008">pacs.008 XML</option><option value="csv">CSV</option>
            </select>
            <button type="submit" className="button" disabled={busy || !content.trim()}>Screen payments</button>
          </div>
          {error && <p className="field-error" role="alert">{error}</p>}
        </form>
      </Section>
      {results && (
        <Section title="Decisions" count={results.length}>
          <ol className="payment-results">{results.map((r, i) => <Result key={i} r={r} />)}</ol>
        </Section>
      )}
    </>
  );
}
