/** An API or network error as the analyst should read it: the server's message, its code and field. */
import { ApiError } from '../api';
import { asSentence } from '../format';

const TITLES: Record<number, string> = {
  0: 'Server unreachable',
  400: 'The request was not accepted',
  403: 'Not allowed for your role',
  404: 'Not found',
  429: 'Too many requests',
};

function title(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong';
  return TITLES[error.status] ?? (error.status >= 500 ? 'The server failed' : 'Request failed');
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = asSentence(error instanceof Error ? error.message : String(error));
  return (
    <div className="banner banner-error" role="alert">
      <strong>{title(error)}</strong>
      <span className="banner-message">{message}</span>
      {error instanceof ApiError && (
        <span className="banner-code">
          {error.status > 0 && `HTTP ${error.status} · `}
          {error.code}
          {error.field && ` · field ${error.field}`}
        </span>
      )}
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
