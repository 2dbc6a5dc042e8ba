/**
 * What a payment asks to screen: every party (ordering customer, beneficiary, ultimate debtor and
 * creditor) and every bank (ordering, intermediaries, beneficiary's, instructing and instructed agents,
 * correspondents, sender and receiver), each with its role, name, BIC and countries. A bank's country
 * comes from its BIC, its name (when the message has none) from the BIC directory.
 */
import type { Bank, Party, Payment } from './model.js';
import { bicCountry as rawBicCountry, isBic } from './codes.js';

const bicCountry = (bic: string): string | undefined => (isBic(bic.trim().toUpperCase()) ? rawBicCountry(bic.trim().toUpperCase()) : undefined);

export interface Subject {
  /** e.g. "beneficiary", "intermediary 1", "beneficiary's bank". */
  role: string;
  /** A place is a country on a shipment's route (destination, transit, port): screened by rules, not by name. */
  kind: 'party' | 'bank' | 'place';
  name?: string;
  /** Where the name came from when the message did not give it. */
  nameFrom?: 'bic-directory';
  bic?: string;
  countries: string[];
  /** Address text, for region rules. */
  address: string;
  identifiers: string[];
}

export type BankLookup = (bic: string) => { name: string; country: string } | undefined;

function partySubject(role: string, p: Party | undefined): Subject | undefined {
  if (!p || (!p.name && !p.identifiers.length)) return undefined;
  const countries = [p.country, p.address?.country].filter((c): c is string => !!c);
  const bics = p.identifiers.filter((i) => /bic/i.test(i.scheme)).map((i) => i.value);
  const bicCountries = bics.map((b) => bicCountry(b)).filter((c): c is string => !!c);
  return {
    role, kind: 'party', name: p.name, bic: bics[0], countries: [...new Set([...countries, ...bicCountries])],
    address: addressText(p.address), identifiers: p.identifiers.map((i) => i.value),
  };
}

function bankSubject(role: string, b: Bank | undefined, lookup: BankLookup): Subject | undefined {
  if (!b || (!b.bic && !b.name)) return undefined;
  const dir = b.bic ? lookup(b.bic) : undefined;
  const fromBic = b.bic ? bicCountry(b.bic) : undefined;
  const countries = [fromBic, b.country, b.address?.country].filter((c): c is string => !!c);
  return {
    role, kind: 'bank', name: b.name ?? dir?.name, ...(b.name || !dir ? {} : { nameFrom: 'bic-directory' as const }), bic: b.bic,
    countries: [...new Set(countries)], address: addressText(b.address), identifiers: [b.bic, ...b.identifiers.map((i) => i.value)].filter((x): x is string => !!x),
  };
}

function addressText(a: Party['address']): string {
  if (!a) return '';
  return [...a.lines, a.street, a.town, a.countrySubDivision].filter(Boolean).join(', ');
}

export function subjectsOf(p: Payment, lookup: BankLookup): Subject[] {
  const { parties: pt, banks: bk } = p;
  return [
    partySubject('ordering customer', pt.orderingCustomer),
    partySubject('beneficiary', pt.beneficiary),
    partySubject('ultimate debtor', pt.ultimateDebtor),
    partySubject('ultimate creditor', pt.ultimateCreditor),
    bankSubject('ordering bank', bk.orderingInstitution, lookup),
    ...bk.intermediaries.map((b, i) => bankSubject(`intermediary bank ${i + 1}`, b, lookup)),
    bankSubject("beneficiary's bank", bk.beneficiaryInstitution, lookup),
    bankSubject('instructing agent', bk.instructingAgent, lookup),
    bankSubject('instructed agent', bk.instructedAgent, lookup),
    bankSubject("sender's correspondent", bk.sendersCorrespondent, lookup),
    bankSubject("receiver's correspondent", bk.receiversCorrespondent, lookup),
    bankSubject('sender', bk.sender, lookup),
    bankSubject('receiver', bk.receiver, lookup),
  ].filter((s): s is Subject => !!s);
}
