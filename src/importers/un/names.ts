/**
 * UN names. The list prints an individual's name in FIRST_NAME..FOURTH_NAME in the order it is
 * written, not as given/family fields: "ERIC | BADEGE", "HIKMAT | MIZBAN | IBRAHIM | AL-AZZAWI",
 * and for Korean names the family name first ("KIM | JONG SIK"). Parts are therefore a best effort:
 * FIRST_NAME is the given name and the last part the family name, the parts between are middle names;
 * for DPRK references (`KPi.`) FIRST_NAME is the family name and the rest the given name.
 * Alias fields often hold several spellings ("A; B; C"), an original-script form in brackets or the
 * Latin forms in brackets after an Arabic one; they are split into one name each.
 */
import type { NameKind, NameParts } from '../../model/entity.js';
import { detectScript } from '../../common/script.js';
import { clean } from '../common/build.js';

export function primaryName(parts: (string | undefined)[], reference: string): { full?: string; parts?: NameParts } {
  const p = parts.map(clean).filter((x): x is string => Boolean(x));
  if (!p.length) return {};
  const full = p.join(' ');
  if (p.length === 1) return { full };
  if (/^KP[ie]\./.test(reference)) return { full, parts: { family: p[0], given: p.slice(1).join(' ') } };
  const names: NameParts = { given: p[0], family: p[p.length - 1] };
  if (p.length > 2) names.middle = p.slice(1, -1).join(' ');
  return { full, parts: names };
}

/** Alias QUALITY -> name kind: Good and a.k.a. are strong, Low weak, f.k.a. a former name. */
export function aliasKind(quality: string | undefined): NameKind {
  const q = (quality ?? '').trim().toLowerCase();
  if (q === 'low') return 'weak_alias';
  if (q === 'f.k.a.' || q === 'fka') return 'former';
  return 'strong_alias';
}

const SPLIT = /;|\s[a-h]\)\s/;
const BRACKETS = /\(([^()]*)\)/g;
const LABEL = /^(original script|in arabic|arabic)\s*:\s*/i;
const TRAIL = /,\s*born\b.*$/i;

/**
 * One alias field -> the names it holds. Bracketed text is kept as names of its own only when it is
 * in another script than the rest ("Jin Tiesan (金铁三)", "حسن غول (Hassan Ghul; Hassan Gul)");
 * other bracketed notes ("(birth name)", "(false identity ...)") are dropped from the name.
 */
export function splitAlias(text: string | undefined): string[] {
  const t = clean(text);
  if (!t) return [];
  const extra: string[] = [];
  const outer = t.replace(BRACKETS, ' ').replace(/\s+/g, ' ').trim();
  const outerScript = detectScript(outer);
  for (const m of t.matchAll(BRACKETS)) {
    const inner = m[1].replace(LABEL, '').trim();
    if (inner && detectScript(inner) !== outerScript) extra.push(...inner.split(SPLIT));
  }
  const main = outer.replace(TRAIL, '');
  const out: string[] = [];
  for (const piece of [...main.split(SPLIT), ...extra]) {
    const name = clean(piece.replace(/^\s*[a-h]\)\s+/, '').replace(/^[\s).,;:-]+|[\s(,;:-]+$/g, ''));
    if (name && /\p{L}/u.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

const ACRONYM = /^(.*\S)\s*\(([A-Z0-9&.\- ]{2,12})\)$/;

/** "UGANDA COMMERCIAL IMPEX (UCI) LTD" stays whole; "HAQQANI NETWORK (HQN)" -> name and acronym. */
export function splitAcronym(name: string): { name: string; acronym: string } | undefined {
  const m = ACRONYM.exec(name);
  return m ? { name: m[1], acronym: m[2].trim() } : undefined;
}
