/**
 * Split the annotations the US export lists write into a name field: "and any successor, sub-unit, or
 * subsidiary thereof", "(a.k.a. X; Y)", "[aka X, Y]", "(f.k.a. X)", "X A/K/A Y", "X D/B/A Y",
 * "(Russian individual)", "[DPRK ... Official]", quoted nicknames and acronyms in brackets.
 * Pure: returns the clean name and what was taken out of it.
 */
import type { NameKind } from '../../model/entity.js';
import { clean } from '../common/build.js';
import { countryOf } from './country.js';

export interface NameNotes {
  /** The name without its annotations. */
  name: string;
  aliases: { name: string; kind: NameKind }[];
  /** Free-text notes taken out of the name ("and any successor, ..."). */
  notes: string[];
  /** Positions written in square brackets. */
  titles: string[];
  /** "(Russian individual)": the subject is a person, of this nationality when named. */
  person?: boolean;
  nationality?: string;
}

const SUCCESSOR = /[,;]?\s*(?:and any successor,? sub-?units?,? or subsidiar(?:y|ies) thereof|and its sub-?units and successors)\.?\s*$/i;
const AKA_INFIX = /,?\s+(?:A\/K\/A|A\.K\.A\.?,?|AKA)\s+/i;
const DBA_INFIX = /,?\s+(?:D\/B\/A|D\.B\.A\.?|DBA)\s+/i;
const BRACKET = /\s*(\(|\[)([^()[\]]*(?:\([^()]*\)[^()[\]]*)*)(\)|\])/g;

/** Split an alias list on ";" and, where every piece is a multi-word name, on ",". */
function splitAliases(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s*;\s*/)) {
    const pieces = part.split(/\s*,\s*/);
    if (pieces.length > 1 && pieces.every((p) => p.trim().split(/\s+/).length >= 2)) out.push(...pieces);
    else out.push(part);
  }
  return out.map((a) => clean(a)).filter((a): a is string => !!a);
}

/** Whether `short` is the initials of `long` ("ASMAT" of "Applied Systems Methods And Technology"). */
export function isAcronymOf(short: string, long: string): boolean {
  const s = short.toUpperCase().replace(/[^A-Z]/g, '');
  if (s.length < 2) return false;
  const ws = long.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  const all = ws.map((w) => w[0]).join('');
  const content = ws.filter((w) => !['AND', 'OF', 'THE', 'FOR', 'DE', 'DU', 'LA'].includes(w)).map((w) => w[0]).join('');
  return s === all || s === content;
}

export function splitNameNotes(input: string): NameNotes {
  const out: NameNotes = { name: '', aliases: [], notes: [], titles: [] };
  let name = clean(input) ?? '';
  const successor = SUCCESSOR.exec(name);
  if (successor) {
    out.notes.push(successor[0].replace(/^[,;]?\s*/, ''));
    name = name.slice(0, successor.index);
  }
  name = name.replace(BRACKET, (whole, open: string, inner: string) => {
    const text = inner.trim();
    const aka = /^(?:a\.?k\.?a\.?|also known as)[,:]?\s+(.*)$/i.exec(text);
    const fka = /^(?:f\.?k\.?a\.?|formerly(?: known as)?)[,:]?\s+(.*)$/i.exec(text);
    const individual = /\bindividual\b/i.exec(text);
    if (aka) splitAliases(aka[1]).forEach((a) => out.aliases.push({ name: a, kind: 'strong_alias' }));
    else if (fka) splitAliases(fka[1]).forEach((a) => out.aliases.push({ name: a, kind: 'former' }));
    else if (individual) {
      out.person = true;
      out.nationality = countryOf(text.slice(0, individual.index).replace(/\bin\b.*$/i, '').trim()) ?? out.nationality;
      out.notes.push(text);
    } else if (open === '[') out.titles.push(text);
    else return whole; // an acronym or qualifier that is part of the name as printed
    return ' ';
  });
  for (const [re, kind] of [[AKA_INFIX, 'strong_alias'], [DBA_INFIX, 'strong_alias']] as const) {
    const parts = name.split(re);
    if (parts.length > 1) {
      name = parts[0];
      parts.slice(1).forEach((a) => out.aliases.push({ name: a.trim(), kind }));
    }
  }
  out.name = clean(name.replace(/[,;]\s*$/, '')) ?? clean(input) ?? '';
  addVariants(out);
  return out;
}

/** Aliases for the parts in brackets and quotes that stay in the printed name. */
function addVariants(out: NameNotes): void {
  const name = out.name;
  const nick = /^(.*?)\s*["“]([^"”]+)["”]\s*(.*)$/.exec(name);
  if (nick) {
    out.aliases.push({ name: clean(`${nick[1]} ${nick[3]}`) ?? '', kind: 'strong_alias' });
    const last = nick[3].trim().split(/\s+/).pop();
    if (last) out.aliases.push({ name: `${nick[2]} ${last}`, kind: 'weak_alias' });
  }
  const paren = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(name);
  if (paren) {
    const [, before, inner, after] = paren;
    const without = clean(`${before} ${after}`);
    if (without && without.includes(' ')) out.aliases.push({ name: without, kind: 'strong_alias' });
    const mixedCase = /\p{Ll}/u.test(name);
    if (isAcronymOf(inner, `${before} ${after}`) || (mixedCase && /^[\p{Lu}\d-]{2,12}$/u.test(inner))) {
      out.aliases.push({ name: inner, kind: 'weak_alias' });
    } else if (isAcronymOf(before, inner)) {
      out.aliases.push({ name: inner, kind: 'strong_alias' });
    } else if (/^\S+$/.test(before) && /^\S+$/.test(after) && /^\p{L}+(?: \p{L}+){0,2}$/u.test(inner)) {
      // "SAMMY (IHSAN MEDHAT) ELASHI": other given names for the same family name
      out.aliases.push({ name: `${inner} ${after}`, kind: 'strong_alias' });
    }
  }
  out.aliases = out.aliases.filter((a) => a.name && a.name.toLowerCase() !== name.toLowerCase());
}
