/** Relations the list states to other subjects, linked when the list gives the other's id. */
import type { Link as EntityLink } from '../api-types';
import { humanize } from '../format';
import { paths } from '../router';
import { Link } from './link';

export function EntityLinks({ links }: { links: EntityLink[] }) {
  return (
    <table className="table links">
      <thead>
        <tr>
          <th scope="col">Relation</th>
          <th scope="col">Subject</th>
        </tr>
      </thead>
      <tbody>
        {links.map((link, i) => (
          <tr key={`${link.type}-${link.targetName}-${i}`}>
            <td>{humanize(link.type)}</td>
            <td>
              {link.targetId ? <Link href={paths.entity(link.targetId)}>{link.targetName}</Link> : link.targetName}
              {link.targetId && <code className="muted entity-id"> {link.targetId}</code>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
