/**
 * Trade-diversion analytics: choose the baseline, comparison year and transit countries; read the
 * interactive charts, the calibration against published figures, the surge flags and the ranked
 * watchlist, each row with the sentence that explains it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../components/error-banner';
import { Loading } from '../components/loading';
import { Section } from '../components/section';
import { VegaChart, type ChartSpec } from '../components/vega-chart';
import { useApi } from '../use-api';

interface TradeParams {
  baseline: string;
  year: string;
  transit: string;
}

interface CalibrationRow { figure: string; partner: string; measure: string; published: number; computed: number | null; relativeError: number | null; withinTolerance: boolean }
interface SurgeRow { partner: string; partnerName: string; growthPct: number | null; z: number | null; flagged: boolean; explanation: string }
interface WatchRow { rank: number; partnerName: string; hs6: string; chplTier: string | null; multiple: number | null; increase: number; score: number; explanation: string }
interface SubstitutionRow { groupLabel: string; ratio: number | null; directFall: number; transitIncrease: number; explanation?: string }
interface TradeReport {
  charts: ChartSpec[];
  analyses: {
    calibration: CalibrationRow[];
    annualSurges: { rows: SurgeRow[] };
    watchlist: { rows: WatchRow[]; baselinePeriod: string; comparisonPeriod: string };
    substitution: { rows: SubstitutionRow[]; baselinePeriod: string; comparisonPeriod: string };
  };
}

const DEFAULTS: TradeParams = { baseline: '2021', year: '2022', transit: 'AM,GE,KZ,KG,UZ' };

const eur = (v: number) => {
  const a = Math.abs(v);
  const s = a >= 1e9 ? `€${(a / 1e9).toFixed(2)} bn` : a >= 1e6 ? `€${(a / 1e6).toFixed(1)} m` : `€${(a / 1e3).toFixed(0)} k`;
  return v < 0 ? `−${s}` : s;
};
const num = (v: number | null, digits = 1) => (v === null ? '–' : v.toFixed(digits));

function query(p: TradeParams): string {
  return new URLSearchParams({ baseline: p.baseline, year: p.year, ...(p.transit.trim() ? { transit: p.transit.replace(/\s+/g, '').toUpperCase() } : {}) }).toString();
}

export function TradePage() {
  const [draft, setDraft] = useState<TradeParams>(DEFAULTS);
  const [params, setParams] = useState<TradeParams>(DEFAULTS);
  const loaded = useApi((api, signal) => api.get<TradeReport>(`/v1/trade/report?${query(params)}`, signal), [params]);
  useEffect(() => {
    document.title = 'Trade flows · Chokepoint';
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(draft);
  };
  const field = (name: keyof TradeParams, label: string, hint: string) => (
    <div className="form-field">
      <label htmlFor={`trade-${name}`}>{label}</label>
      <input id={`trade-${name}`} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} aria-describedby={`trade-${name}-hint`} />
      <small id={`trade-${name}-hint`} className="muted">{hint}</small>
    </div>
  );
  const data = loaded.data;
  return (
    <>
      <header className="page-header">
        <h1>Trade flows</h1>
        <p className="muted">
          Diversion of EU exports through Russia's neighbours, from Eurostat Comext and national statistics. Growth against a baseline, the substitution
          ratio, mirror gaps, surge z-scores and a ranked watchlist of country and product pairs. Hover a chart for the figures.
        </p>
      </header>
      <Section title="Parameters">
        <form className="trade-form" onSubmit={submit}>
          {field('baseline', 'Baseline year', 'e.g. 2021')}
          {field('year', 'Comparison year', 'e.g. 2022')}
          {field('transit', 'Transit countries', 'two-letter codes, comma-separated')}
          <button type="submit" className="button">Run analyses</button>
        </form>
      </Section>
      {loaded.status === 'error' && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {!data && loaded.status === 'loading' && <Loading what="trade analyses" />}
      {data && (
        <>
          <Section title="Calibration against published figures" count={data.analyses.calibration.length} empty="Published figures exist for 2021 → 2022 only.">
            <div className="table-scroll">
              <table className="table table-compact">
                <thead><tr><th>figure</th><th>country</th><th>measure</th><th className="num">published</th><th className="num">computed</th><th className="num">error</th><th>within ±5%</th></tr></thead>
                <tbody>
                  {data.analyses.calibration.map((c) => (
                    <tr key={`${c.figure}-${c.partner}-${c.measure}`}>
                      <td>{c.figure}</td><td>{c.partner}</td><td>{c.measure}</td><td className="num">{c.published}</td><td className="num">{num(c.computed, 2)}</td>
                      <td className="num">{c.relativeError === null ? '–' : `${(c.relativeError * 100).toFixed(1)}%`}</td><td>{c.withinTolerance ? 'yes' : 'no'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section title="Charts" count={data.charts.length}>
            <div className="charts">{data.charts.map((c) => <VegaChart key={c.id} chart={c} />)}</div>
          </Section>
          <Section title="Substitution" count={data.analyses.substitution.rows.length}>
            <p className="muted">{data.analyses.substitution.baselinePeriod} → {data.analyses.substitution.comparisonPeriod}: the rise of exports to the transit countries as a share of the fall of direct exports to Russia.</p>
            <div className="table-scroll">
              <table className="table table-compact">
                <thead><tr><th>product group</th><th className="num">fall to Russia</th><th className="num">rise to transit</th><th className="num">ratio</th></tr></thead>
                <tbody>
                  {data.analyses.substitution.rows.map((r) => (
                    <tr key={r.groupLabel}><td>{r.groupLabel}</td><td className="num">{eur(r.directFall)}</td><td className="num">{eur(r.transitIncrease)}</td><td className="num">{r.ratio === null ? '–' : `${(r.ratio * 100).toFixed(1)}%`}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section title="Surge flags" count={data.analyses.annualSurges.rows.filter((r) => r.flagged).length} empty="No partner passes all three tests.">
            <ul className="explanations">
              {data.analyses.annualSurges.rows.filter((r) => r.flagged).map((r) => <li key={r.partner}>{r.explanation}</li>)}
            </ul>
          </Section>
          <Section title="Diversion watchlist" count={data.analyses.watchlist.rows.length}>
            <div className="table-scroll">
              <table className="table table-compact">
                <thead><tr><th className="num">#</th><th>country</th><th>HS-6</th><th>CHPL</th><th className="num">multiple</th><th className="num">increase</th><th>why</th></tr></thead>
                <tbody>
                  {data.analyses.watchlist.rows.map((r) => (
                    <tr key={`${r.partnerName}-${r.hs6}`}>
                      <td className="num">{r.rank}</td><td>{r.partnerName}</td><td><code>{r.hs6}</code></td><td>{r.chplTier ?? '–'}</td>
                      <td className="num">{r.multiple === null ? 'new' : `×${num(r.multiple)}`}</td><td className="num">{eur(r.increase)}</td><td>{r.explanation}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </>
      )}
    </>
  );
}
