/** Ask for an API key once, check it with GET /v1/me, and keep it for this tab. */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { ErrorBanner } from '../components/error-banner';
import { describedBy, Field } from '../components/form-field';
import { asSentence } from '../format';
import { useSession } from '../session';

export function SignInPage({ message }: { message?: string }) {
  const { signIn } = useSession();
  const [key, setKey] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    document.title = 'Sign in · Chokepoint';
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) {
      setError(new Error('Enter your API key.'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await signIn(trimmed);
    } catch (e) {
      setError(e);
      setPending(false);
    }
  }

  const rejected = error instanceof ApiError && error.status === 401;
  const fieldError = rejected ? `This API key was not accepted: ${asSentence(error.message)} Check it and try again.` : undefined;
  return (
    <main className="sign-in" id="main">
      <form className="panel sign-in-card" onSubmit={submit} aria-labelledby="sign-in-heading" noValidate>
        <p className="brand brand-dark">
          Chokepoint <span className="brand-sub">screening console</span>
        </p>
        <h1 id="sign-in-heading">Sign in</h1>
        <p className="muted">
          Use the API key your administrator issued to you. It is kept in this browser tab only and sent with every request.
        </p>
        {message && !error && (
          <div className="banner banner-warning" role="alert">
            {message}
          </div>
        )}
        {error !== undefined && !rejected && <ErrorBanner error={error} />}
        <Field id="api-key" label="API key" error={fieldError}>
          <input id="api-key" name="apiKey" type="password" value={key} onChange={(e) => setKey(e.target.value)}
            autoComplete="off" spellCheck={false} autoFocus required {...describedBy('api-key', false, fieldError)} />
        </Field>
        {fieldError && <span className="visually-hidden" role="alert">{fieldError}</span>}
        <button type="submit" className="button-primary button-wide" disabled={pending}>
          {pending ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
