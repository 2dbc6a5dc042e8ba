/**
 * Stream the records of the UN Security Council Consolidated List XML: each INDIVIDUAL and ENTITY
 * element as a small tree with its line. No mapping here.
 */
import { isChokepointError, malformed } from '../../errors.js';
import { readXmlRecords, type XmlNode } from '../common/xml.js';

export type UnKind = 'INDIVIDUAL' | 'ENTITY';

export interface UnRecord {
  kind: UnKind;
  node: XmlNode;
  /** Line where the record element starts. */
  line: number;
}

export interface UnReadOptions {
  /** Called with the root's `dateGenerated` as YYYY-MM-DD (the publication date). */
  onDateGenerated?: (date: string) => void;
  displayName?: string;
}

export async function* readUnRecords(path: string, opts: UnReadOptions = {}): AsyncGenerator<UnRecord> {
  const file = opts.displayName ?? path;
  const onRoot = (attrs: Record<string, string>): void => {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(attrs.dateGenerated ?? '');
    if (m) opts.onDateGenerated?.(m[1]);
  };
  try {
    for await (const { node, line } of readXmlRecords(path, ['INDIVIDUAL', 'ENTITY'], { onRoot, displayName: file })) {
      yield { kind: node.name as UnKind, node, line };
    }
  } catch (e) {
    throw withSaxesLine(e, file);
  }
}

/**
 * saxes reports "68:0: unclosed tag: ..." without a file prefix, which the shared reader does not
 * parse, so its error names line 1; take the line from the message instead.
 */
function withSaxesLine(e: unknown, file: string): unknown {
  if (!isChokepointError(e) || e.code !== 'MALFORMED_FILE') return e;
  const m = /invalid XML: (\d+):(\d+): (.*)$/s.exec(e.message);
  return m ? malformed(`invalid XML: ${m[3]} (column ${m[2]})`, { file, line: +m[1] }) : e;
}
