/**
 * Undo the damage of a CSV that went through Excel as one column: every line wrapped in double quotes
 * (inner quotes doubled), the commas of the original turned into tabs and the line padded with tabs to
 * a fixed count (`"04/07/2018;1;P;...;al-Awja\t near Tikrit;...;EU.36.64\t\t\t"`). Also groups physical
 * lines into whole CSV records by quote parity, so that a record cut mid-quote is reported at the line
 * where it starts. Pure (works on a stream of lines).
 */
import { malformed } from '../../errors.js';

/** Whether a header line carries the Excel wrapping (a quoted header, not quoted fields `"a";"b"`). */
export function isExcelWrapped(headerLine: string): boolean {
  const t = headerLine.replace(/[\s]+$/, '');
  return t.startsWith('"') && t.endsWith('"') && !t.includes('";"');
}

/** One line of Excel-wrapped text back to the original CSV line. */
export function unwrapLine(text: string): string {
  const t = text.replace(/[\t\r ]+$/, '');
  if (!(t.length >= 2 && t.startsWith('"') && t.endsWith('"'))) return text;
  return t.slice(1, -1).replace(/""/g, '"').replace(/\t+$/, '').replace(/\t/g, ',');
}

/**
 * Physical lines -> CSV text, one output line per input line so that line numbers are kept. With
 * `wrapped`, each record is unwrapped first. Blank lines are dropped (but counted). A record whose quote
 * is still open at the end of the file fails with the line it starts on.
 */
export async function* csvText(lines: AsyncIterable<string>, wrapped: boolean, file: string): AsyncGenerator<string> {
  let lineNo = 0;
  let start = 0;
  let pending: string[] = [];
  let quotes = 0;
  for await (const line of lines) {
    lineNo++;
    if (pending.length === 0) {
      if (line.trim() === '') {
        yield '\n';
        continue;
      }
      start = lineNo;
    }
    pending.push(line);
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 === 1) continue;
    const record = pending.join('\n');
    if (wrapped && record.startsWith('"') && !record.replace(/[\t\r ]+$/, '').endsWith('"')) {
      throw malformed('broken quote: the Excel-wrapped line does not end with its closing quote', { file, line: start });
    }
    yield `${wrapped ? unwrapLine(record) : record}\n`;
    pending = [];
    quotes = 0;
  }
  if (pending.length) {
    throw malformed('broken quote: a quoted field opened here is never closed (file cut mid-record?)', { file, line: start });
  }
}
