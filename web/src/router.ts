/**
 * Client-side routing over the History API: the console's few pages, their paths, and a hook that
 * follows the location. Entity ids contain ':' and may contain '/', so they travel URI-encoded.
 */
import { useSyncExternalStore } from 'react';
import type { DiffCategory } from './api-types';

export type Route =
  | { page: 'screen' }
  | { page: 'entity'; id: string; version?: number }
  | { page: 'lists' }
  | { page: 'diff'; source: string; from?: number; to?: number; tab: DiffCategory; offset: number }
  | { page: 'payments' }
  | { page: 'trade' }
  | { page: 'media' }
  | { page: 'alerts'; status: string; offset: number }
  | { page: 'alert'; id: string }
  | { page: 'not-found'; path: string };

export const DIFF_TABS: readonly DiffCategory[] = ['added', 'removed', 'changed'];

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/screen') return { page: 'screen' };
  if (path === '/lists') return { page: 'lists' };
  if (path === '/payments') return { page: 'payments' };
  if (path === '/trade') return { page: 'trade' };
  if (path === '/media') return { page: 'media' };
  if (path === '/alerts') {
    const params = new URLSearchParams(search);
    return { page: 'alerts', status: params.get('status') ?? 'open,awaiting_second_review', offset: positiveInt(params.get('offset')) ?? 0 };
  }
  if (path.startsWith('/alerts/') && path.length > '/alerts/'.length) return { page: 'alert', id: decode(path.slice('/alerts/'.length)) };
  if (path.startsWith('/entities/') && path.length > '/entities/'.length) {
    const version = positiveInt(new URLSearchParams(search).get('version'));
    return { page: 'entity', id: decode(path.slice('/entities/'.length)), ...(version !== undefined ? { version } : {}) };
  }
  const diff = /^\/lists\/([^/]+)\/diff$/.exec(path);
  if (diff) {
    const params = new URLSearchParams(search);
    const tab = params.get('tab') as DiffCategory | null;
    return {
      page: 'diff',
      source: decode(diff[1]),
      from: positiveInt(params.get('from')),
      to: positiveInt(params.get('to')),
      tab: tab && DIFF_TABS.includes(tab) ? tab : 'added',
      offset: positiveInt(params.get('offset')) ?? 0,
    };
  }
  return { page: 'not-found', path: pathname };
}

export const paths = {
  screen: () => '/screen',
  lists: () => '/lists',
  payments: () => '/payments',
  trade: () => '/trade',
  media: () => '/media',
  alerts: (status?: string, offset = 0) => `/alerts${status || offset ? `?${new URLSearchParams({ ...(status ? { status } : {}), ...(offset ? { offset: String(offset) } : {}) })}` : ''}`,
  alert: (id: string) => `/alerts/${encodeURIComponent(id)}`,
  entity: (id: string, version?: number) => `/entities/${encodeURIComponent(id)}${version === undefined ? '' : `?version=${version}`}`,
  diff(source: string, opts: { from?: number; to?: number; tab?: DiffCategory; offset?: number } = {}): string {
    const params = new URLSearchParams();
    if (opts.from !== undefined) params.set('from', String(opts.from));
    if (opts.to !== undefined) params.set('to', String(opts.to));
    if (opts.tab && opts.tab !== 'added') params.set('tab', opts.tab);
    if (opts.offset) params.set('offset', String(opts.offset));
    const search = params.toString();
    return `/lists/${encodeURIComponent(source)}/diff${search ? `?${search}` : ''}`;
  },
};

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** The current route; re-renders on navigation and on back/forward. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, snapshot);
  const q = location.indexOf('?');
  return q < 0 ? parseRoute(location, '') : parseRoute(location.slice(0, q), location.slice(q));
}
