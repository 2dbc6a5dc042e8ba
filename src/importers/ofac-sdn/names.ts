/**
 * OFAC names: people are printed "SURNAME, Given Names" ("PUTIN, Vladimir Vladimirovich"); the full
 * name is kept as printed and split into family and given parts at the first comma. Pure.
 */
import type { Entity, NameKind, NameParts } from '../../model/entity.js';
import { addName, clean } from '../common/build.js';

/** Family and given parts of "SURNAME, Given Names"; undefined without a comma or with an empty side. */
export function splitPersonName(full: string): NameParts | undefined {
  const comma = full.indexOf(',');
  if (comma < 0) return undefined;
  const family = clean(full.slice(0, comma));
  const given = clean(full.slice(comma + 1));
  return family && given ? { family, given } : undefined;
}

/** Add a name, with parts when the entity is a person. */
export function addPersonName(entity: Entity, full: string, kind: NameKind): void {
  const parts = entity.schema === 'Person' ? splitPersonName(full) : undefined;
  addName(entity, full, kind, parts);
}

const BANK_WORD = /\b(?:\w*BANK|BANKING|BANCO|BANQUE|BANCA|BANKASI)\b/i;

/** Whether a name or an "Organization Type" clearly says bank ("BANK MELLI", "ONERBANK ZAO", "Central banking"). */
export function saysBank(text: string | undefined): boolean {
  return text !== undefined && BANK_WORD.test(text);
}
