/**
 * Cell-level helpers for the EU OJ annex CSVs: multi-valued cells (`Foo; Bar`, with CSV-style quoting
 * of a value that itself holds `;` or `"`), printed enumerations (`(a) ... (b) ...`) and stable slugs.
 * Pure.
 */

/**
 * Split a multi-valued cell on `;`. A value starting with `"` is quoted: `;` inside it does not split and
 * `""` stands for one quote, so `"Foo; Bar"; Baz` gives `Foo; Bar` and `Baz`. Empty values are dropped.
 */
export function splitValues(cell: string | undefined | null): string[] {
  if (!cell) return [];
  const out: string[] = [];
  let i = 0;
  const n = cell.length;
  while (i <= n) {
    while (i < n && cell[i] === ' ') i++;
    let value = '';
    if (cell[i] === '"') {
      i++;
      while (i < n) {
        if (cell[i] === '"') {
          if (cell[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += cell[i++];
      }
    }
    while (i < n && cell[i] !== ';') value += cell[i++];
    const v = value.replace(/\s+/g, ' ').trim();
    if (v) out.push(v);
    i++;
  }
  return out;
}

/** Printed enumerators such as `(a)`, `(b)`, `(i)`, `(1)`, `a)` at the start of an item. */
const ENUMERATOR = /(?:^|[\s,;])\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+/g;

/**
 * Split a value that the source enumerates: `(a) Algerian (b) German` gives `Algerian`, `German`.
 * A value without enumerators comes back whole.
 */
export function splitEnumeration(value: string): string[] {
  ENUMERATOR.lastIndex = 0;
  if (!ENUMERATOR.test(value)) return [value];
  ENUMERATOR.lastIndex = 0;
  return value
    .split(ENUMERATOR)
    .map((part) => part.replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/,?\s*and$/i, '').trim())
    .filter(Boolean);
}

/** Every value of a multi-valued cell, with enumerations inside a value split out too. */
export function splitAll(cell: string | undefined | null): string[] {
  return splitValues(cell).flatMap(splitEnumeration);
}

/** A readable, stable id fragment from a name: ASCII lower case and hyphens; a hash where no letters survive. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return s || `h${fnv1a(text)}`;
}

/** 32-bit FNV-1a hash as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
