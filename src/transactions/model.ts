/**
 * The one payment model that every message format (SWIFT MT, ISO 20022 pacs.008, CSV) maps into.
 * Pure types: no I/O. Parsers live in `./parse/`; screening reads only this model.
 */
import type { ChokepointError } from '../errors.js';

export type PaymentFormat = 'MT103' | 'MT202COV' | 'pacs.008' | 'csv';

/** An amount kept as its decimal string (e.g. "1000.00"), so no precision is lost. */
export interface Amount {
  value: string;
  /** ISO 4217 code. */
  currency: string;
}

export interface PostalAddress {
  /** Free address lines, in order (MT lines, pacs.008 AdrLine, or structured parts joined). */
  lines: string[];
  street?: string;
  buildingNumber?: string;
  postCode?: string;
  town?: string;
  countrySubDivision?: string;
  /** ISO 3166 alpha-2. */
  country?: string;
}

/** An identifier carried by a party or bank: BIC, LEI, an organisation or private id, a clearing code. */
export interface PartyIdentifier {
  /** 'BIC' | 'LEI' | 'ORG' | 'PRIVATE' | 'CLEARING' | 'OTHER' ... */
  scheme: string;
  value: string;
  /** Issuer or scheme name when the message gives one (e.g. 'USABA', 'TXID'). */
  issuer?: string;
}

/** A customer party: ordering customer / debtor, beneficiary / creditor, ultimate parties. */
export interface Party {
  name?: string;
  address?: PostalAddress;
  /** Country of the party's address or residence (ISO alpha-2). */
  country?: string;
  account?: string;
  /** Set only when the account is an IBAN whose check digits hold. */
  iban?: string;
  identifiers: PartyIdentifier[];
}

/** A financial institution in the chain. Its country comes from the BIC (chars 5-6) when it has one. */
export interface Bank {
  bic?: string;
  name?: string;
  address?: PostalAddress;
  country?: string;
  account?: string;
  /** Clearing-system member id, e.g. a US ABA routing number. */
  clearing?: PartyIdentifier;
  identifiers: PartyIdentifier[];
}

export interface Remittance {
  unstructured: string[];
  /** Structured references (creditor reference, invoice numbers ...). */
  references: string[];
}

export interface Charges {
  /** 'SHA' | 'OUR' | 'BEN' (MT 71A) or 'SHAR' | 'DEBT' | 'CRED' | 'SLEV' (pacs.008 ChrgBr). */
  bearer?: string;
  amounts: Amount[];
}

export interface PaymentParties {
  orderingCustomer?: Party;
  beneficiary?: Party;
  ultimateDebtor?: Party;
  ultimateCreditor?: Party;
}

export interface PaymentBanks {
  orderingInstitution?: Bank;
  intermediaries: Bank[];
  beneficiaryInstitution?: Bank;
  instructingAgent?: Bank;
  instructedAgent?: Bank;
  /** Sender's and receiver's correspondents (MT 53a / 54a, pacs.008 InstgRmbrsmntAgt / InstdRmbrsmntAgt). */
  sendersCorrespondent?: Bank;
  receiversCorrespondent?: Bank;
  /** Message sender / receiver (MT basic/application header, pacs.008 AppHdr Fr / To). */
  sender?: Bank;
  receiver?: Bank;
}

/** Where a payment came from, for evidence. */
export interface PaymentSource {
  file: string;
  /** 0-based index of the message (or transaction) within the file. */
  index: number;
  /** 1-based line where it starts, when known. */
  line?: number;
}

export interface Payment {
  /** MT field 20, pacs.008 MsgId (plus the transaction's ids below), CSV `message_id`. */
  messageId: string;
  format: PaymentFormat;
  /** For pacs.008, the Document namespace version (e.g. 'pacs.008.001.08'); for MT, e.g. 'MT103'. */
  version?: string;
  /** pacs.008 only: the MsgDefIdr the business application header claims, kept as evidence when it disagrees. */
  headerVersion?: string;
  endToEndId?: string;
  transactionId?: string;
  uetr?: string;
  amount: Amount;
  /** Instructed amount (MT 33B, pacs.008 InstdAmt) when it differs from the settlement amount. */
  instructedAmount?: Amount;
  /** ISO date YYYY-MM-DD. */
  valueDate?: string;
  parties: PaymentParties;
  banks: PaymentBanks;
  remittance: Remittance;
  purposeCodes: string[];
  charges: Charges;
  /** MT 72 / 23E, pacs.008 InstrForCdtrAgt / InstrForNxtAgt lines. */
  instructions: string[];
  /** MT 77B / pacs.008 RgltryRptg lines. */
  regulatoryReporting: string[];
  source: PaymentSource;
}

/** Outcome of parsing one message in a batch: either a payment, or the error for that message. */
export type PaymentResult = { ok: true; payment: Payment } | { ok: false; error: ChokepointError };
