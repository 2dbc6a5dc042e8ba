/**
 * A tiny importer over a JSON-lines file of {id, name, schema, dob?} records, for tests of the import,
 * store and diff machinery independent of any real list format. Registered only by tests.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname } from 'node:path';
import type { Importer } from '../importers/types.js';
import { addName, newEntity } from '../importers/common/build.js';
import { malformed } from '../errors.js';
import type { Schema } from '../model/entity.js';

export const testImporter: Importer = {
  source: 'test-list',
  title: 'Test list',
  publisher: 'tests',
  remote: [{ role: 'main', url: 'http://127.0.0.1:1/test.jsonl', filename: 'test.jsonl', required: true }],
  discover: (files) =>
    files.filter((f) => f.endsWith('.test.jsonl') || basename(f) === 'test.jsonl').map((f) => ({
      source: 'test-list', label: basename(dirname(f)), files: { main: f },
    })),
  async *read(ref) {
    const lines = createInterface({ input: createReadStream(ref.files.main), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let rec: { id: string; name: string; schema?: Schema; dob?: string; delayMs?: number };
      try {
        rec = JSON.parse(line);
      } catch (e) {
        throw malformed(`invalid JSON: ${(e as Error).message}`, { file: ref.files.main, line: n });
      }
      if (rec.delayMs) await new Promise((r) => setTimeout(r, rec.delayMs));
      const e = newEntity('test-list', rec.id, rec.schema ?? 'Person', rec);
      addName(e, rec.name, 'primary');
      if (rec.dob) e.birthDates.push({ value: rec.dob, precision: 'day' });
      yield e;
    }
  },
};
