/**
 * The Chokepoint payments CSV layout (docs/payments-csv.md): one payment per row, a header row naming
 * the columns, multi-value cells separated by '|'. Bad rows become failed results; the file goes on.
 */
import { parse } from 'csv-parse';
import { malformed } from '../../errors.js';
import type { Bank, Party, Payment, PaymentResult } from '../model.js';
import { amountProblem, bicCountry, currencyProblem, isBic, isValidIban } from '../codes.js';
import { attempt, openStream } from './result.js';

export const CSV_COLUMNS = [
  'message_id', 'end_to_end_id', 'uetr', 'value_date', 'amount', 'currency',
  'ordering_name', 'ordering_address', 'ordering_country', 'ordering_account', 'ordering_bic', 'ordering_lei',
  'beneficiary_name', 'beneficiary_address', 'beneficiary_country', 'beneficiary_account', 'beneficiary_bic', 'beneficiary_lei',
  'ultimate_debtor_name', 'ultimate_debtor_country', 'ultimate_creditor_name', 'ultimate_creditor_country',
  'ordering_bank_bic', 'ordering_bank_name', 'intermediary_bank_bics', 'beneficiary_bank_bic', 'beneficiary_bank_name',
  'remittance', 'purpose_code', 'charges',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;
const REQUIRED: Column[] = ['message_id', 'amount', 'currency'];

const list = (v: string | undefined) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);

interface RowContext { file: string; line: number }

function bicCell(ctx: RowContext, row: Row, col: Column): string | undefined {
  const v = row[col]?.toUpperCase();
  if (v && !isBic(v)) throw malformed(`'${v}' is not a valid BIC`, { ...ctx, field: col });
  return v || undefined;
}

function partyOf(ctx: RowContext, row: Row, p: 'ordering' | 'beneficiary'): Party | undefined {
  const name = row[`${p}_name`];
  const bic = bicCell(ctx, row, `${p}_bic`);
  const account = row[`${p}_account`]?.replace(/\s+/g, '');
  if (!name && !bic && !account) return undefined;
  const lines = list(row[`${p}_address`]);
  const country = row[`${p}_country`]?.toUpperCase() || undefined;
  const identifiers = [...(bic ? [{ scheme: 'BIC', value: bic }] : []), ...(row[`${p}_lei`] ? [{ scheme: 'LEI', value: row[`${p}_lei`]! }] : [])];
  return { name, address: lines.length || country ? { lines, country } : undefined, country, account: account || undefined, iban: account && isValidIban(account) ? account : undefined, identifiers };
}

function bankOf(ctx: RowContext, row: Row, bicCol: Column, nameCol?: Column): Bank | undefined {
  const bic = bicCell(ctx, row, bicCol);
  const name = nameCol ? row[nameCol] : undefined;
  return bic || name ? { bic, name: name || undefined, country: bic ? bicCountry(bic) : undefined, identifiers: [] } : undefined;
}

/** Map one CSV row (already keyed by column) to a payment. */
export function rowToPayment(row: Row, ctx: RowContext, index: number): Payment {
  for (const c of REQUIRED) if (!row[c]) throw malformed(`'${c}' is empty`, { ...ctx, field: c });
  const currency = row.currency!.toUpperCase();
  const amount = row.amount!.replace(/,/g, '');
  const problem = currencyProblem(currency);
  if (problem) throw malformed(problem, { ...ctx, field: 'currency' });
  const bad = amountProblem(amount, currency);
  if (bad) throw malformed(bad, { ...ctx, field: 'amount' });
  if (row.value_date && (!/^\d{4}-\d{2}-\d{2}$/.test(row.value_date) || Number.isNaN(Date.parse(row.value_date)))) throw malformed(`'${row.value_date}' is not a date YYYY-MM-DD`, { ...ctx, field: 'value_date' });
  const beneficiary = partyOf(ctx, row, 'beneficiary');
  if (!beneficiary) throw malformed('the beneficiary needs a name, BIC or account', { ...ctx, field: 'beneficiary_name' });
  const named = (n?: string, c?: string): Party | undefined => (n ? { name: n, country: c?.toUpperCase() || undefined, identifiers: [] } : undefined);
  const intermediaries = list(row.intermediary_bank_bics).map((b) => {
    if (!isBic(b.toUpperCase())) throw malformed(`'${b}' is not a valid BIC`, { ...ctx, field: 'intermediary_bank_bics' });
    return { bic: b.toUpperCase(), country: bicCountry(b.toUpperCase()), identifiers: [] };
  });
  return {
    messageId: row.message_id!,
    format: 'csv',
    endToEndId: row.end_to_end_id || undefined,
    uetr: row.uetr || undefined,
    amount: { value: amount, currency },
    valueDate: row.value_date || undefined,
    parties: {
      orderingCustomer: partyOf(ctx, row, 'ordering'),
      beneficiary,
      ultimateDebtor: named(row.ultimate_debtor_name, row.ultimate_debtor_country),
      ultimateCreditor: named(row.ultimate_creditor_name, row.ultimate_creditor_country),
    },
    banks: {
      orderingInstitution: bankOf(ctx, row, 'ordering_bank_bic', 'ordering_bank_name'),
      intermediaries,
      beneficiaryInstitution: bankOf(ctx, row, 'beneficiary_bank_bic', 'beneficiary_bank_name'),
    },
    remittance: { unstructured: list(row.remittance), references: [] },
    purposeCodes: list(row.purpose_code),
    charges: { bearer: row.charges || undefined, amounts: [] },
    instructions: [],
    regulatoryReporting: [],
    source: { file: ctx.file, index, line: ctx.line },
  };
}

/** Stream a payments CSV; the header must name known columns and include the required ones. */
export async function* parsePaymentCsv(path: string, file: string): AsyncGenerator<PaymentResult> {
  let header: string[] | undefined;
  let index = 0;
  try {
    const parser = (await openStream(path)).pipe(parse({ bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }));
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((h) => h.toLowerCase());
        const unknown = header.find((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
        if (unknown) throw malformed(`unknown column '${unknown}' (see docs/payments-csv.md)`, { file, line: info.lines, field: unknown });
        const missing = REQUIRED.find((c) => !header!.includes(c));
        if (missing) throw malformed(`missing required column '${missing}'`, { file, line: info.lines, field: missing });
        continue;
      }
      const i = index++;
      const ctx = { file, line: info.lines };
      yield attempt(i, () => {
        if (record.length !== header!.length) throw malformed(`row has ${record.length} cells, the header has ${header!.length}`, { ...ctx, field: 'row' });
        const row = Object.fromEntries(header!.map((h, k) => [h, record[k]])) as Row;
        return { ok: true, payment: rowToPayment(row, ctx, i) };
      });
    }
    if (!header) throw malformed('empty file: no header row', { file, line: 1 });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const error = code === 'MALFORMED_FILE' ? e : code === 'ENOENT' ? malformed('file not found', { file }) : malformed(`invalid CSV: ${(e as Error).message}`, { file });
    yield attempt(index, () => { throw error; });
  }
}
