import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChokepointError } from '../../errors.js';
import { ofacValue, readAliases, readComments, readPrimary } from './parse.js';
import { ofacSdnImporter } from './index.js';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), 'testdata');

async function drain(rows: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of rows) n++;
  return n;
}

async function failure(rows: AsyncIterable<unknown>): Promise<ChokepointError> {
  try {
    await drain(rows);
  } catch (e) {
    expect(e).toBeInstanceOf(ChokepointError);
    return e as ChokepointError;
  }
  throw new Error('expected the read to fail');
}

describe('ofacValue', () => {
  it('reads OFAC null markers as null and trims values', () => {
    expect(ofacValue('-0- ')).toBeNull();
    expect(ofacValue('-0-')).toBeNull();
    expect(ofacValue('  ')).toBeNull();
    expect(ofacValue(' CUBA ')).toBe('CUBA');
  });
});

describe('OFAC CSV parsing', () => {
  it('streams rows with their line numbers and skips the final Ctrl-Z byte', async () => {
    const rows = [];
    for await (const r of readPrimary(join(TESTDATA, '2024-01-15/sdn.csv'))) rows.push(r);
    expect(rows).toHaveLength(8);
    expect(rows[1]).toMatchObject({ line: 2, record: { ent_num: '1002', SDN_Name: 'IVANOV, Pyotr Sergeyevich', SDN_Type: 'individual', Call_Sign: null } });
    expect(rows[7].line).toBe(8);
  });

  it('reads the LF-only comments file', async () => {
    const rows = [];
    for await (const r of readComments(join(TESTDATA, '2024-01-15/sdn_comments.csv'))) rows.push(r.record);
    expect(rows.map((r) => r.ent_num)).toEqual(['1002', '5555']);
  });

  it('fails on a broken quote, naming the file and the line', async () => {
    const file = join(TESTDATA, 'broken-quote/sdn.csv');
    const e = await failure(readPrimary(file));
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.location).toMatchObject({ file, line: 2 });
    expect(e.message).toContain(`${file}, line 2`);
    expect(e.message).toMatch(/quote/i);
  });

  it('fails on a non-numeric ent_num, naming the line and the field', async () => {
    const file = join(TESTDATA, 'bad-ent-num/sdn.csv');
    const e = await failure(readPrimary(file));
    expect(e.location).toEqual({ file, line: 3, field: 'ent_num' });
    expect(e.message).toBe(`${file}, line 3, field 'ent_num': ent_num must be a number, found '20O3'`);
  });

  it('fails on a wrong column count', async () => {
    const file = join(TESTDATA, 'bad-columns/sdn.csv');
    const e = await failure(readPrimary(file));
    expect(e.location).toMatchObject({ file, line: 2 });
    expect(e.message).toContain('wrong column count: expected 12');
    expect(e.message).toContain('found 10');
  });

  it('fails on a record without a name', async () => {
    const file = join(TESTDATA, 'missing-name/sdn.csv');
    const e = await failure(readPrimary(file));
    expect(e.location).toEqual({ file, line: 1, field: 'SDN_Name' });
  });

  it('fails on an unknown SDN_Type instead of guessing a schema', async () => {
    const e = await failure(readPrimary(join(TESTDATA, 'bad-type/sdn.csv')));
    expect(e.location).toMatchObject({ line: 2, field: 'SDN_Type' });
    expect(e.message).toContain("unknown SDN_Type 'spaceship'");
  });

  it('fails on an unknown alt_type in alt.csv', async () => {
    const e = await failure(readAliases(join(TESTDATA, 'bad-alt/alt.csv')));
    expect(e.location).toMatchObject({ line: 2, field: 'alt_type' });
  });

  it('fails through the importer too, on a side file', async () => {
    const [ref] = ofacSdnImporter.discover([join(TESTDATA, 'bad-alt/sdn.csv'), join(TESTDATA, 'bad-alt/alt.csv')]);
    expect(ref.files.alt).toBeDefined();
    const e = await failure(ofacSdnImporter.read(ref, { setPublishedAt: () => undefined }));
    expect(e.message).toContain(`${join(TESTDATA, 'bad-alt/alt.csv')}, line 2, field 'alt_type'`);
  });

  it('fails with the file name when the file is missing', async () => {
    const e = await failure(readPrimary(join(TESTDATA, 'nope/sdn.csv')));
    expect(e.message).toContain('nope/sdn.csv');
  });
});
