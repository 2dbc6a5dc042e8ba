/**
 * An HS code written on the invoice or declaration ("HS 8482.10", "ТН ВЭД 8542319000", "海关编码
 * 8542310000"). It is the shipper's claim, not proof, so it is evidence like any other and can be
 * outvoted by the description.
 */
const LABEL = String.raw`(?:hs|h\.s\.|hts|htsus|hs\s?code|tariff(?:\s?code)?|taric|cn\s?code|commodity\s?code|тн\s?вэд(?:\s?еаэс)?|код\s?тн\s?вэд|海关编码|税号|hs编码|zolltarifnummer|code\s?sh|codigo\s?arancelario)`;
const CODE = String.raw`(\d{4})[.\s]?(\d{2})(?:[.\s]?\d{2}){0,2}`;
const DECLARED = new RegExp(`${LABEL}\\s*(?:no\\.?|nr\\.?|№)?\\s*[:#-]?\\s*${CODE}(?!\\d)`, 'iu');

export interface DeclaredCode {
  hs6: string;
  matched: string;
  index: number;
}

/** The first HS code declared in the text, cut to 6 digits. */
export function findDeclaredCode(text: string): DeclaredCode | undefined {
  const m = DECLARED.exec(text.normalize('NFKC'));
  return m ? { hs6: m[1] + m[2], matched: m[0].trim(), index: m.index } : undefined;
}

/** Weight of a declared code. */
export const DECLARED_CODE_WEIGHT = 5;
