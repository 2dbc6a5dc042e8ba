/** Addresses as printed, with the resolved country. */
import type { Address } from '../api-types';
import { formatCountry } from '../format';

export function EntityAddresses({ addresses }: { addresses: Address[] }) {
  return (
    <ul className="plain-list addresses">
      {addresses.map((a, i) => (
        <li key={`${a.full}-${i}`}>
          {a.full}
          {a.country && !a.full.includes(formatCountry(a.country)) && <span className="muted"> · {formatCountry(a.country)}</span>}
        </li>
      ))}
    </ul>
  );
}
