/** A definition list of label/value rows; rows with no value are left out. */
import type { ReactNode } from 'react';

export type Fact = [label: string, value: ReactNode];

const isEmpty = (value: ReactNode) =>
  value === undefined || value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0);

export function FactList({ facts, className }: { facts: Fact[]; className?: string }) {
  const shown = facts.filter(([, value]) => !isEmpty(value));
  if (shown.length === 0) return null;
  return (
    <dl className={`facts ${className ?? ''}`}>
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
