import { describe, expect, it } from 'vitest';
import { csvText, isExcelWrapped, unwrapLine } from './excel-unwrap.js';

async function collect(lines: string[], wrapped: boolean): Promise<string> {
  async function* gen() {
    yield* lines;
  }
  let out = '';
  for await (const t of csvText(gen(), wrapped, 'x.csv')) out += t;
  return out;
}

describe('Excel damage', () => {
  it('recognises a wrapped header but not a header of quoted fields', () => {
    expect(isExcelWrapped('"Date_filexxxx;Entity_logical_id;EU_ref_num\t\t\t"')).toBe(true);
    expect(isExcelWrapped('"Date_file";"Entity_logical_id"')).toBe(false);
    expect(isExcelWrapped('Date_file;Entity_logical_id')).toBe(false);
  });
  it('unwraps a line: outer quotes, doubled quotes, padding tabs, and tabs back to commas', () => {
    expect(unwrapLine('"04/07/2018;43;P;al-Awja\t near Tikrit;EU.85.7\t\t\t"')).toBe('04/07/2018;43;P;al-Awja, near Tikrit;EU.85.7');
    expect(unwrapLine('"1;""AD001159 (other-Other) "";x\t\t"')).toBe('1;"AD001159 (other-Other) ";x');
    expect(unwrapLine('1;plain')).toBe('1;plain');
  });
  it('keeps one output line per input line, blank lines included', async () => {
    expect(await collect(['"a;b\t"', '', '"c;d\t"'], true)).toBe('a;b\n\nc;d\n');
    expect(await collect(['a;"multi', 'line";b', 'c;d'], false)).toBe('a;"multi\nline";b\nc;d\n');
  });
  it('fails at the line where a record is cut mid-quote', async () => {
    await expect(collect(['"a;b\t"', '"c;d;e'], true)).rejects.toThrow(/x\.csv, line 2: broken quote/);
    await expect(collect(['a;b', 'c;"open', 'd;e'], false)).rejects.toThrow(/x\.csv, line 2: broken quote/);
    await expect(collect(['"a;b\t"', '"c;d"e'], true)).rejects.toThrow(/line 2: broken quote: the Excel-wrapped line/);
  });
});
