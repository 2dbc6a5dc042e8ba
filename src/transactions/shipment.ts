/**
 * A shipment as an exporter or forwarder screens it: its parties (seller, buyer, consignee, end user,
 * notify party, forwarder), its route (origin, ports, transit countries, destination) and its goods
 * lines, each with a description and, where declared, an HS code. Pure types and their subjects.
 */
import type { Party } from './model.js';
import type { Subject } from './subjects.js';

export interface ShipmentPort {
  name: string;
  country: string;
}

export interface GoodsLine {
  description: string;
  /** The HS code declared on the document, if any (checked, not trusted: the classifier sees it too). */
  hsCode?: string;
  quantity?: string;
  value?: string;
}

export interface Shipment {
  id: string;
  parties: {
    seller?: Party;
    buyer?: Party;
    consignee?: Party;
    endUser?: Party;
    notifyParty?: Party;
    forwarder?: Party;
  };
  route: {
    origin?: string;
    ports: ShipmentPort[];
    transit: string[];
    destination: string;
  };
  goods: GoodsLine[];
}

const ROLES: [keyof Shipment['parties'], string][] = [
  ['seller', 'seller'], ['buyer', 'buyer'], ['consignee', 'consignee'], ['endUser', 'end user'], ['notifyParty', 'notify party'], ['forwarder', 'forwarder'],
];

/** The shipment's parties as subjects to screen, then its route as places (destination, transit, ports). */
export function shipmentSubjects(s: Shipment): Subject[] {
  const parties: Subject[] = [];
  for (const [key, role] of ROLES) {
    const p = s.parties[key];
    if (!p?.name) continue;
    const countries = [...new Set([p.country, p.address?.country].filter((c): c is string => !!c))];
    parties.push({ role, kind: 'party', name: p.name, countries, address: [...(p.address?.lines ?? []), p.address?.town].filter(Boolean).join(', '), identifiers: p.identifiers.map((i) => i.value) });
  }
  const places: Subject[] = [
    { role: 'destination', kind: 'place', countries: [s.route.destination], address: '', identifiers: [] },
    ...s.route.transit.map((c, i): Subject => ({ role: `transit country ${i + 1}`, kind: 'place', countries: [c], address: '', identifiers: [] })),
    ...s.route.ports.map((p): Subject => ({ role: `port ${p.name}`, kind: 'place', countries: [p.country], address: p.name, identifiers: [] })),
  ];
  return [...parties, ...places];
}
