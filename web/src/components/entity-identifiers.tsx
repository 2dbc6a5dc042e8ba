/** Identifiers with their type, scheme, value as printed, issuing country and note. */
import type { Identifier } from '../api-types';
import { formatCountry, humanize } from '../format';

export function EntityIdentifiers({ identifiers }: { identifiers: Identifier[] }) {
  return (
    <table className="table identifiers">
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Value</th>
          <th scope="col">Country</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {identifiers.map((id, i) => (
          <tr key={`${id.type}-${id.value}-${i}`}>
            <td>
              {humanize(id.type)}
              {id.scheme && <span className="muted"> · {id.scheme}</span>}
            </td>
            <td><code className="identifier-value">{id.value}</code></td>
            <td>{id.country ? formatCountry(id.country) : ''}</td>
            <td className="muted">{id.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
