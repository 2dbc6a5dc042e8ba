/**
 * Identity documents the OFSI ConList prints as prose ("Passport No: 592667 (Qatari passport issued
 * on 3 May 2007).", "(1) 428720 (2) 215215", "Italian Fiscal Code HDDFTH63H28Z352V") -> one
 * identifier per number, its issuing country where the text names one, the rest of the text as note.
 */
import type { Identifier, IdentifierType } from '../../model/entity.js';
import { clean, makeIdentifier } from '../common/build.js';
import { leadingCountry, splitEnumeration } from './text.js';

/** Letters and digits with at least one digit, optionally after a 1-2 letter series ("D 000974"). */
const NUMBER = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}[ -](?=[A-Z]?\d))?[A-Z0-9]*\d(?:[A-Z0-9\-/.]|\s(?=\d))*/gu;
/** Words after which a number is a date or a place, not the document number. */
const DATE_BEFORE = /\b(?:issued|on|expires?|expired|expiry|until|in|since|dated?|valid|born|of|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\.?\s*$/i;
const DATE_LIKE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;
/** A lead-in that only says what the number is ("Passport No:", "no.:"). */
const LABEL_ONLY = /^(?:(?:passports?|national|identification|identity|id|card|civil|no|nos|nr|number|numbers)\b[\s.:#]*)*$/i;
const TRAILING_LABEL = /(?:\b(?:no|nos|nr|number|numbers)\b[\s.:#]*)+$/i;
/** A new sentence naming another document: "... Saleh. Yemeni passport number 02117777 ...". */
const NEXT_DOCUMENT = /\.\s+(?=[A-Z][^.]*?\b(?:passport|number|no\.)\s*:?\s*[A-Z]{0,2}\d)/i;
/** An Italian fiscal code, which OFSI sometimes prints in spaced groups ("JMM MDI 68A25 Z352D"). */
const FISCAL_CODE = /\b[A-Z]{3} ?[A-Z]{3} ?\d{2}[A-Z]\d{2} ?[A-Z]\d{3}[A-Z]\b/;
const TAX = /\b(?:tax|fiscal|INN|TIN|taxpayer)\b/i;
const NATIONAL = /\b(?:national identi\w*|identity card|ID card|civil ID|tazkira)\b/i;

interface Found {
  value: string;
  before: string;
  after: string;
}

function firstNumber(text: string): Found | undefined {
  const fiscal = FISCAL_CODE.exec(text);
  if (fiscal) return { value: fiscal[0], before: text.slice(0, fiscal.index), after: text.slice(fiscal.index + fiscal[0].length) };
  for (const m of text.matchAll(NUMBER)) {
    const value = m[0].replace(/[.\-/]+$/, '');
    const before = text.slice(0, m.index);
    if (DATE_LIKE.test(value) || DATE_BEFORE.test(before)) continue;
    if (value.replace(/[^A-Za-z0-9]/g, '').length < 4) continue;
    return { value, before, after: text.slice(m.index + m[0].length) };
  }
  return undefined;
}

function unwrap(text: string): string {
  const t = text.trim().replace(/^[\s.,;:)]+|[\s.,;:(]+$/g, '');
  return /^\([^()]*\)$/.test(t) ? t.slice(1, -1) : t;
}

function firstParenthetical(text: string): string | undefined {
  return /\(([^()]+)\)/.exec(text)?.[1];
}

/**
 * The identifiers of a document field. `type` is the column's kind (passport for Passport Details,
 * national_id for NI Number); an item that says it is a tax or national identity number is typed so.
 * `details` is the separate details column of the 2022 layout, used as note and country source.
 */
export function documentIdentifiers(text: string | undefined, type: IdentifierType, details?: string): Identifier[] {
  const t = clean(text);
  if (!t) return [];
  const split = splitEnumeration(t);
  // "00344994 (Yemeni) ... (b) 973406": text before the first marker is an item when it has a number.
  const headIsItem = split.head !== '' && firstNumber(split.head) !== undefined;
  const head = headIsItem ? '' : split.head;
  const items = (headIsItem ? [split.head, ...split.items] : split.items).flatMap((i) => i.split(NEXT_DOCUMENT));
  const detailNote = clean(details);
  const out: Identifier[] = [];
  for (const item of items.length ? items : [head]) {
    const found = firstNumber(item);
    if (!found) continue;
    const before = found.before.replace(/[\s,;:]+$/, '').trim();
    const lead = LABEL_ONLY.test(before) ? '' : before.replace(TRAILING_LABEL, '').replace(/[\s,;:]+$/, '');
    const after = unwrap(found.after);
    const note = [head, lead, after].filter(Boolean).join('; ') || detailNote;
    const country =
      leadingCountry(lead)?.code ??
      leadingCountry(firstParenthetical(found.after))?.code ??
      leadingCountry(after)?.code ??
      leadingCountry(head)?.code ??
      leadingCountry(detailNote)?.code;
    const context = `${head} ${lead} ${after} ${detailNote ?? ''}`;
    const itemType: IdentifierType = TAX.test(context) ? 'tax' : NATIONAL.test(context) ? 'national_id' : type;
    const id = makeIdentifier(itemType, found.value, { country, note });
    if (id && !out.some((x) => x.type === id.type && x.normalized === id.normalized)) out.push(id);
  }
  return out;
}
