/**
 * The FollowTheMoney schemata a yente client names, with their labels (for reconciliation types), their
 * parents (for `exclude_schema` and property lookup) and the Chokepoint kinds of subject each can match.
 */
import type { Entity, Schema } from '../../model/entity.js';

export interface FtmSchema {
  name: string;
  label: string;
  plural: string;
  description: string;
  parents: readonly string[];
  /** yente lists it among the types a query may have (reconciliation defaultTypes). */
  matchable: boolean;
  /** The Chokepoint schemas an entity of this type, or compatible with it, can have. */
  ours: readonly Schema[];
}

const ALL: readonly Schema[] = ['Person', 'Organization', 'Vessel', 'Aircraft'];

const LIST: readonly FtmSchema[] = [
  { name: 'Thing', label: 'Thing', plural: 'Things', description: 'Any entity', parents: [], matchable: false, ours: ALL },
  {
    name: 'LegalEntity', label: 'Legal entity', plural: 'Legal entities', parents: ['Thing'], matchable: true, ours: ['Person', 'Organization'],
    description: 'Any party to legal proceedings, such as asset ownership, corporate governance or social interactions. Often used when raw data does not specify if something is a person or company.',
  },
  {
    name: 'Person', label: 'Person', plural: 'People', parents: ['LegalEntity'], matchable: true, ours: ['Person'],
    description: 'A natural person, as opposed to a corporation of some type.',
  },
  {
    name: 'Organization', label: 'Organization', plural: 'Organizations', parents: ['LegalEntity'], matchable: true, ours: ['Organization'],
    description: 'Any type of incorporated entity that cannot be owned by another (see Company). This might include charities, foundations or state-owned enterprises, depending on their jurisdiction.',
  },
  {
    name: 'Company', label: 'Company', plural: 'Companies', parents: ['Organization', 'Asset'], matchable: true, ours: ['Organization'],
    description: 'A corporation, usually for profit. Does not distinguish between private and public companies, and can also be used to model more specific constructs like trusts and funds.',
  },
  {
    name: 'PublicBody', label: 'Public body', plural: 'Public bodies', parents: ['Organization'], matchable: true, ours: ['Organization'],
    description: 'A public body, such as a ministry, department or state company.',
  },
  { name: 'Asset', label: 'Asset', plural: 'Assets', description: 'A piece of property which can be owned.', parents: ['Thing'], matchable: false, ours: ['Organization', 'Vessel', 'Aircraft'] },
  { name: 'Vehicle', label: 'Vehicle', plural: 'Vehicles', description: 'A vehicle.', parents: ['Asset'], matchable: false, ours: ['Vessel', 'Aircraft'] },
  {
    name: 'Vessel', label: 'Vessel', plural: 'Vessels', parents: ['Vehicle'], matchable: true, ours: ['Vessel'],
    description: 'A boat or ship. Typically flying some sort of national flag.',
  },
  { name: 'Airplane', label: 'Airplane', plural: 'Airplanes', description: 'An airplane, helicopter or other flying vehicle.', parents: ['Vehicle'], matchable: true, ours: ['Aircraft'] },
  // Matchable in yente, but no list Chokepoint imports holds them: a query of these types finds nothing.
  { name: 'Security', label: 'Security', plural: 'Securities', description: 'A tradeable financial asset.', parents: ['Asset'], matchable: true, ours: [] },
  { name: 'CryptoWallet', label: 'Cryptocurrency wallet', plural: 'Cryptocurrency wallets', description: 'A cryptocurrency wallet.', parents: ['Thing'], matchable: true, ours: [] },
];

const BY_NAME = new Map(LIST.map((s) => [s.name, s]));

export function ftmSchema(name: string): FtmSchema | undefined {
  return BY_NAME.get(name);
}

/** Whether `name` is `parent` or descends from it. */
export function isA(name: string, parent: string): boolean {
  if (name === parent) return true;
  return (BY_NAME.get(name)?.parents ?? []).some((p) => isA(p, parent));
}

/** The types a reconciliation client is offered: those Chokepoint's lists can hold. */
export function matchableSchemata(): FtmSchema[] {
  return LIST.filter((s) => s.matchable && s.ours.length > 0);
}

/** The one Chokepoint schema a query of this type screens as, when it names exactly one. */
export function screeningSchema(s: FtmSchema): Schema | undefined {
  return s.ours.length === 1 ? s.ours[0] : undefined;
}

/** The FtM type of a list entity: a company, bank or public body is told apart from other bodies. */
export function ftmSchemaOf(entity: Pick<Entity, 'schema' | 'orgKind' | 'extra'>): string {
  const declared = entity.extra?.schema;
  if (declared && BY_NAME.get(declared)?.ours.includes(entity.schema)) return declared;
  switch (entity.schema) {
    case 'Person':
      return 'Person';
    case 'Vessel':
      return 'Vessel';
    case 'Aircraft':
      return 'Airplane';
    default:
      if (entity.orgKind === 'company' || entity.orgKind === 'bank') return 'Company';
      return entity.orgKind === 'government' ? 'PublicBody' : 'Organization';
  }
}
