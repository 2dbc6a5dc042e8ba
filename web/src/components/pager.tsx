/** Previous/next over `total` rows shown `limit` at a time from `offset`. */
import { formatCount } from '../format';
import { Link } from './link';

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  /** Path of the page starting at a given offset. */
  href(offset: number): string;
  label: string;
}

export function Pager({ total, limit, offset, href, label }: PagerProps) {
  if (total <= limit) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav className="pager" aria-label={label}>
      {offset > 0 ? <Link href={href(Math.max(0, offset - limit))} rel="prev">← Previous</Link> : <span className="pager-off">← Previous</span>}
      <span className="pager-status">
        {formatCount(first)}–{formatCount(last)} of {formatCount(total)} · page {page} of {pages}
      </span>
      {last < total ? <Link href={href(offset + limit)} rel="next">Next →</Link> : <span className="pager-off">Next →</span>}
    </nav>
  );
}
