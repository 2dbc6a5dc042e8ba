/**
 * Streaming XML reading on saxes: yields each record element (e.g. UN `INDIVIDUAL`) as a small tree,
 * so a large file is never held whole. Truncated or ill-formed XML fails with the file and line.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { malformed } from '../../errors.js';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export interface XmlRecord {
  node: XmlNode;
  /** Line where the record element starts. */
  line: number;
}

/** First child with the tag name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** Every child with the tag name. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of the first child with the tag name, or undefined if absent or empty. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
  const t = child(node, name)?.text.trim();
  return t ? t : undefined;
}

/**
 * Stream the elements named in `recordTags`, at any depth. `onRoot` sees the root element's
 * attributes (e.g. UN `dateGenerated`).
 */
export async function* readXmlRecords(
  path: string,
  recordTags: readonly string[],
  opts: { displayName?: string; onRoot?: (attrs: Record<string, string>) => void } = {},
): AsyncGenerator<XmlRecord> {
  const file = opts.displayName ?? path;
  const parser = new SaxesParser({ position: true });
  const ready: XmlRecord[] = [];
  const stack: XmlNode[] = [];
  let recordDepth = -1;
  let recordLine = 0;
  let depth = 0;
  let sawRoot = false;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    if (!sawRoot) {
      sawRoot = true;
      opts.onRoot?.(attrs);
    }
    depth++;
    if (recordDepth < 0 && recordTags.includes(tag.name)) {
      recordDepth = depth;
      recordLine = parser.line;
    }
    if (recordDepth >= 0) stack.push({ name: tag.name, attrs, children: [], text: '' });
  });
  const onText = (t: string): void => {
    if (stack.length) stack[stack.length - 1].text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (recordDepth >= 0) {
      const node = stack.pop()!;
      if (stack.length) stack[stack.length - 1].children.push(node);
      if (depth === recordDepth) {
        ready.push({ node, line: recordLine });
        recordDepth = -1;
      }
    }
    depth--;
  });
  const fail = (e: unknown): never => {
    const message = e instanceof Error ? e.message : String(e);
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    throw malformed(m ? `invalid XML: ${m[3]}` : `invalid XML: ${message}`, { file, line: m ? +m[1] : parser.line });
  };
  let error: unknown;
  parser.on('error', (e) => {
    error = e;
  });
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (error) fail(error);
      while (ready.length) yield ready.shift()!;
    }
    parser.close();
    if (error) fail(error);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file });
    if ((e as { code?: string }).code === 'MALFORMED_FILE') throw e;
    fail(e);
  }
  if (!sawRoot) throw malformed('invalid XML: no root element', { file, line: 1 });
  while (ready.length) yield ready.shift()!;
}
