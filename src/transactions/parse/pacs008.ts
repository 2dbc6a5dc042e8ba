/**
 * ISO 20022 pacs.008 (FI to FI customer credit transfer), any version, streamed with saxes.
 * One payment per CdtTrfTxInf. The version comes from the Document namespace, never from the header.
 */
import { ChokepointError, malformed } from '../../errors.js';
import type { Bank, Payment, PaymentResult } from '../model.js';
import { checkTransaction, type CheckContext } from './pacs008-checks.js';
import { agent, headerParty, party } from './pacs008-map.js';
import { attempt } from './result.js';
import { all, at, streamIso20022, textAt, type XNode } from './xml-stream.js';

const NS = /^urn:iso:std:iso:20022:tech:xsd:((pacs|pain|camt)\.\d{3}\.\d{3}\.\d{2})$/;

/** 'pacs.008.001.08' from 'urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08'. */
export function versionFromNamespace(ns: string): string | undefined {
  return NS.exec(ns)?.[1];
}

/** Stream every transaction of a pacs.008 file; failures come back as results, not exceptions. */
export async function* parsePacs008File(path: string, file: string): AsyncGenerator<PaymentResult> {
  const ctx: CheckContext = { file };
  let version: string | undefined;
  let index = 0;
  try {
    for await (const ev of streamIso20022(path, file)) {
      if (ev.kind === 'document') {
        version = versionFromNamespace(ev.namespace);
        if (!version?.startsWith('pacs.008.')) {
          const what = version ?? (ev.namespace || 'no namespace');
          throw new ChokepointError('UNKNOWN_FORMAT', `Document is ${what}, not a pacs.008 customer credit transfer`, { file, line: ev.line, field: 'Document/@xmlns' });
        }
      } else if (ev.kind === 'header') ctx.header = ev.node;
      else if (ev.kind === 'group') ctx.group = ev.node;
      else {
        const i = index++;
        yield attempt(i, () => {
          if (!version) throw malformed('transaction found outside a pacs.008 Document', { file, line: ev.node.line, field: 'Document' });
          checkTransaction(ctx, ev.node);
          return { ok: true, payment: toPayment(ctx, ev.node, version, i) };
        });
      }
    }
    if (!version) throw malformed('no ISO 20022 <Document> element found', { file, line: 1, field: 'Document' });
    if (index === 0) throw malformed('the pacs.008 Document holds no <CdtTrfTxInf>', { file, field: 'CdtTrfTxInf' });
  } catch (e) {
    if (!(e instanceof ChokepointError)) throw e;
    yield attempt(index, () => { throw e; });
  }
}

function toPayment(ctx: CheckContext, tx: XNode, version: string, index: number): Payment {
  const g = ctx.group;
  const amt = at(tx, 'IntrBkSttlmAmt')!;
  const instd = at(tx, 'InstdAmt');
  const agents = (names: string[]) => names.map((n) => agent(at(tx, n), at(tx, `${n}Acct`))).filter((b): b is Bank => !!b);
  const rmt = at(tx, 'RmtInf');
  const strd = all(rmt, 'Strd');
  return {
    messageId: textAt(g, 'MsgId')!,
    format: 'pacs.008',
    version,
    headerVersion: textAt(ctx.header, 'MsgDefIdr'),
    endToEndId: textAt(tx, 'PmtId/EndToEndId'),
    transactionId: textAt(tx, 'PmtId/TxId') ?? textAt(tx, 'PmtId/InstrId'),
    uetr: textAt(tx, 'PmtId/UETR'),
    amount: { value: amt.text.trim(), currency: amt.attrs.Ccy },
    instructedAmount: instd ? { value: instd.text.trim(), currency: instd.attrs.Ccy } : undefined,
    valueDate: textAt(tx, 'IntrBkSttlmDt') ?? textAt(g, 'IntrBkSttlmDt'),
    parties: {
      orderingCustomer: party(at(tx, 'Dbtr'), at(tx, 'DbtrAcct')),
      beneficiary: party(at(tx, 'Cdtr'), at(tx, 'CdtrAcct')),
      ultimateDebtor: party(at(tx, 'UltmtDbtr')),
      ultimateCreditor: party(at(tx, 'UltmtCdtr')),
    },
    banks: {
      orderingInstitution: agent(at(tx, 'DbtrAgt'), at(tx, 'DbtrAgtAcct')),
      intermediaries: agents(['PrvsInstgAgt1', 'PrvsInstgAgt2', 'PrvsInstgAgt3', 'IntrmyAgt1', 'IntrmyAgt2', 'IntrmyAgt3']),
      beneficiaryInstitution: agent(at(tx, 'CdtrAgt'), at(tx, 'CdtrAgtAcct')),
      instructingAgent: agent(at(tx, 'InstgAgt') ?? at(g, 'InstgAgt')),
      instructedAgent: agent(at(tx, 'InstdAgt') ?? at(g, 'InstdAgt')),
      sendersCorrespondent: agent(at(tx, 'InstgRmbrsmntAgt') ?? at(g, 'SttlmInf/InstgRmbrsmntAgt')),
      receiversCorrespondent: agent(at(tx, 'InstdRmbrsmntAgt') ?? at(g, 'SttlmInf/InstdRmbrsmntAgt')),
      sender: headerParty(at(ctx.header, 'Fr')),
      receiver: headerParty(at(ctx.header, 'To')),
    },
    remittance: {
      unstructured: all(rmt, 'Ustrd').map((n) => n.text.trim()).filter(Boolean),
      references: strd.flatMap((s) => [...all(s, 'RfrdDocInf').map((d) => textAt(d, 'Nb')), textAt(s, 'CdtrRefInf/Ref')]).filter((v): v is string => !!v),
    },
    purposeCodes: [textAt(tx, 'Purp/Cd') ?? textAt(tx, 'Purp/Prtry'), textAt(tx, 'PmtTpInf/CtgyPurp/Cd') ?? textAt(tx, 'PmtTpInf/CtgyPurp/Prtry')].filter((v): v is string => !!v),
    charges: {
      bearer: textAt(tx, 'ChrgBr'),
      amounts: all(tx, 'ChrgsInf').flatMap((c) => { const a = at(c, 'Amt'); return a ? [{ value: a.text.trim(), currency: a.attrs.Ccy }] : []; }),
    },
    instructions: [...all(tx, 'InstrForCdtrAgt'), ...all(tx, 'InstrForNxtAgt')].map((n) => [textAt(n, 'Cd'), textAt(n, 'InstrInf')].filter(Boolean).join(' ')),
    regulatoryReporting: all(tx, 'RgltryRptg').flatMap((r) => all(r, 'Dtls').map((d) => [textAt(d, 'Cd'), ...all(d, 'Inf').map((i) => i.text.trim())].filter(Boolean).join(' '))),
    source: { file: ctx.file, index, line: tx.line },
  };
}
