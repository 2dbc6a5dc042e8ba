/**
 * SWIFT MT103 and MT202COV into the payment model. Reads FIN files (one message), RJE files
 * (`$`-separated, optionally with ACKs) and bare block-4 fragments (taken as MT103).
 */
import { createReadStream } from 'node:fs';
import { ChokepointError, malformed } from '../../errors.js';
import type { Bank, Payment, PaymentFormat, PaymentResult } from '../model.js';
import { bicCountry } from '../codes.js';
import { attempt } from './result.js';
import { parseBlocks, splitMessages, userHeader, type MtField, type MtMessage } from './mt-blocks.js';
import { bank, checkReference, currencyAmount, party, valueDateAmount, type FieldContext } from './mt-fields.js';

/** Stream an MT file message by message ('$' is outside the SWIFT character set, so it only separates). */
export async function* parseMtFile(path: string, file: string): AsyncGenerator<PaymentResult> {
  let buffer = '';
  let line = 1;
  let index = 0;
  const emit = (raw: string): PaymentResult | undefined => {
    const start = line;
    line += raw.split('\n').length - 1;
    if (!raw.trim()) return undefined;
    const i = index++;
    return attempt(i, () => ({ ok: true, payment: mtToPayment(parseBlocks(raw, file, start), file, i) }));
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    buffer += chunk as string;
    let cut: number;
    while ((cut = buffer.indexOf('$')) >= 0) {
      const r = emit(buffer.slice(0, cut));
      buffer = buffer.slice(cut + 1);
      if (r) yield r;
    }
  }
  const last = emit(buffer);
  if (last) yield last;
  if (index === 0) yield attempt(0, () => { throw malformed('no SWIFT message found', { file, line: 1 }); });
}

/** Parse every message of an MT text; one result per message, errors included. */
export function parseMtText(text: string, file: string): PaymentResult[] {
  return splitMessages(text).map(({ text: raw, line }, index) =>
    attempt(index, () => ({ ok: true, payment: mtToPayment(parseBlocks(raw, file, line), file, index) })),
  );
}

function bicFromLt(lt: string): string {
  return lt.length >= 12 ? lt.slice(0, 8) + (lt.slice(9, 12) === 'XXX' ? '' : lt.slice(9, 12)) : lt.slice(0, 8);
}

const asBank = (bic: string): Bank => ({ bic, country: bicCountry(bic), identifiers: [] });

function headers(msg: MtMessage, file: string): { type: string; sender?: Bank; receiver?: Bank } {
  const b1 = msg.blocks.get('1');
  const b2 = msg.blocks.get('2');
  if (b1 !== undefined && !/^F01[A-Z0-9]{12}\d{4}\d{6}$/.test(b1)) throw malformed(`basic header '{1:${b1}}' is not F01 + 12-character LT address + session + sequence`, { file, line: msg.line, field: 'block 1' });
  if (b2 === undefined) return { type: '103' };
  const input = /^I(\d{3})([A-Z0-9]{12})/.exec(b2);
  const output = /^O(\d{3})\d{4}\d{6}([A-Z0-9]{12})/.exec(b2);
  const m = input ?? output;
  if (!m) throw malformed(`application header '{2:${b2}}' is not I/O + message type + address`, { file, line: msg.line, field: 'block 2' });
  const local = b1 ? asBank(bicFromLt(b1.slice(3, 15))) : undefined;
  const other = asBank(bicFromLt(m[2]));
  return input ? { type: m[1], sender: local, receiver: other } : { type: m[1], sender: other, receiver: local };
}

function formatOf(type: string, cov: boolean, msg: MtMessage, file: string): PaymentFormat {
  if (type === '103') return 'MT103';
  if (type === '202' && cov) return 'MT202COV';
  const name = `MT${type}${cov ? 'COV' : ''}`;
  throw new ChokepointError('UNKNOWN_FORMAT', `${name} is a bank-to-bank transfer, not a customer payment (only MT103 and MT202COV are read)`, { file, line: msg.line, field: 'block 2' });
}

const REPEATABLE = new Set(['13C', '23E', '71F', '71G']);

