import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { csvCell, csvWriter, jsonlWriter, openSink, outputFormatOf, Sink } from './row-writer.js';

/** A slow writable with a tiny buffer: writes complete only on the next macrotask. */
function slowStream(highWaterMark = 64) {
  const chunks: string[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      setImmediate(cb);
    },
  });
  const track = () => (maxBuffered = Math.max(maxBuffered, stream.writableLength));
  return { stream, chunks, track, max: () => maxBuffered };
}

describe('csvCell', () => {
  it('quotes commas, quotes, newlines and edge spaces, and leaves plain text alone', () => {
    expect(csvCell('PUTIN, Vladimir')).toBe('"PUTIN, Vladimir"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(0.9123)).toBe('0.9123');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1+2')).toBe("'-1+2");
  });
});

describe('outputFormatOf', () => {
  it('takes --format, else the --out extension, else JSON lines', () => {
    expect(outputFormatOf('csv', 'x.jsonl')).toBe('csv');
    expect(outputFormatOf(undefined, 'out/results.CSV')).toBe('csv');
    expect(outputFormatOf(undefined, 'results.jsonl')).toBe('jsonl');
    expect(outputFormatOf(undefined, undefined)).toBe('jsonl');
    expect(() => outputFormatOf('xlsx', undefined)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('writers', () => {
  it('CSV: writes the header once, then one line per row in column order', async () => {
    const s = slowStream();
    const w = csvWriter(new Sink(s.stream, true), ['row', 'name', 'error']);
    await w.write({ row: 1, name: 'A, B', extra: 'ignored' });
    await w.write({ row: 2, error: 'line 3: bad' });
    await w.close();
    expect(s.chunks.join('')).toBe('row,name,error\n1,"A, B",\n2,,line 3: bad\n');
  });

  it('CSV: an empty run still writes the header', async () => {
    const s = slowStream();
    const w = csvWriter(new Sink(s.stream, true), ['row', 'name']);
    await w.close();
    expect(s.chunks.join('')).toBe('row,name\n');
  });

  it('JSON lines: one object per line', async () => {
    const s = slowStream();
    const w = jsonlWriter(new Sink(s.stream, true));
    await w.write({ row: 1, matches: [{ id: 'x' }] });
    await w.close();
    expect(s.chunks.join('')).toBe('{"row":1,"matches":[{"id":"x"}]}\n');
  });

  it('waits for drain: the buffer of a slow stream never grows past one write over its mark', async () => {
    const s = slowStream(256);
    const w = jsonlWriter(new Sink(s.stream, true));
    const row = { text: 'x'.repeat(100) };
    for (let i = 0; i < 2000; i++) {
      await w.write(row);
      s.track();
    }
    await w.close();
    expect(s.chunks).toHaveLength(2000);
    expect(s.max()).toBeLessThan(256 + 200);
  });

  it('surfaces a stream error on the next write instead of crashing', async () => {
    const stream = new Writable({ highWaterMark: 1, write: (_c, _e, cb) => cb(new Error('disk full')) });
    const sink = new Sink(stream, true);
    await expect((async () => {
      for (let i = 0; i < 10; i++) await sink.write('abc\n');
    })()).rejects.toThrow(/disk full/);
  });

  it('openSink: writes a file; an unwritable path is INVALID_INPUT naming --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-out-'));
    const path = join(dir, 'r.jsonl');
    const w = jsonlWriter(await openSink(path));
    await w.write({ a: 1 });
    await w.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    await expect(openSink(join(dir, 'missing', 'r.csv'))).rejects.toMatchObject({ code: 'INVALID_INPUT', location: { field: '--out' } });
  });
});
