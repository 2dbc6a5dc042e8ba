/**
 * Stream FollowTheMoney JSON lines: one entity object per line, with its line number. A line that is
 * not JSON, not an object, or lacks a string `id` or `schema` fails with the file and the line.
 * Blank lines are skipped. No mapping here.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { malformed } from '../../errors.js';

/** One FtM entity as serialised by followthemoney / OpenSanctions exports. */
export interface FtmObject {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, unknown>;
  datasets?: string[];
  referents?: string[];
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
  target?: boolean;
  [key: string]: unknown;
}

export interface FtmLine {
  obj: FtmObject;
  line: number;
}

export async function* readFtmLines(path: string, displayName = path): AsyncGenerator<FtmLine> {
  const file = displayName;
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      yield { obj: parseLine(text, file, line), line };
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file });
    throw e;
  } finally {
    lines.close();
    input.destroy();
  }
}

function parseLine(text: string, file: string, line: number): FtmObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw malformed(`invalid JSON: ${(e as Error).message}`, { file, line });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw malformed('not a JSON object', { file, line });
  const obj = value as Partial<FtmObject>;
  if (typeof obj.id !== 'string' || !obj.id.trim()) throw malformed('FtM entity without an id', { file, line, field: 'id' });
  if (typeof obj.schema !== 'string' || !obj.schema.trim()) throw malformed(`FtM entity ${obj.id} without a schema`, { file, line, field: 'schema' });
  if (obj.properties !== undefined && (typeof obj.properties !== 'object' || obj.properties === null || Array.isArray(obj.properties))) {
    throw malformed(`FtM entity ${obj.id}: properties is not an object`, { file, line, field: 'properties' });
  }
  return { ...obj, properties: obj.properties ?? {} } as FtmObject;
}

/** The string values of a property (FtM values are lists of strings; a bare string is accepted). */
export function prop(obj: Pick<FtmObject, 'properties'>, name: string): string[] {
  const v = obj.properties[name];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    if (x === null || x === undefined) continue;
    const s = String(x).trim();
    if (s) out.push(s);
  }
  return out;
}
