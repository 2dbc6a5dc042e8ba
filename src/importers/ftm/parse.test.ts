import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prop, readFtmLines } from './parse.js';

const tmp = mkdtempSync(join(tmpdir(), 'ftm-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

async function lines(path: string): Promise<number[]> {
  const out: number[] = [];
  for await (const { line } of readFtmLines(path)) out.push(line);
  return out;
}

describe('readFtmLines', () => {
  it('keeps line numbers across blank lines and CRLF endings', async () => {
    const p = file('ok.ftm.json', '{"id":"a","schema":"Person","properties":{}}\r\n\r\n{"id":"b","schema":"Address"}\r\n');
    expect(await lines(p)).toEqual([1, 3]);
    const objs = [];
    for await (const { obj } of readFtmLines(p)) objs.push(obj);
    expect(objs[1]).toEqual({ id: 'b', schema: 'Address', properties: {} });
  });

  it.each([
    ['array.ftm.json', '[1,2]', /array\.ftm\.json, line 1: not a JSON object/],
    ['schema.ftm.json', '{"id":"a","properties":{}}', /schema\.ftm\.json, line 1, field 'schema': FtM entity a without a schema/],
    ['props.ftm.json', '{"id":"a","schema":"Person","properties":["x"]}', /props\.ftm\.json, line 1, field 'properties'/],
  ])('rejects %s', async (name, text, message) => {
    await expect(lines(file(name, text))).rejects.toThrow(message);
  });

  it('names a missing file', async () => {
    await expect(lines(join(tmp, 'absent.ftm.json'))).rejects.toThrow(/absent\.ftm\.json: file not found/);
  });
});

describe('prop', () => {
  it('returns trimmed non-empty strings of a property', () => {
    expect(prop({ properties: { name: [' A ', '', 'B'], single: 'C', none: null } }, 'name')).toEqual(['A', 'B']);
    expect(prop({ properties: { single: 'C' } }, 'single')).toEqual(['C']);
    expect(prop({ properties: {} }, 'missing')).toEqual([]);
  });
});
