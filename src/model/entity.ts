/**
 * The one entity model every list is mapped into. Pure types: imports nothing.
 *
 * Every value that came from a list keeps enough of its original form for an analyst to check it
 * against the publication (the raw record is kept whole in `raw`).
 */

/** The kinds of listed subject. Organization covers companies, banks, ministries and other bodies. */
export type Schema = 'Person' | 'Organization' | 'Vessel' | 'Aircraft';
export const SCHEMAS: readonly Schema[] = ['Person', 'Organization', 'Vessel', 'Aircraft'];

/** How a name relates to the subject, as the list states it. */
export type NameKind = 'primary' | 'strong_alias' | 'weak_alias' | 'former';

/** The writing system a name is written in, detected from its letters. */
export type Script = 'Latin' | 'Cyrillic' | 'Han' | 'Arabic' | 'Greek' | 'Hangul' | 'Kana' | 'Hebrew' | 'Other';

export interface NameParts {
  title?: string;
  given?: string;
  middle?: string;
  patronymic?: string;
  family?: string;
}

export interface Name {
  /** The full name as printed by the list (whitespace collapsed). */
  full: string;
  kind: NameKind;
  script: Script;
  /** Structured parts where the list gives them (UN FIRST_NAME..., UK Name 1..6, EU first/last). */
  parts?: NameParts;
  /** Language code when the list states it (EU, FtM). */
  lang?: string;
}

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as precise as the list gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  /** The list says "circa", "approximately" or gives a range around it. */
  circa?: boolean;
}

export type IdentifierType =
  | 'passport'
  | 'national_id'
  | 'tax'
  | 'registration'
  | 'lei'
  | 'swift_bic'
  | 'imo'
  | 'mmsi'
  | 'aircraft_serial'
  | 'other';

export const IDENTIFIER_TYPES: readonly IdentifierType[] = [
  'passport', 'national_id', 'tax', 'registration', 'lei', 'swift_bic', 'imo', 'mmsi', 'aircraft_serial', 'other',
];

export interface Identifier {
  type: IdentifierType;
  /** The value as printed. */
  value: string;
  /** Upper-case letters and digits only: the form identifiers are compared in. */
  normalized: string;
  /** Finer scheme where known: INN, OGRN, KPP, OKPO, UNIFIED SOCIAL CREDIT CODE, ... */
  scheme?: string;
  /** Issuing country, ISO 3166 alpha-2. */
  country?: string;
  note?: string;
}

export interface Address {
  full: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166 alpha-2 where the country could be resolved. */
  country?: string;
}

/** A sanctions programme or regime: the raw tag as published and a normalised key. */
export interface Program {
  raw: string;
  key: string;
}

export type LinkType = 'linked_to' | 'owned_by' | 'subsidiary_of' | 'associate_of' | 'family_of' | 'director_of';

/** A relation the list states between this subject and another, by name and, when known, by id. */
export interface Link {
  type: LinkType;
  targetName: string;
  /** Entity id of the target within the same source, when the list gives it. */
  targetId?: string;
}

/** Vessel and aircraft particulars. */
export interface CraftInfo {
  flag?: string;
  type?: string;
  callSign?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  owner?: string;
  model?: string;
  buildYear?: string;
}

export interface Entity {
  /** Stable id across versions: `<source>:<sourceId>`. */
  id: string;
  /** The list this entity comes from, e.g. `us-ofac-sdn`. */
  source: string;
  /** The id the publisher uses (OFAC ent_num, UN DATAID, UK unique id / group id, ...). */
  sourceId: string;
  schema: Schema;
  /** Finer kind where the list says so: bank, government body, company. */
  orgKind?: 'bank' | 'company' | 'government' | 'other';
  names: Name[];
  gender?: 'male' | 'female';
  birthDates: PartialDate[];
  birthPlaces: string[];
  /** ISO 3166 alpha-2. */
  nationalities: string[];
  /** ISO 3166 alpha-2: residence, jurisdiction, address and flag countries. */
  countries: string[];
  addresses: Address[];
  identifiers: Identifier[];
  programs: Program[];
  /** Sub-list within a source, e.g. the CSL's "Entity List (EL) - Bureau of Industry and Security". */
  lists: string[];
  titles: string[];
  listedOn?: string;
  remarks: string[];
  links: Link[];
  /** OFAC remarks carry a secondary-sanctions warning ("Secondary sanctions risk"). */
  secondarySanctions?: boolean;
  craft?: CraftInfo;
  /** Further publisher fields worth showing but with no place above (licence requirement, ...). */
  extra?: Record<string, string>;
  /** The source record exactly as parsed, kept for audit. */
  raw: unknown;
}

/** The primary name of an entity, falling back to the first name it has. */
export function caption(entity: Pick<Entity, 'names'>): string {
  const primary = entity.names.find((n) => n.kind === 'primary') ?? entity.names[0];
  return primary ? primary.full : '';
}
