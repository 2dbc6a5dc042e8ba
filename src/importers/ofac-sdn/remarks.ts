/**
 * OFAC's Remarks column holds most of a record's facts as `;`-separated pieces ("DOB 07 Oct 1952;
 * POB Leningrad, Russia; nationality Russia; Tax ID No. 7707083893 (Russia); Linked To: X.").
 * One linear pass: each piece is matched once against a single precompiled regex of every known
 * label (longest first), then handled; whatever is not mapped stays in `remarks` verbatim. Pure.
 */
import type { Entity } from '../../model/entity.js';
import { FIELD_LABELS, type Handled, type RemarkContext } from './remark-fields.js';
import { ID_LABELS, applyIdentifier } from './remark-ids.js';

export type { RemarkContext } from './remark-fields.js';

const escape = (label: string): string => label.replace(/[.*+?^${}()|[\]\\/#-]/g, '\\$&');

const LABELS = [...Object.keys(FIELD_LABELS), ...Object.keys(ID_LABELS)].sort((a, b) => b.length - a.length);

/** `alt. ` prefix, then a label not followed by a letter, digit or apostrophe, an optional colon, the value. */
const PIECE = new RegExp(`^(?:alt\\.\\s+)?(${LABELS.map(escape).join('|')})(?![\\w'])\\s*:?\\s*(.*)$`, 'is');

const ID_BY_KEY = new Map(Object.entries(ID_LABELS).map(([label, rule]) => [label.toLowerCase(), rule]));
const FIELD_BY_KEY = new Map(Object.entries(FIELD_LABELS).map(([label, handler]) => [label.toLowerCase(), handler]));

const SEPARATOR = /\s*;\s*/;
const SPACES = /\s+/g;
const FINAL_DOT = /\.$/;

/** Split Remarks into trimmed, non-empty pieces. */
export function splitRemarks(remarks: string | null | undefined): string[] {
  if (!remarks) return [];
  return remarks.split(SEPARATOR).map((p) => p.replace(SPACES, ' ').trim()).filter((p) => p !== '' && p !== '.');
}

/** Apply one remark piece to the entity; returns whether the piece was mapped, and whether to keep its text. */
export function applyRemark(entity: Entity, piece: string, ctx: RemarkContext): Handled {
  const m = PIECE.exec(piece);
  if (!m) return false;
  const key = m[1].toLowerCase();
  const value = m[2];
  const handler = FIELD_BY_KEY.get(key);
  if (handler) return handler(entity, value, ctx);
  const rule = ID_BY_KEY.get(key);
  return rule ? applyIdentifier(entity, rule, value) : false;
}

/** Map every piece of a Remarks text onto the entity; unmapped (and `keep`) pieces go to `remarks`. */
export function applyRemarks(entity: Entity, remarks: string | null | undefined, ctx: RemarkContext): void {
  for (const piece of splitRemarks(remarks)) {
    const handled = applyRemark(entity, piece, ctx);
    // A position already in the Title column ("President of the Russian Federation.") is not repeated.
    if (handled === true || entity.titles.includes(piece.replace(FINAL_DOT, ''))) continue;
    if (!entity.remarks.includes(piece)) entity.remarks.push(piece);
  }
}
