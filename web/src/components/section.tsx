/** A titled block of a page; hidden when it has nothing to show unless `empty` says what to print. */
import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  count?: number;
  empty?: string;
  children?: ReactNode;
  id?: string;
}

export function Section({ title, count, empty, children, id }: SectionProps) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  if (count === 0 && !empty) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}
