/** Every name of an entity as the list gives it: kind, script, language and structured parts. */
import type { Name } from '../api-types';
import { humanize } from '../format';

const PART_ORDER = ['title', 'given', 'middle', 'patronymic', 'family'] as const;

function parts(name: Name): string {
  if (!name.parts) return '';
  return PART_ORDER.filter((key) => name.parts?.[key]).map((key) => `${key}: ${name.parts?.[key]}`).join(' · ');
}

export function EntityNames({ names }: { names: Name[] }) {
  const anyParts = names.some((n) => n.parts);
  const anyLang = names.some((n) => n.lang);
  return (
    <table className="table names">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Script</th>
          {anyLang && <th scope="col">Language</th>}
          {anyParts && <th scope="col">Parts</th>}
        </tr>
      </thead>
      <tbody>
        {names.map((name, i) => (
          <tr key={`${name.full}-${i}`}>
            <td className={`name-full ${name.kind === 'primary' ? 'name-primary' : ''}`} lang={name.lang}>{name.full}</td>
            <td><span className={`tag tag-kind kind-${name.kind}`}>{humanize(name.kind)}</span></td>
            <td>{name.script}</td>
            {anyLang && <td>{name.lang ?? ''}</td>}
            {anyParts && <td className="muted">{parts(name)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