function index(fields: MtField[], ctx: FieldContext): Map<string, MtField> {
  const out = new Map<string, MtField>();
  for (const f of fields) {
    const key = /^(5[0-9])/.test(f.tag) ? f.tag.slice(0, 2) : f.tag;
    if (out.has(key) && !REPEATABLE.has(f.tag)) throw malformed(`field :${f.tag}: appears more than once`, { file: ctx.file, line: f.line, field: f.tag });
    if (!out.has(key)) out.set(key, f);
  }
  return out;
}

function required(m: Map<string, MtField>, key: string, ctx: FieldContext, msg: MtMessage, label: string): MtField {
  const f = m.get(key);
  if (!f) throw malformed(`mandatory field :${label}: is missing`, { file: ctx.file, line: msg.line, field: label });
  return f;
}

/** Map one framed message to a payment. */
export function mtToPayment(msg: MtMessage, file: string, idx: number): Payment {
  const ctx = { file };
  const { type, sender, receiver } = headers(msg, file);
  const h3 = userHeader(msg.blocks.get('3'));
  const format = formatOf(type, h3.get('119') === 'COV', msg, file);
  // MT202COV: sequence B (underlying customer credit transfer) starts at the first 50a.
  const split = format === 'MT202COV' ? msg.fields.findIndex((f) => f.tag.startsWith('50')) : -1;
  const a = index(split >= 0 ? msg.fields.slice(0, split) : msg.fields, ctx);
  const b = split >= 0 ? index(msg.fields.slice(split), ctx) : undefined;
  const cust = b ?? a;
  const messageId = checkReference(ctx, required(a, '20', ctx, msg, '20'));
  if (format === 'MT202COV') {
    required(a, '58', ctx, msg, '58a');
    if (!b) throw malformed('sequence B (underlying customer credit transfer, 50a) is missing', { file, line: msg.line, field: '50a' });
  }
  const { valueDate, amount } = valueDateAmount(ctx, required(a, '32A', ctx, msg, '32A'));
  const opt = (m: Map<string, MtField>, k: string) => { const f = m.get(k); return f ? bank(ctx, f) : undefined; };
  const ordering = cust.get('50');
  const benef = required(cust, '59', ctx, msg, '59a');
  const remit = cust.get('70')?.value.split('\n') ?? [];
  const instructedF = cust.get('33B');
  const beneficiaryInstitution = opt(cust, '57');
  // MT202COV: the cover's own 56a/57a/58a are banks in the chain too (58a is often the customer's bank).
  const intermediaries = [a.get('56'), b ? a.get('57') : undefined, b ? a.get('58') : undefined, b?.get('56')]
    .filter((f): f is MtField => !!f).map((f) => bank(ctx, f))
    .filter((x) => !x.bic || x.bic !== beneficiaryInstitution?.bic);
  return {
    messageId,
    format,
    version: format,
    uetr: h3.get('121'),
    endToEndId: a.get('21')?.value.trim(),
    amount,
    instructedAmount: instructedF ? currencyAmount(ctx, instructedF) : undefined,
    valueDate,
    parties: { orderingCustomer: ordering ? party(ctx, ordering) : undefined, beneficiary: party(ctx, benef) },
    banks: {
      orderingInstitution: opt(cust, '52') ?? opt(a, '52'),
      intermediaries,
      beneficiaryInstitution,
      sendersCorrespondent: opt(a, '53'),
      receiversCorrespondent: opt(a, '54'),
      sender,
      receiver,
    },
    remittance: { unstructured: remit, references: remit.filter((l) => /^\/(RFB|INV|ROC)\//.test(l)).map((l) => l.replace(/^\/\w+\//, '')) },
    purposeCodes: [a.get('26T')?.value.trim()].filter((v): v is string => !!v),
    charges: {
      bearer: a.get('71A')?.value.trim(),
      amounts: msg.fields.filter((f) => f.tag === '71F' || f.tag === '71G').map((f) => currencyAmount(ctx, f)),
    },
    instructions: [...msg.fields.filter((f) => f.tag === '23E' || f.tag === '72').flatMap((f) => f.value.split('\n'))],
    regulatoryReporting: a.get('77B')?.value.split('\n') ?? [],
    source: { file, index: idx, line: msg.line },
  };
}
