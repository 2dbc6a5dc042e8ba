/** Deletion neighbourhoods of keys (SymSpell): two keys within one edit share a deletion. */

/** Every string made by deleting one character of the key (keys of four letters or more). */
export function deletions(key: string): string[] {
  if (key.length < 4) return [];
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}
