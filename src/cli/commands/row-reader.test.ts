import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputFormatOf, openRows, type InputRow } from './row-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-rows-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function all(path: string): Promise<{ rows: InputRow[]; header: string[] }> {
  const source = await openRows(path);
  const rows: InputRow[] = [];
  for await (const r of source.rows) rows.push(r);
  return { rows, header: source.header() };
}

describe('inputFormatOf', () => {
  it('tells CSV from JSON lines by extension and refuses others', () => {
    expect(inputFormatOf('a/people.CSV')).toBe('csv');
    expect(inputFormatOf('people.jsonl')).toBe('jsonl');
    expect(inputFormatOf('people.ndjson')).toBe('jsonl');
    expect(() => inputFormatOf('people.xlsx')).toThrow(/cannot tell the format/);
  });
});

describe('openRows on CSV', () => {
  it('keys fields by header, skips blank lines, strips a BOM and counts lines of multi-line fields', async () => {
    const path = file('a.csv', '\uFEFFname,dob\n"PUTIN, Vladimir",1952\n\n"two\nlines",1960\nlast,\n');
    const { rows, header } = await all(path);
    expect(header).toEqual(['name', 'dob']);
    expect(rows).toEqual([
      { row: 1, line: 2, record: { name: 'PUTIN, Vladimir', dob: '1952' } },
      { row: 2, line: 4, record: { name: 'two\nlines', dob: '1960' } },
      { row: 3, line: 6, record: { name: 'last', dob: '' } },
    ]);
  });

  it('turns a wrong column count and a broken quote into error rows, in file order, and reads on', async () => {
    const path = file('b.csv', 'name,dob\nok,1\ntoo,many,fields\nbad "quote,2\nafter,3\n');
    const { rows } = await all(path);
    expect(rows.map((r) => [r.row, r.line, r.record?.name ?? null, Boolean(r.error)])).toEqual([
      [1, 2, 'ok', false],
      [2, 3, null, true],
      [3, 4, null, true],
      [4, 5, 'after', false],
    ]);
    expect(rows[1].error).toMatch(/3 fields where the header has 2/);
    expect(rows[2].error).toMatch(/quote/);
  });

  it('reports a quote never closed as one error row at the end', async () => {
    const { rows } = await all(file('c.csv', 'name\nfine\n"open\nrest\n'));
    expect(rows[0].record).toEqual({ name: 'fine' });
    expect(rows[1].error).toMatch(/never closed/);
    expect(rows).toHaveLength(2);
  });

  it('fails with NOT_FOUND for a missing file', async () => {
    await expect(openRows(join(dir, 'none.csv'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('openRows on JSON lines', () => {
  it('yields objects with their line, and error rows for invalid JSON and non-objects', async () => {
    const path = file('d.jsonl', '{"name":"A"}\n\nnot json\n[1]\r\n{"name":"B","countries":["RU"]}\n');
    const { rows } = await all(path);
    expect(rows.map((r) => [r.row, r.line, r.record ?? r.error?.slice(0, 14)])).toEqual([
      [1, 1, { name: 'A' }],
      [2, 3, 'not valid JSON'],
      [3, 4, 'is not a JSON o'.slice(0, 14)],
      [4, 5, { name: 'B', countries: ['RU'] }],
    ]);
  });

  it('tracks bytes read for progress', async () => {
    const path = file('e.jsonl', '{"name":"A"}\n'.repeat(100));
    const source = await openRows(path);
    for await (const _ of source.rows) void _;
    expect(source.totalBytes).toBe(1300);
    expect(source.bytesRead()).toBe(1300);
  });
});
