/** Short values (programmes, lists) as a row of tags; a dash when there are none. */
export function TagList({ items, label }: { items: readonly string[]; label: string }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="tags" aria-label={label}>
      {items.map((item) => (
        <li key={item} className="tag">
          {item}
        </li>
      ))}
    </ul>
  );
}
