/**
 * The signed-in session: the API key (kept in sessionStorage, so it dies with the tab), the caller it
 * belongs to, and an API client bound to it. A 401 from any call ends the session with a message.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, createApiClient, type ApiClient } from './api';
import type { Caller } from './api-types';
import { asSentence } from './format';

const STORAGE_KEY = 'chokepoint.apiKey';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; message?: string }
  | { status: 'signed-in'; caller: Caller; api: ApiClient };

interface SessionValue {
  state: SessionState;
  /** Check the key with GET /v1/me; resolves on success, rejects with the ApiError otherwise. */
  signIn(key: string): Promise<void>;
  signOut(message?: string): void;
}

const SessionContext = createContext<SessionValue | null>(null);

function storedKey(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeKey(key: string | null): void {
  try {
    if (key === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage disabled: the session lasts as long as the page.
  }
}

export function rejectedKeyMessage(error: ApiError): string {
  return `Your session ended: ${asSentence(error.message)} Sign in again with a valid key.`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => (storedKey() ? { status: 'checking' } : { status: 'signed-out' }));

  const signOut = useCallback((message?: string) => {
    storeKey(null);
    setState({ status: 'signed-out', message });
  }, []);

  const connect = useCallback(async (key: string) => {
    const api = createApiClient(key, { onUnauthorized: (error) => signOut(rejectedKeyMessage(error)) });
    const caller = await createApiClient(key).me();
    storeKey(key);
    setState({ status: 'signed-in', caller, api });
  }, [signOut]);

  useEffect(() => {
    const key = storedKey();
    if (!key || state.status !== 'checking') return;
    connect(key).catch((error: unknown) => {
      const message = error instanceof ApiError && error.status === 401
        ? rejectedKeyMessage(error)
        : `Could not check your API key: ${error instanceof Error ? error.message : String(error)}`;
      signOut(message);
    });
    // Runs once, for a key left in this tab's storage by an earlier page load.
  }, []);

  const value = useMemo<SessionValue>(() => ({ state, signIn: connect, signOut }), [state, connect, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API client of the signed-in session (only rendered inside the signed-in shell). */
export function useApiClient(): ApiClient {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useApiClient without a session');
  return state.api;
}

export function useCaller(): Caller {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCaller without a session');
  return state.caller;
}
