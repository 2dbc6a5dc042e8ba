/**
 * The CSL `remarks` column: OFAC's "(Linked To: A; B)" relations, which may nest brackets
 * ("(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE)"), and the free text around them.
 */
import type { Link } from '../../model/entity.js';
import { clean } from '../common/build.js';

export interface Remarks {
  links: Link[];
  remarks: string[];
  secondarySanctions: boolean;
}

const LINKED = /\(?\s*Linked To:\s*/gi;

/** The index of the bracket closing the "(Linked To:" that ends at `from`, or the end of the text. */
function closing(text: string, from: number, open: boolean): number {
  let depth = open ? 1 : 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth <= 0) return i;
  }
  return text.length;
}

export function splitRemarks(text: string | undefined): Remarks {
  const out: Remarks = { links: [], remarks: [], secondarySanctions: false };
  const all = clean(text);
  if (!all) return out;
  let rest = '';
  let last = 0;
  for (const m of all.matchAll(LINKED)) {
    if (m.index < last) continue;
    const open = m[0].trimStart().startsWith('(');
    const start = m.index + m[0].length;
    const end = closing(all, start, open);
    for (const target of all.slice(start, end).split(/\s*;\s*/)) {
      const name = clean(target);
      if (name && !out.links.some((l) => l.targetName === name)) out.links.push({ type: 'linked_to', targetName: name });
    }
    rest += `${all.slice(last, m.index)} `;
    last = Math.min(all.length, end + 1);
  }
  rest += all.slice(last);
  for (const part of rest.split(/\s*;\s*/)) {
    const r = clean(part.replace(/^[\s.,;]+|[\s,;]+$/g, ''));
    if (r) out.remarks.push(r);
  }
  out.secondarySanctions = /secondary sanctions/i.test(all);
  return out;
}
