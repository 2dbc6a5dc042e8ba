/** Payments: the one model and the readers that fill it (SWIFT MT, ISO 20022 pacs.008, CSV, BIC directory). */
export type {
  Amount, Bank, Charges, Party, PartyIdentifier, Payment, PaymentBanks, PaymentFormat, PaymentParties,
  PaymentResult, PaymentSource, PostalAddress, Remittance,
} from './model.js';
export { bicCountry, isBic, isValidIban } from './codes.js';
export {
  parsePaymentFile, detectPaymentFile, parseMtFile, parseMtText, parsePacs008File, versionFromNamespace,
  parsePaymentCsv, CSV_COLUMNS, loadBicDirectory, bicDirectory, type BicDirectory, type BicEntry, type PaymentFileKind,
} from './parse/index.js';
