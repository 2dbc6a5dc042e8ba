/** Text normalisation shared by the keyword index and the synonym matcher. Pure. */

/** Lower-case, strip diacritics (keeping Cyrillic й/ё distinctions irrelevant), unify dashes and spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Turkish dotless ı has no decomposition: fold it like the dotted i it is written for in ASCII.
    .replace(/ı/g, 'i')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOP = new Set([
  'of', 'and', 'or', 'the', 'a', 'an', 'for', 'with', 'in', 'on', 'to', 'by', 'not', 'other', 'than', 'their',
  'whether', 'including', 'excluding', 'but', 'over', 'nes', 'etc', 'its', 'thereof', 'heading', 'headings',
  'kind', 'kinds', 'used', 'use', 'type', 'pcs', 'pc', 'qty', 'new', 'model', 'item', 'no', 'as', 'such',
  'which', 'be', 'is', 'are', 'from', 'at', 'all', 'any', 'same', 'elsewhere', 'specified', 'included', 'chapter',
  // Quantities and packing on invoice lines say nothing about what the goods are.
  'mm', 'cm', 'kg', 'kgs', 'ml', 'mt', 'pcs', 'ea', 'set', 'sets', 'unit', 'units', 'piece', 'pieces',
  'ctn', 'ctns', 'lot', 'qty', 'gross', 'net', 'hs', 'code', 'invoice',
  // Function words of the other languages invoices are written in, which would otherwise meet English
  // HS words by accident ('de', 'cam', 'per').
  'de', 'del', 'la', 'le', 'les', 'el', 'los', 'las', 'des', 'du', 'et', 'en', 'y', 'con', 'sin', 'para', 'por', 'pour',
  'avec', 'sans', 'un', 'une', 'und', 'mit', 'fur', 'ohne', 'aus', 'der', 'die', 'das', 'im', 'zum', 'zur', 'von',
  've', 'ile', 'icin', 'cam', 'adet', 'stk', 'stuck', 'unidades', 'uds', 'и', 'с', 'для', 'из', 'на', 'в', 'шт', 'per',
]);

/** A light English stemmer: plural and a few derivational endings, enough to join 'bearings' and 'bearing'. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Index terms of a text: normalised, split on non-alphanumerics, stop words dropped, stemmed. */
export function terms(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w))
    .map(stem);
}
