/**
 * Parse the content of single MT fields (32A, 33B, 50a, 52a-57a, 59a ...) into model parts.
 * Each function throws `malformed` naming the tag at fault.
 */
import { malformed } from '../../errors.js';
import type { Amount, Bank, Party, PostalAddress } from '../model.js';
import { amountProblem, bicCountry, currencyProblem, isBic, isValidIban } from '../codes.js';
import type { MtField } from './mt-blocks.js';

export interface FieldContext {
  file: string;
}

const fail = (ctx: FieldContext, f: MtField, message: string) => malformed(message, { file: ctx.file, line: f.line, field: f.tag });

/** SWIFT 'x' character set, used by reference fields such as 20 and 21. */
export function checkReference(ctx: FieldContext, f: MtField): string {
  const v = f.value.trim();
  if (!/^[A-Za-z0-9/\-?:().,'+ ]{1,16}$/.test(v)) throw fail(ctx, f, `reference '${v}' must be 1-16 SWIFT 'x' characters`);
  if (v.startsWith('/') || v.endsWith('/') || v.includes('//')) throw fail(ctx, f, `reference '${v}' must not start or end with '/' or contain '//'`);
  return v;
}

function amountOf(ctx: FieldContext, f: MtField, currency: string, raw: string): Amount {
  const problem = currencyProblem(currency);
  if (problem) throw fail(ctx, f, problem);
  if (!/^\d[\d,]*$/.test(raw) || (raw.match(/,/g)?.length ?? 0) > 1) throw fail(ctx, f, `amount '${raw}' is not a SWIFT decimal (digits with one ',')`);
  const value = raw.replace(',', '.').replace(/\.$/, '');
  const bad = amountProblem(value, currency);
  if (bad) throw fail(ctx, f, bad);
  return { value, currency };
}

/** 32A: YYMMDD, currency, amount ("190425USD3700,"). */
export function valueDateAmount(ctx: FieldContext, f: MtField): { valueDate: string; amount: Amount } {
  const m = /^(\d{2})(\d{2})(\d{2})([A-Z]{3})([\d,]+)$/.exec(f.value.trim());
  if (!m) throw fail(ctx, f, `'${f.value}' is not date (YYMMDD), currency and amount`);
  const [, yy, mm, dd, ccy, amt] = m;
  const year = 2000 + Number(yy);
  const d = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (d.getUTCMonth() !== Number(mm) - 1 || d.getUTCDate() !== Number(dd)) throw fail(ctx, f, `value date '${yy}${mm}${dd}' is not a calendar date`);
  return { valueDate: `${year}-${mm}-${dd}`, amount: amountOf(ctx, f, ccy, amt) };
}

/** 33B / 71F / 71G: currency and amount. */
export function currencyAmount(ctx: FieldContext, f: MtField): Amount {
  const m = /^([A-Z]{3})([\d,]+)$/.exec(f.value.trim());
  if (!m) throw fail(ctx, f, `'${f.value}' is not currency and amount`);
  return amountOf(ctx, f, m[1], m[2]);
}

function lines(f: MtField): string[] {
  return f.value.split('\n').map((l) => l.trimEnd());
}

/** A leading "/account" line (party options A, K, 59, agent options A/D): returns it and the rest. */
function splitAccount(ls: string[]): { account?: string; rest: string[] } {
  if (ls[0]?.startsWith('/')) return { account: ls[0].replace(/^\/[DC]\//, '/').slice(1), rest: ls.slice(1) };
  return { rest: ls };
}

function accountFields(account: string | undefined): Pick<Party, 'account' | 'iban'> {
  if (!account || account === 'NOTPROVIDED') return {};
  const compact = account.replace(/\s+/g, '');
  return isValidIban(compact) ? { account: compact, iban: compact } : { account };
}

function bicOf(ctx: FieldContext, f: MtField, raw: string | undefined): string {
  const bic = raw?.trim() ?? '';
  if (!isBic(bic)) throw fail(ctx, f, `'${bic}' is not a valid BIC`);
  return bic;
}

/** 50F / 59F numbered lines: 1/name, 2/address, 3/CC/town, 6-8 identifiers. */
function structuredParty(rest: string[]): Party {
  const names: string[] = [];
  const addr: string[] = [];
  const identifiers: Party['identifiers'] = [];
  let country: string | undefined;
  for (const l of rest) {
    const m = /^(\d)\/(.*)$/.exec(l);
    if (!m) { if (names.length) names.push(l); continue; }
    const [, n, v] = m;
    if (n === '1') names.push(v);
    else if (n === '2') addr.push(v);
    else if (n === '3') { country = v.slice(0, 2); addr.push(v.slice(3) || v); }
    else identifiers.push({ scheme: n === '4' ? 'BIRTH_DATE' : n === '5' ? 'BIRTH_PLACE' : n === '6' ? 'CUSTOMER' : n === '7' ? 'NATIONAL' : 'OTHER', value: v });
  }
  const address: PostalAddress | undefined = addr.length ? { lines: addr, country } : undefined;
  return { name: names.join(' ') || undefined, address, country, identifiers };
}

/** 50A/F/K, 59/59A/59F: a customer party. */
export function party(ctx: FieldContext, f: MtField): Party {
  const ls = lines(f);
  const option = f.tag.slice(2);
  if (option === 'A') {
    const { account, rest } = splitAccount(ls);
    const bic = bicOf(ctx, f, rest[0]);
    return { ...accountFields(account), country: bicCountry(bic), identifiers: [{ scheme: 'BIC', value: bic }] };
  }
  if (option === 'F') {
    const first = /^\d\//.test(ls[0] ?? '') ? '' : (ls[0] ?? '');
    const p = structuredParty(first ? ls.slice(1) : ls);
    if (first.startsWith('/')) Object.assign(p, accountFields(first.slice(1)));
    else if (first) p.identifiers.unshift({ scheme: first.split('/')[0], value: first.split('/').slice(2).join('/') || first, issuer: first.split('/')[1] });
    if (!p.name) throw fail(ctx, f, "option F needs a name line '1/...'");
    return p;
  }
  if (option === 'K' || option === '') {
    const { account, rest } = splitAccount(ls);
    if (!rest.length || !rest[0].trim()) throw fail(ctx, f, 'the party has no name');
    return { ...accountFields(account), name: rest[0].trim(), address: rest.length > 1 ? { lines: rest.slice(1) } : undefined, identifiers: [] };
  }
  throw fail(ctx, f, `option ${option} is not supported for a party`);
}

/** 52a-58a: a bank in option A (BIC), B (location), C (account) or D (name and address). */
export function bank(ctx: FieldContext, f: MtField): Bank {
  const ls = lines(f);
  const option = f.tag.slice(2);
  const { account, rest } = splitAccount(ls);
  const clearing = account?.startsWith('/') ? { scheme: 'CLEARING', value: account.slice(1) } : undefined;
  const acct = clearing ? undefined : account;
  if (option === 'A') {
    const bic = bicOf(ctx, f, rest[0]);
    return { bic, country: bicCountry(bic), account: acct, clearing, identifiers: [] };
  }
  if (option === 'D') {
    if (!rest[0]?.trim()) throw fail(ctx, f, 'option D needs a name');
    return { name: rest[0].trim(), address: rest.length > 1 ? { lines: rest.slice(1) } : undefined, account: acct, clearing, identifiers: [] };
  }
  if (option === 'B' || option === 'C') return { account: acct, clearing, address: rest.length ? { lines: rest } : undefined, identifiers: [] };
  throw fail(ctx, f, `option ${option} is not supported for a bank`);
}
