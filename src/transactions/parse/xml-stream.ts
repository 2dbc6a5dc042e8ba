/**
 * Namespace-aware streaming over an ISO 20022 file with saxes, whatever the wrapper (bare Document,
 * SWIFT Envelope, SWIFTNet Request/Message, Alliance Access DataPDU, <message>): yields the Document
 * namespace, the business application header, the group header and each transaction as a small tree.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { malformed } from '../../errors.js';

export interface XNode {
  /** Local name, without prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  line: number;
}

export type XmlEvent =
  | { kind: 'document'; namespace: string; line: number }
  | { kind: 'header'; node: XNode }
  | { kind: 'group'; node: XNode }
  | { kind: 'tx'; node: XNode };

/** Subtrees to capture, by local name, and the event they become. */
const CAPTURE: Record<string, 'header' | 'group' | 'tx'> = { AppHdr: 'header', GrpHdr: 'group', CdtTrfTxInf: 'tx' };

export async function* streamIso20022(path: string, file: string): AsyncGenerator<XmlEvent> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: XmlEvent[] = [];
  const stack: XNode[] = [];
  let capture: 'header' | 'group' | 'tx' | undefined;
  let sawRoot = false;
  let error: Error | undefined;
  parser.on('opentag', (tag) => {
    sawRoot = true;
    const local = tag.local ?? tag.name;
    if (!capture && local === 'Document') ready.push({ kind: 'document', namespace: tag.uri ?? '', line: parser.line });
    if (!capture && CAPTURE[local]) capture = CAPTURE[local];
    if (!capture) return;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (typeof a !== 'string' && !a.prefix?.startsWith('xmlns') && a.name !== 'xmlns') attrs[a.local] = a.value;
    stack.push({ name: local, attrs, children: [], text: '', line: parser.line });
  });
  const onText = (t: string): void => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (!capture) return;
    const node = stack.pop()!;
    if (stack.length) stack[stack.length - 1].children.push(node);
    else {
      ready.push({ kind: capture, node } as XmlEvent);
      capture = undefined;
    }
  });
  parser.on('error', (e) => {
    error ??= e;
  });
  const fail = (e: Error): never => {
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(e.message);
    throw malformed(`invalid XML: ${m ? m[3] : e.message}`, { file, line: m ? Number(m[1]) : parser.line, field: stack.length ? stack[stack.length - 1].name : undefined });
  };
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
      parser.write(chunk as string);
      if (error) fail(error);
      while (ready.length) yield ready.shift()!;
    }
    parser.close();
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file });
    if ((e as { code?: string }).code === 'MALFORMED_FILE') throw e;
    fail(e as Error);
  }
  if (error) fail(error);
  if (!sawRoot) throw malformed('invalid XML: no root element', { file, line: 1 });
  while (ready.length) yield ready.shift()!;
}

/** First child with the local name, following a path ('FinInstnId/BICFI'). */
export function at(node: XNode | undefined, path: string): XNode | undefined {
  let cur = node;
  for (const step of path.split('/')) cur = cur?.children.find((c) => c.name === step);
  return cur;
}

/** Every child with the local name at the end of the path. */
export function all(node: XNode | undefined, path: string): XNode[] {
  const steps = path.split('/');
  const last = steps.pop()!;
  const parent = steps.length ? at(node, steps.join('/')) : node;
  return parent ? parent.children.filter((c) => c.name === last) : [];
}

/** Trimmed text at the path, or undefined when absent or empty. */
export function textAt(node: XNode | undefined, path: string): string | undefined {
  const t = at(node, path)?.text.trim();
  return t ? t : undefined;
}
