/**
 * Pure checks on payment codes: BIC, IBAN, ISO 4217 currency and its minor units.
 * Currency data comes from the runtime's ICU (`Intl`), so no table is kept here.
 */

const BIC_RE = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** A BIC8 or BIC11: 4 letters bank, 2 letters country, 2 location, optional 3 branch. */
export function isBic(s: string): boolean {
  return BIC_RE.test(s);
}

/** A BIC's country is its characters 5-6. */
export function bicCountry(bic: string): string {
  return bic.slice(4, 6);
}

/** Precious-metal and other commodity codes in ISO 4217 that are not payment currencies. */
const COMMODITY = new Set(['XAU', 'XAG', 'XPT', 'XPD']);

let currencies: Set<string> | undefined;

/** Why a currency code is not usable for a payment, or undefined if it is fine. */
export function currencyProblem(code: string): string | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return `'${code}' is not a three-letter currency code`;
  if (COMMODITY.has(code)) return `'${code}' is a commodity (precious metal) code, not a payment currency`;
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  if (!currencies.has(code)) return `'${code}' is not an ISO 4217 currency`;
  return undefined;
}

const MINOR_UNITS = new Map<string, number>();

/** Number of decimals the currency allows (JPY 0, EUR 2, KWD 3); remembered per code (Intl is slow to ask). */
export function minorUnits(code: string): number {
  let n = MINOR_UNITS.get(code);
  if (n === undefined) {
    try {
      n = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      n = 2;
    }
    if (MINOR_UNITS.size < 1000) MINOR_UNITS.set(code, n);
  }
  return n;
}

/** Why an amount string is not valid for its currency, or undefined. `value` uses a '.' separator. */
export function amountProblem(value: string, currency: string): string | undefined {
  if (!/^\d+(\.\d*)?$/.test(value)) return `amount '${value}' is not a decimal number`;
  const decimals = (value.split('.')[1] ?? '').replace(/0+$/, '').length;
  const allowed = minorUnits(currency);
  if (decimals > allowed) return `amount '${value}' has ${decimals} decimals but ${currency} allows ${allowed}`;
  return undefined;
}

/** IBAN shape and ISO 7064 mod-97 check digits. */
export function isValidIban(s: string): boolean {
  const iban = s.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const n = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = n > 9 ? (rem * 100 + n) % 97 : (rem * 10 + n) % 97;
  }
  return rem === 1;
}

/** Looks like an IBAN (country letters + check digits), whether or not the checksum holds. */
export function looksLikeIban(s: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s.replace(/\s+/g, ''));
}
