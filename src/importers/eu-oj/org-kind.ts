/** The finer kind of a listed organisation, from its name, legal form and sector. Pure. */
import type { Entity, Schema } from '../../model/entity.js';

/** `Bank`, `Sberbank`, `banking`, `banque`, `banco`, `Совкомбанк`, ... ending a word, but not the West Bank. */
const BANK = /(?<!west\s)(?:bank(?:ing|a|as)?|banque|banco|banca|банк[а-я]{0,2})(?!\p{L})/iu;
const GOVERNMENT = /\b(?:government(?:al)?|ministry|state (?:agency|committee|authority)|public authority|armed forces|military unit)\b/i;
const COMPANY = /\b(?:company|enterprise|corporation|LLC|JSC|OJSC|PJSC|CJSC|Ltd|Limited|GmbH|partnership|plant|factory)\b/i;

/**
 * `bank` when the name, legal form or sector says bank; `government` for state bodies; `company` for
 * FtM `Company` rows and business legal forms; `other` for restricted assets (ports, zones, currencies).
 */
export function orgKindOf(schema: Schema, ftmSchema: string, texts: (string | undefined)[]): Entity['orgKind'] {
  if (schema !== 'Organization') return undefined;
  const text = texts.filter(Boolean).join(' | ');
  if (BANK.test(text)) return 'bank';
  if (ftmSchema === 'Asset') return 'other';
  if (GOVERNMENT.test(text)) return 'government';
  if (ftmSchema === 'Company' || COMPANY.test(text)) return 'company';
  return undefined;
}
