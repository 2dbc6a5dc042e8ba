/**
 * Which FtM schemata become entities ("things" a list names) and which are folded into them.
 * Interval and helper schemata (Sanction, Ownership, Family, Passport, Address, ...) are not
 * subjects: they carry programmes, relations, identifiers and addresses of the things they point to.
 * Other thing schemata (Vehicle, BankAccount, Security, RealEstate, ...) have no place in the model
 * and are not imported.
 */
import type { Entity, Schema } from '../../model/entity.js';

export interface ThingSchema {
  schema: Schema;
  orgKind?: Entity['orgKind'];
}

export const THINGS: Record<string, ThingSchema> = {
  Person: { schema: 'Person' },
  Organization: { schema: 'Organization' },
  Company: { schema: 'Organization', orgKind: 'company' },
  LegalEntity: { schema: 'Organization' },
  PublicBody: { schema: 'Organization', orgKind: 'government' },
  Vessel: { schema: 'Vessel' },
  Airplane: { schema: 'Aircraft' },
};

/**
 * For each folded schema, the properties that point at the things it concerns. A record is filed
 * under every thing it points at; the fold step decides what each side gets.
 */
export const FOLDED: Record<string, readonly string[]> = {
  Sanction: ['entity'],
  Ownership: ['owner', 'asset'],
  Family: ['person', 'relative'],
  Associate: ['person', 'associate'],
  Directorship: ['director', 'organization'],
  UnknownLink: ['subject', 'object'],
  Employment: ['employee', 'employer'],
  Membership: ['member', 'organization'],
  Representation: ['agent', 'client'],
  Occupancy: ['holder'],
  Passport: ['holder'],
  Identification: ['holder'],
  CryptoWallet: ['holder'],
};

export const isThing = (schema: string): boolean => schema in THINGS;
