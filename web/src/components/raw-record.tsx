/** The source record exactly as parsed, for audit: collapsed, monospace, copyable. */
import { useState } from 'react';

export function RawRecord({ raw }: { raw: unknown }) {
  const text = JSON.stringify(raw, null, 2) ?? 'null';
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  }
  return (
    <details className="panel raw">
      <summary>
        <h2 className="panel-title inline">Raw source record</h2>
        <span className="muted"> · as read from the publisher's file</span>
      </summary>
      <div className="raw-actions">
        <button type="button" className="button-quiet" onClick={copy}>{copied ? 'Copied' : 'Copy JSON'}</button>
      </div>
      <pre className="raw-json" tabIndex={0} aria-label="Raw source record (JSON)">{text}</pre>
    </details>
  );
}
