/** A decision or an alert status as a coloured label. */
export function DecisionBadge({ value }: { value: string }) {
  return <span className={`badge badge-${value.replace(/_/g, '-')}`}>{value.replace(/_/g, ' ')}</span>;
}
