/**
 * SWIFT FIN framing: split a file (single FIN message, RJE with `$` separators, or a bare block-4
 * fragment) into messages, each into its blocks {1:}{2:}{3:}{4:...-}{5:}, and block 4 into tagged fields.
 */
import { malformed } from '../../errors.js';

export interface MtField {
  tag: string;
  value: string;
  line: number;
}

export interface MtMessage {
  /** Blocks by id ('1', '2', '3', '4', '5', 'S'); block 4 is kept raw in `fields`. */
  blocks: Map<string, string>;
  fields: MtField[];
  /** 1-based line where the message starts in the file. */
  line: number;
  /** Service acknowledgement (F21 ... {451:0}) that preceded the message in an RJE entry, if any. */
  ack?: string;
}

function lineAt(text: string, offset: number, base: number): number {
  let n = base;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Split a whole text into message texts with their starting line. '$' (outside the SWIFT set) separates RJE messages. */
export function splitMessages(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let line = 1;
  for (const part of text.split('$')) {
    if (part.trim()) out.push({ text: part, line });
    line += part.split('\n').length - 1;
  }
  return out;
}

/** Parse the block structure of one message; a bare `:20:...` fragment is taken as block 4 alone. */
export function parseBlocks(raw: string, file: string, baseLine: number): MtMessage {
  const text = raw.replace(/^\s+/, '');
  const lead = raw.length - text.length;
  const startLine = lineAt(raw, lead, baseLine);
  if (text.startsWith(':')) return { blocks: new Map([['4', text]]), fields: parseFields(text, file, startLine), line: startLine };
  const blocks = new Map<string, string>();
  let ack: string | undefined;
  let fields: MtField[] = [];
  let pos = 0;
  while (pos < text.length) {
    if (/\s/.test(text[pos])) { pos++; continue; }
    // Tolerated sloppiness seen in real files: a stray '}' after block 4's '-}', a lone '{' before '$'.
    if (text[pos] === '}' && blocks.has('4')) { pos++; continue; }
    if (text[pos] === '{' && !text.slice(pos + 1).trim()) break;
    if (text[pos] !== '{') throw malformed(`unexpected text '${text.slice(pos, pos + 10)}' outside a {n:} block`, { file, line: lineAt(text, pos, startLine) });
    const m = /^\{([0-9A-Z]+):/.exec(text.slice(pos, pos + 8));
    if (!m) throw malformed('block does not start with {id:', { file, line: lineAt(text, pos, startLine), field: 'block' });
    const id = m[1];
    const bodyStart = pos + m[0].length;
    if (id === '4' && text[bodyStart] !== '{') {
      const end = text.indexOf('-}', bodyStart);
      if (end < 0) throw malformed("block 4 is not terminated by '-}'", { file, line: lineAt(text, pos, startLine), field: 'block 4' });
      const body = text.slice(bodyStart, end);
      blocks.set('4', body);
      fields = parseFields(body, file, lineAt(text, bodyStart, startLine));
      pos = end + 2;
      continue;
    }
    let depth = 1;
    let i = bodyStart;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth > 0) throw malformed(`block ${id} is not closed`, { file, line: lineAt(text, pos, startLine), field: `block ${id}` });
    const body = text.slice(bodyStart, i - 1);
    if (id === '4' && blocks.get('1')?.startsWith('F21')) {
      // An ACK (F21 ... {451:0}) in front of the message: keep it aside and start the real message.
      ack = `{1:${blocks.get('1')}}{4:${body}}`;
      blocks.clear();
      pos = i;
      continue;
    }
    if (blocks.has(id)) throw malformed(`block ${id} appears twice`, { file, line: lineAt(text, pos, startLine), field: `block ${id}` });
    blocks.set(id, body);
    pos = i;
  }
  return { blocks, fields, line: startLine, ack };
}

/** Split block 4 text into fields; continuation lines join the previous field with '\n'. */
export function parseFields(body: string, file: string, baseLine: number): MtField[] {
  const fields: MtField[] = [];
  const lines = body.split(/\r?\n/);
  lines.forEach((l, i) => {
    const line = baseLine + i;
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(l);
    if (m) fields.push({ tag: m[1], value: m[2], line });
    else if (l.trim() === '' || l.trim() === '-') return;
    else if (fields.length) fields[fields.length - 1].value += `\n${l}`;
    else throw malformed(`text '${l.slice(0, 20)}' before the first field tag`, { file, line, field: 'block 4' });
  });
  for (const f of fields) f.value = f.value.replace(/\s+$/, '');
  return fields;
}

/** Tags of block 3 (user header), e.g. 121 (UETR), 119 (validation flag, 'COV'). */
export function userHeader(block3: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!block3) return out;
  for (const m of block3.matchAll(/\{(\d{3}):([^}]*)\}/g)) out.set(m[1], m[2]);
  return out;
}
