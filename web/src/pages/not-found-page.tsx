/** A path the console does not know. */
import { Link } from '../components/link';
import { paths } from '../router';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <div className="panel empty">
      <h1>Page not found</h1>
      <p>
        The console has no page at <code>{path}</code>. Go to <Link href={paths.screen()}>Screen</Link> or{' '}
        <Link href={paths.lists()}>Lists</Link>.
      </p>
    </div>
  );
}
