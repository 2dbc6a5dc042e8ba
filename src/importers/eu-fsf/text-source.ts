/**
 * Opens an FSF CSV as text lines: picks the encoding (UTF-8 with or without BOM, else Windows-1252, which
 * the old v1.0 files are written in) and streams the lines, without their line breaks.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import iconv from 'iconv-lite';
import { malformed } from '../../errors.js';

export type TextEncoding = 'utf8' | 'win1252';

/**
 * UTF-8 when the file starts with a BOM or its first 64 KiB are valid UTF-8 with some non-ASCII text;
 * Windows-1252 when they are not valid UTF-8; `fallback` for plain ASCII.
 */
export function sniffEncoding(path: string, fallback: TextEncoding): TextEncoding {
  const fd = openSync(path, 'r');
  let buf: Buffer;
  try {
    buf = Buffer.alloc(65536);
    buf = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf8';
  if (!buf.some((b) => b >= 0x80)) return fallback;
  // Drop a multi-byte character the 64 KiB cut may have split.
  let end = buf.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) if ((buf[end - i] & 0xc0) === 0xc0) { end -= i; break; }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
    return 'utf8';
  } catch {
    return 'win1252';
  }
}

/** The lines of a text file, decoded, without line breaks; a leading BOM is dropped. */
export async function* readLines(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const input = raw.pipe(iconv.decodeStream(encoding === 'utf8' ? 'utf8' : 'win1252'));
  raw.on('error', (e) => input.emit('error', e));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let first = true;
  try {
    for await (const line of lines) {
      yield first ? line.replace(/^\uFEFF/, '') : line;
      first = false;
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file: path });
    throw e;
  }
}
