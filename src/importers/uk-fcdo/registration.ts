/**
 * The UK Sanctions List's "Business registration number(s)" field is free text holding one or many
 * labelled numbers, often run together: "INN: 3232005484OGRN: 1023200000010", "Russia OGRN -
 * 1027700024560 Russia INN - 7736046991 SWIFT/BIC – ABSLRUMM", "7706061801 (INN)", "1217800095248 -
 * OGRN". Each number becomes an identifier typed by its label (tax INN/KPP, registration OGRN,
 * swift_bic, lei, ...); a number without a label is a registration number of no known scheme.
 */
import type { Identifier, IdentifierType } from '../../model/entity.js';
import { clean, makeIdentifier, normalizeIdentifier } from '../common/build.js';
import { toCountryCode } from '../../common/countries.js';
import { countryOf, leadingCountry } from '../uk-ofsi/text.js';
import { LABEL_RE, matchedLabel, type LabelDef } from './registration-labels.js';

interface Labelled {
  start: number;
  end: number;
  def: LabelDef;
  country?: string;
  /** Bracketed or dashed after its number: "7706061801 (INN)", "1217800095248 - OGRN". */
  trailing: boolean;
}

const SWIFT_CODE = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

function findLabels(text: string): Labelled[] {
  const found: Labelled[] = [];
  for (const m of text.matchAll(LABEL_RE)) {
    const def = matchedLabel(m);
    if (!def) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, def, country: m[1] ? toCountryCode(m[1]) : undefined, trailing: false });
  }
  found.forEach((l, i) => {
    const before = text.slice(i === 0 ? 0 : found[i - 1].end, l.start);
    const after = text.slice(l.end, i + 1 < found.length ? found[i + 1].start : text.length);
    const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    const dashed = /[-–]\s*$/.test(before) && /^[\s.]*$/.test(after);
    l.trailing = /\d/.test(before) && (bracketed || dashed);
  });
  return found;
}

/** The numbers in one labelled stretch of text: "190950894 (Belarus),  7704734000/770301001 (Russia)". */
function values(text: string, def: LabelDef | undefined, country: string | undefined): Identifier[] {
  const out: Identifier[] = [];
  for (let item of text.split(/[;,·]/)) {
    let itemCountry = country;
    const notes: string[] = [];
    item = item.replace(/\(([^()]*)\)?/g, (_, inner: string) => {
      const code = countryOf(inner);
      if (code && !itemCountry) itemCountry = code;
      else if (!code && clean(inner)) notes.push(clean(inner) as string);
      return ' ';
    });
    item = item.replace(/\s+dated\s+(.*)$/i, (_, date: string) => (notes.push(`dated ${date.trim()}`), ''));
    let value = item.replace(/^[\s:;.\-–—)/'"]+|[\s:;.\-–—(/'"]+$/g, '');
    if (!def && !/^[A-Z]{2}\b/.test(value)) {
      const lead = leadingCountry(value);
      if (lead && /\d/.test(lead.rest)) {
        itemCountry ??= lead.code;
        value = lead.rest.replace(/^[\s:;.\-–—]+/, '');
      }
    }
    if (!/\d/.test(value) && def?.type !== 'swift_bic') continue;
    let type: IdentifierType = def?.type ?? 'registration';
    let scheme = def?.scheme;
    if (type === 'swift_bic' && !SWIFT_CODE.test(normalizeIdentifier(value))) {
      const first = value.split(/[\s/]+/)[0];
      if (!SWIFT_CODE.test(first)) type = 'other';
      else {
        out.push(...values(value.slice(first.length), undefined, itemCountry));
        value = first;
      }
    }
    const ogrnShaped = /^\d{13}(?:\d{2})?$/.test(normalizeIdentifier(value));
    if (def?.srn) scheme = ogrnShaped ? 'OGRN' : 'SRN';
    // A Russian taxpayer number is the INN, and a Russian 13/15-digit state registration number the OGRN.
    if (itemCountry === 'RU' && !scheme && type === 'tax') scheme = 'INN';
    if (itemCountry === 'RU' && !scheme && type === 'registration' && ogrnShaped) scheme = 'OGRN';
    const id = makeIdentifier(type, value, { scheme, country: itemCountry, note: notes.join('; ') || undefined });
    if (id) out.push(id);
  }
  return out;
}

/** Every identifier in a business registration field, in the order printed. */
export function parseRegistrations(raw: string): Identifier[] {
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').replace(/^\s*'|'\s*$/g, '');
  const labels = findLabels(text);
  if (!labels.length) return values(text, undefined, undefined);
  const out: Identifier[] = [];
  const first = labels[0];
  if (!first.trailing) out.push(...values(text.slice(0, first.start), undefined, undefined));
  labels.forEach((l, i) => {
    const next = labels[i + 1];
    const gapBefore = text.slice(i === 0 ? 0 : labels[i - 1].end, l.start);
    if (l.trailing) out.push(...values(gapBefore, l.def, l.country));
    const gapAfter = text.slice(l.end, next ? next.start : text.length);
    if (next?.trailing) return;
    if (!l.trailing) out.push(...values(gapAfter, l.def, l.country));
    else out.push(...values(gapAfter, undefined, undefined));
  });
  return out;
}
