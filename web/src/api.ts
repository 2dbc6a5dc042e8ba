/**
 * Typed client of the Chokepoint API. Every call sends the API key as a bearer token; a non-2xx
 * answer becomes an ApiError carrying the server's code and message, and a 401 is also reported to
 * `onUnauthorized` so that the console can return to sign-in.
 */
import type {
  Alert, AlertsResponse, Caller, PaymentResult, DiffParams, DiffResponse, EntityResponse, ErrorBody, ListsResponse, ScreenRequest, ScreenResponse,
} from './api-types';

export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    /** The request field the server rejected (INVALID_INPUT), as a dotted path. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  me(signal?: AbortSignal): Promise<Caller>;
  screen(request: ScreenRequest, signal?: AbortSignal): Promise<ScreenResponse>;
  entity(id: string, version?: number, signal?: AbortSignal): Promise<EntityResponse>;
  lists(signal?: AbortSignal): Promise<ListsResponse>;
  diff(source: string, params: DiffParams, signal?: AbortSignal): Promise<DiffResponse>;
  alerts(params: { status?: string; offset?: number; limit?: number }, signal?: AbortSignal): Promise<AlertsResponse>;
  alert(id: string, signal?: AbortSignal): Promise<Alert>;
  reviewAlert(id: string, action: 'clear' | 'escalate', reason: string): Promise<Alert>;
  screenPayments(content: string, format?: 'mt' | 'pacs008' | 'csv'): Promise<{ results: PaymentResult[] }>;
  /** A GET of any API path (with its query), for pages whose answers are read as they come. */
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
}

export interface ApiClientOptions {
  /** Origin of the API; the console is served by the API itself, so '' (same origin) by default. */
  baseUrl?: string;
  onUnauthorized?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.message === 'string';
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) return new ApiError(response.status, body.error.code ?? 'ERROR', body.error.message, body.error.field);
  const fallback = text.trim().slice(0, 300) || response.statusText || 'The server gave no reason.';
  return new ApiError(response.status, `HTTP_${response.status}`, fallback);
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function createApiClient(key: string, options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(0, 'NETWORK', 'The Chokepoint server could not be reached. Check your connection and try again.');
    }
    if (!response.ok) {
      const error = await toApiError(response);
      if (error.status === 401) options.onUnauthorized?.(error);
      throw error;
    }
    return (await response.json()) as T;
  }

  return {
    me: (signal) => request<Caller>('GET', '/v1/me', undefined, signal),
    screen: (body, signal) => request<ScreenResponse>('POST', '/v1/screen', body, signal),
    entity: (id, version, signal) =>
      request<EntityResponse>('GET', `/v1/entities/${encodeURIComponent(id)}${version === undefined ? '' : `?version=${version}`}`, undefined, signal),
    lists: (signal) => request<ListsResponse>('GET', '/v1/lists', undefined, signal),
    diff: (source, params, signal) =>
      request<DiffResponse>('GET', `/v1/lists/${encodeURIComponent(source)}/diff${query({ ...params })}`, undefined, signal),
    alerts: (params, signal) => request<AlertsResponse>('GET', `/v1/alerts${query({ ...params })}`, undefined, signal),
    alert: (id, signal) => request<Alert>('GET', `/v1/alerts/${encodeURIComponent(id)}`, undefined, signal),
    reviewAlert: (id, action, reason) => request<Alert>('POST', `/v1/alerts/${encodeURIComponent(id)}/${action}`, { reason }),
    screenPayments: (content, format) => request<{ results: PaymentResult[] }>('POST', '/v1/payments/screen', { content, ...(format ? { format } : {}) }),
    get: <T,>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  };
}
