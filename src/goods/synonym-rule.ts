/**
 * Curated synonyms: a concept (one HS-6 meaning) named by terms in several languages. Term syntax:
 * `word` matches at a word start and may continue (plurals, cases: `bearing` matches `bearings`);
 * `word$` must end there too; `*word` matches anywhere (German compounds: `*kugellager` in
 * `Rillenkugellager`); CJK terms always match anywhere.
 */
export interface SynonymRule {
  name: string;
  hs6: string;
  weight: number;
  terms: string[];
  /** A generic word ("bearing"): counts only when nothing more specific in the same HS heading fired. */
  fallback?: boolean;
}

export interface CompiledRule extends SynonymRule {
  /**
   * The regex of term k, compiled on first use: of some 20,000 terms, a text holds the first letters of
   * a few hundred, so compiling them all at start-up (a second and a half) would be wasted.
   */
  regex(k: number): RegExp;
  /**
   * For each regex, letters any match must contain (the start of its first word): a text without them
   * is skipped without running the regex.
   */
  keys: string[];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * A word inside a multi-word term may carry an inflection: plural or case endings (`memoria flash`
 * matches `memorias flash`, `схема памяти` matches `схемы памяти`). Cyrillic words of 6+ letters lose
 * their last two letters, which are usually the ending (also in the last word: `память` matches `памяти`).
 */
function inflect(word: string): string {
  if (CYRILLIC.test(word)) {
    // A long word loses its last two letters (endings, and fleeting vowels: окорочок / окорочка); a
    // short one only a real ending.
    const ending = RU_ENDING.exec(word);
    const stem = word.length >= 7 ? word.slice(0, -2) : ending && word.length - ending[0].length >= 4 ? word.slice(0, -ending[0].length) : word;
    return `${escape(stem)}\\p{L}{0,4}`;
  }
  return `${escape(word)}\\p{L}{0,3}`;
}

/**
 * Russian case and number endings of nouns and adjectives: only an ending is cut, so that 'компас'
 * (compass, no ending) does not become 'комп-' and meet 'комплект' (a set).
 */
const RU_ENDING = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ые|ие|ый|ий|ой|ей|ом|ем|ам|ям|ах|ях|ов|ев|ую|юю|а|я|о|е|ы|и|й|ь|у|ю)$/u;

/** Compile a term into a regex over normalised text; spaces and hyphens match any separator. */
export function compileTerm(term: string): RegExp {
  let t = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
  const anywhere = t.startsWith('*') || CJK.test(t);
  const whole = t.endsWith('$');
  t = t.replace(/^\*/, '').replace(/\$$/, '');
  const words = t.split(/[\s-]+/);
  // A short Latin word is an acronym or a word of its own ('fram' is not 'frame'): whole word, plural allowed.
  if (!anywhere && !whole && words.length === 1 && /^[a-z0-9]{2,4}$/.test(words[0])) {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escape(words[0])}s?(?![\\p{L}\\p{N}])`, 'u');
  }
  const bodyOf = (order: string[]) =>
    order.map((w, i) => (anywhere || (i === order.length - 1 && (whole || !CYRILLIC.test(w))) ? escape(w) : inflect(w))).join('[\\s-]?');
  // Invoices and declarations put the noun first as often as last ("Масло подсолнечное", "Bearing ball"):
  // a term of two or three words also matches its words in any order.
  const orders = !anywhere && words.length >= 2 && words.length <= 3 ? permutations(words) : [words];
  const body = orders.length === 1 ? bodyOf(words) : `(?:${orders.map(bodyOf).join('|')})`;
  return new RegExp(`${anywhere ? '' : '(?<![\\p{L}\\p{N}])'}${body}${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
}

/** Every order of a few words, the written order first. */
function permutations(words: string[]): string[][] {
  if (words.length <= 1) return [words];
  return words.flatMap((w, i) => permutations([...words.slice(0, i), ...words.slice(i + 1)]).map((rest) => [w, ...rest]));
}

/** Letters every match of a term contains: the first three of its first word, as compileTerm folds them. */
export function termKey(term: string): string {
  const t = term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i').replace(/^\*/, '').replace(/\$$/, '');
  const first = t.split(/[\s-]+/)[0];
  // Inflected Cyrillic words keep all but their last two letters; every other word keeps itself.
  return first.slice(0, Math.min(3, CYRILLIC.test(first) && first.length >= 5 ? first.length - 2 : first.length));
}

export function compileRules(rules: readonly SynonymRule[]): CompiledRule[] {
  return rules.map((r) => {
    const compiled: (RegExp | undefined)[] = new Array(r.terms.length);
    return { ...r, keys: r.terms.map(termKey), regex: (k: number) => (compiled[k] ??= compileTerm(r.terms[k])) };
  });
}
