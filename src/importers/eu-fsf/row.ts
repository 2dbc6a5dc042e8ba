/** One FSF CSV row, whichever layout it came from: the entity plus the one sub-record the row holds. */

export interface FsfName {
  whole?: string;
  last?: string;
  first?: string;
  middle?: string;
  gender?: string;
  title?: string;
  function?: string;
  language?: string;
}

export interface FsfAddress {
  number?: string;
  street?: string;
  poBox?: string;
  zip?: string;
  city?: string;
  region?: string;
  place?: string;
  /** ISO-3 code or name (v1.0), description (v1.1). */
  country?: string;
  countryIso2?: string;
  other?: string;
}

export interface FsfBirth {
  date?: string;
  year?: string;
  yearFrom?: string;
  yearTo?: string;
  circa?: string;
  place?: string;
  city?: string;
  region?: string;
  country?: string;
  countryIso2?: string;
}

export interface FsfIdentification {
  /** As printed; v1.0 appends `(type-Description) (remark)` to the number. */
  number: string;
  typeCode?: string;
  typeDescription?: string;
  country?: string;
  countryIso2?: string;
  remark?: string;
}

export interface FsfRow {
  /** Line of the row in the file. */
  line: number;
  fileDate?: string;
  entityId: string;
  /** P / E (v1.0, v1.1 Entity_SubjectType) or person / enterprise (v1.1 classification code). */
  subjectType: string;
  regulation?: string;
  regulationDate?: string;
  regulationUrl?: string;
  programme?: string;
  remark?: string;
  euRef?: string;
  unId?: string;
  designationDate?: string;
  name?: FsfName;
  address?: FsfAddress;
  birth?: FsfBirth;
  identification?: FsfIdentification;
  citizenship?: { country?: string; countryIso2?: string };
  /** The non-empty cells of the row by column name, for audit. */
  raw: Record<string, string>;
}

/** Trimmed text or undefined for an empty cell. */
export function cell(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** Drop the keys whose value is undefined; undefined when nothing is left. */
export function compact<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}
