/** Screen a name and read the ranked hits with their evidence. */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import type { ScreenResponse } from '../api-types';
import { ErrorBanner } from '../components/error-banner';
import { HitCard } from '../components/hit-card';
import { FIELD_IDS, ScreenForm } from '../components/screen-form';
import { ScreeningSummary } from '../components/screening-summary';
import { formatCount, formatScore } from '../format';
import { rememberedScreening, rememberScreening, EMPTY_FORM, type ScreenForm as Form } from '../screening-memory';
import { toScreenRequest } from '../screen-request';
import { useApiClient } from '../session';

const DEFAULT_THRESHOLD = 0.75;

/** The form field a server-side INVALID_INPUT names ("body.birthDate" -> birthDate). */
function fieldOf(error: unknown): keyof Form | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const last = error.field.split('.').pop() as keyof Form | 'schema';
  return last in EMPTY_FORM ? (last as keyof Form) : undefined;
}

function NoHits({ result }: { result: ScreenResponse }) {
  return (
    <div className="panel empty" role="status">
      <strong>No hits.</strong> Nothing on the screened lists reached the threshold of {formatScore(result.threshold)} for{' '}
      <q>{result.query.name}</q> ({formatCount(result.candidates)} candidates compared).
    </div>
  );
}

/** What a screen reader hears when a screening starts and ends. */
function announcement(pending: boolean, result: ScreenResponse | undefined): string {
  if (pending) return 'Screening…';
  if (!result) return '';
  const hits = result.matches.filter((m) => m.match).length;
  return hits === 0 ? 'No hits.' : `${hits} hit${hits === 1 ? '' : 's'}.`;
}

export function ScreenPage() {
  const api = useApiClient();
  const [form, setForm] = useState<Form>(() => rememberedScreening().form);
  const [result, setResult] = useState<ScreenResponse | undefined>(() => rememberedScreening().result);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    document.title = 'Screen · Chokepoint';
    return () => inFlight.current?.abort();
  }, []);

  async function submit() {
    const check = toScreenRequest(form);
    if (!check.ok) {
      setLocalErrors({ [check.field]: check.message });
      document.getElementById(FIELD_IDS[check.field])?.focus();
      return;
    }
    setLocalErrors({});
    setError(undefined);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setPending(true);
    try {
      const response = await api.screen(check.request, controller.signal);
      setResult(response);
      rememberScreening(form, response);
    } catch (e) {
      if (!controller.signal.aborted) setError(e);
    } finally {
      if (inFlight.current === controller) setPending(false);
    }
  }

  function clear() {
    setForm(EMPTY_FORM);
    setResult(undefined);
    setError(undefined);
    setLocalErrors({});
    rememberScreening(EMPTY_FORM);
    document.getElementById(FIELD_IDS.name)?.focus();
  }

  const serverField = fieldOf(error);
  const errors = serverField && error instanceof Error ? { ...localErrors, [serverField]: error.message } : localErrors;

  return (
    <div className="screen-layout">
      <ScreenForm form={form} onChange={setForm} onSubmit={submit} onClear={clear} pending={pending}
        defaultThreshold={result?.threshold ?? DEFAULT_THRESHOLD} errors={errors} />
      <div className="results" aria-busy={pending}>
        <p className="visually-hidden" role="status">{announcement(pending, result)}</p>
        {error !== undefined && <ErrorBanner error={error} />}
        {!result && error === undefined && (
          <div className="panel empty intro">
            Enter a name and what else you know about the subject, then press <kbd>Screen</kbd>. Every screening is
            recorded in the audit trail with the list versions used.
          </div>
        )}
        {result && (
          <>
            <ScreeningSummary result={result} />
            {result.matches.length === 0 ? <NoHits result={result} /> : (
              <ol className="hits" aria-label="Hits">
                {result.matches.map((hit, i) => (
                  <li key={hit.entityId}>
                    <HitCard hit={hit} rank={i + 1} threshold={result.threshold} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </div>
  );
}
