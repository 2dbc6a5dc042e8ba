/** One readable sentence per candidate: what matched, which subheading and heading, which CHPL tier. */
import type { Candidate, Evidence } from './types.js';

function describe(e: Evidence): string {
  if (e.kind === 'declared-code') return `declared code '${e.matched}' (to verify)`;
  if (e.kind === 'part-number') return `part number ${e.matched} (${e.rule}: ${e.detail})`;
  if (e.kind === 'keyword') return `words '${e.matched}' (${e.rule})`;
  if (e.kind === 'parts-of') return `a part ('${e.matched}') ${e.detail}`;
  return `HS text words '${e.matched}'`;
}

export function explain(c: Candidate): string {
  const why = c.evidence.slice(0, 3).map(describe).join('; ');
  const chpl = c.chpl ? `; CHPL Tier ${c.chpl.tier}` : '; not on the CHPL';
  return `${why} -> ${c.code} '${c.description}' under heading ${c.heading.code} '${c.heading.description}'${chpl}`;
}
