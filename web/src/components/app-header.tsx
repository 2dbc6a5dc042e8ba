/** The top bar: product, navigation, and who is signed in with a sign-out button. */
import type { Route } from '../router';
import { paths } from '../router';
import { useCaller, useSession } from '../session';
import { Link } from './link';

const NAV: { label: string; href: string; pages: Route['page'][] }[] = [
  { label: 'Screen', href: paths.screen(), pages: ['screen'] },
  { label: 'Lists', href: paths.lists(), pages: ['lists', 'diff'] },
  { label: 'Payments', href: paths.payments(), pages: ['payments'] },
  { label: 'Alerts', href: paths.alerts(), pages: ['alerts', 'alert'] },
  { label: 'Trade flows', href: paths.trade(), pages: ['trade'] },
  { label: 'Adverse media', href: paths.media(), pages: ['media'] },
];

export function AppHeader({ route }: { route: Route }) {
  const caller = useCaller();
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <Link href={paths.screen()} className="brand">
        Chokepoint <span className="brand-sub">screening console</span>
      </Link>
      <nav aria-label="Main" className="main-nav">
        {NAV.map((item) => (
          <Link key={item.href} href={item.href} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
            {item.label}
          </Link>
        ))}
        <a href="/docs" target="_blank" rel="noreferrer">
          API docs
        </a>
      </nav>
      <div className="who" aria-label="Signed in as">
        <span className="who-name">{caller.name}</span>
        <span className={`role role-${caller.role}`}>{caller.role}</span>
        <button type="button" className="button-quiet" onClick={() => signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}
