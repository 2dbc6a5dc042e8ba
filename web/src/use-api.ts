/**
 * Load data from the API for a page: loading, the data or the error, and a reload. A newer request
 * aborts the older one, so a slow answer never overwrites a newer page.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from './api';
import { useApiClient } from './session';

export type Loaded<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown; data?: T };

export function useApi<T>(load: (api: ApiClient, signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> & { reload(): void } {
  const api = useApiClient();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    load(api, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: 'ok', data }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `deps` says when it really changed.
  }, [api, attempt, ...deps]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
