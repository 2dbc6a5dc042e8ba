/** Acronyms: the initials of a name ("Industrial and Commercial Bank of China" -> ICBC) and definitions in text. */

const SKIP = new Set(['of', 'and', 'the', 'for', 'de', 'in', 'on', 'at', '&', 'a', 'an', 'to', 'du', 'la', 'des', 'del', 'und', 'fur', 'für']);

/** Initials of the significant words; hyphenated words give one letter per part ("Export-Import" -> EI). */
export function initials(name: string): string {
  return name.split(/[\s/]+/).filter((w) => w && !SKIP.has(w.toLowerCase()))
    .flatMap((w) => w.split('-')).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean)
    .map((w) => w[0].toUpperCase()).join('');
}

/** Whether `acr` can abbreviate `name`: its initials, or the initials with the leading or trailing words dropped. */
export function abbreviates(acr: string, name: string): boolean {
  const a = acr.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  if (a.length < 2) return false;
  const ini = initials(name);
  if (ini === a) return true;
  // Tolerate one extra word on either side ("the U.S. Office of Foreign Assets Control (OFAC)").
  return a.length >= 3 && (ini.endsWith(a) || ini.startsWith(a)) && ini.length - a.length <= 2;
}

/** Whether a token looks like an acronym: 2-8 capitals or digits, at least two capitals. */
export function looksLikeAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&-]{1,7}$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}
