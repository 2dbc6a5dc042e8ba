/**
 * Integrity checks on a pacs.008 message before mapping: mandatory elements, repeated singletons,
 * BIC / IBAN / currency syntax, and agreement between the business application header and the Document.
 * Each failure names the element path at fault.
 */
import { malformed } from '../../errors.js';
import { amountProblem, currencyProblem, isBic } from '../codes.js';
import { at, textAt, type XNode } from './xml-stream.js';

export interface CheckContext {
  file: string;
  header?: XNode;
  group?: XNode;
}

const REPEATABLE = new Set(['ChrgsInf', 'InstrForCdtrAgt', 'InstrForNxtAgt', 'RgltryRptg', 'RltdRmtInf', 'SplmtryData', 'Tax']);
const BIC_ELEMENTS = new Set(['BICFI', 'BIC', 'AnyBIC', 'BICOrBEI']);

const fail = (ctx: CheckContext, node: XNode | undefined, field: string, message: string) =>
  malformed(message, { file: ctx.file, line: node?.line, field });

/** Strip a BIC11's 'XXX' branch so BIC8 and BIC8+XXX compare equal. */
const bic8 = (b: string) => (b.length === 11 && b.endsWith('XXX') ? b.slice(0, 8) : b);

function walk(node: XNode, path: string, visit: (n: XNode, path: string) => void): void {
  visit(node, path);
  for (const c of node.children) walk(c, `${path}/${c.name}`, visit);
}

/**
 * Every BIC and IBAN element in the transaction must be well formed. IBAN check digits are not
 * enforced here (published Fedwire samples carry one that fails); the mapper keeps such a value as a
 * plain account, not as an IBAN.
 */
function checkCodes(ctx: CheckContext, tx: XNode): void {
  walk(tx, 'CdtTrfTxInf', (n, path) => {
    const v = n.text.trim();
    if (BIC_ELEMENTS.has(n.name) && !n.children.length && !isBic(v)) throw fail(ctx, n, path, v ? `'${v}' is not a valid BIC` : `empty <${n.name}>`);
    if (n.name === 'IBAN' && !/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v)) throw fail(ctx, n, path, `'${v}' is not an IBAN`);
  });
}

function checkAmount(ctx: CheckContext, tx: XNode, name: string, required: boolean): void {
  const n = at(tx, name);
  if (!n) {
    if (required) throw fail(ctx, tx, `CdtTrfTxInf/${name}`, `mandatory <${name}> is missing`);
    return;
  }
  const ccy = n.attrs.Ccy ?? '';
  const problem = currencyProblem(ccy) ?? amountProblem(n.text.trim(), ccy);
  if (problem) throw fail(ctx, n, `CdtTrfTxInf/${name}/@Ccy`, problem);
}

export function checkTransaction(ctx: CheckContext, tx: XNode): void {
  if (!textAt(ctx.group, 'MsgId')) throw fail(ctx, ctx.group ?? tx, 'GrpHdr/MsgId', 'mandatory <MsgId> is missing');
  const seen = new Set<string>();
  for (const c of tx.children) {
    if (seen.has(c.name) && !REPEATABLE.has(c.name)) throw fail(ctx, c, `CdtTrfTxInf/${c.name}`, `<${c.name}> appears more than once`);
    seen.add(c.name);
  }
  for (const name of ['Dbtr', 'DbtrAgt', 'CdtrAgt', 'Cdtr']) if (!at(tx, name)) throw fail(ctx, tx, `CdtTrfTxInf/${name}`, `mandatory <${name}> is missing`);
  if (!textAt(tx, 'PmtId/EndToEndId')) throw fail(ctx, tx, 'CdtTrfTxInf/PmtId/EndToEndId', 'mandatory <EndToEndId> is missing');
  for (const id of ['InstrId', 'EndToEndId']) {
    const v = textAt(tx, `PmtId/${id}`);
    if (v && (v.startsWith('/') || v.includes('//'))) throw fail(ctx, at(tx, `PmtId/${id}`), `CdtTrfTxInf/PmtId/${id}`, `'${v}' must not start with '/' or contain '//'`);
  }
  for (const name of ['Dbtr', 'Cdtr']) {
    const p = at(tx, name)!;
    const q = at(p, 'Pty') ?? p;
    if (!textAt(q, 'Nm') && !at(q, 'Id')) throw fail(ctx, p, `CdtTrfTxInf/${name}/Nm`, `<${name}> has neither a name nor an identifier`);
  }
  checkHeader(ctx, tx);
  checkAmount(ctx, tx, 'IntrBkSttlmAmt', true);
  checkAmount(ctx, tx, 'InstdAmt', false);
  checkCodes(ctx, tx);
}

/**
 * The business application header must describe this Document: same message family and sender.
 * Under CBPR+ (BizSvc swift.cbprplus.*) the header sender must be the instructing agent.
 * A different *version* in MsgDefIdr is accepted (real CBPR+ traffic does it); the Document namespace wins.
 */
function checkHeader(ctx: CheckContext, tx: XNode): void {
  const h = ctx.header;
  if (!h) return;
  const def = textAt(h, 'MsgDefIdr');
  if (def && !def.startsWith('pacs.008')) throw fail(ctx, at(h, 'MsgDefIdr'), 'AppHdr/MsgDefIdr', `header names ${def} but the Document is a pacs.008`);
  const from = textAt(h, 'Fr/FIId/FinInstnId/BICFI');
  const instg = textAt(tx, 'InstgAgt/FinInstnId/BICFI') ?? textAt(ctx.group, 'InstgAgt/FinInstnId/BICFI');
  const cbpr = textAt(h, 'BizSvc')?.startsWith('swift.cbprplus') ?? false;
  if (cbpr && from && instg && isBic(from) && bic8(from) !== bic8(instg)) throw fail(ctx, at(h, 'Fr'), 'AppHdr/Fr', `header sender ${from} differs from the instructing agent ${instg}`);
}
