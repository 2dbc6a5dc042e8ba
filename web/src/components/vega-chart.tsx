/** A Vega-Lite chart rendered interactively (tooltips, the spec's own selections) with vega-embed. */
import { useEffect, useRef, useState } from 'react';
import embed from 'vega-embed';

export interface ChartSpec {
  id: string;
  title: string;
  caption: string;
  spec: Record<string, unknown>;
}

export function VegaChart({ chart }: { chart: ChartSpec }) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!ref.current) return;
    let finalize: (() => void) | undefined;
    let cancelled = false;
    embed(ref.current, chart.spec as never, { actions: { export: true, source: false, compiled: false, editor: false }, tooltip: true, renderer: 'svg' }).then(
      (result) => (cancelled ? result.finalize() : (finalize = result.finalize)),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [chart]);
  return (
    <figure className="chart" data-chart={chart.id}>
      <div ref={ref} role="img" aria-label={chart.title} />
      {error && <p className="field-error" role="alert">The chart could not be drawn: {error}</p>}
      <figcaption className="muted">{chart.caption}</figcaption>
    </figure>
  );
}
