/**
 * Which encoding a CSV is in. OFSI has published ConList.csv both as Windows-1252 (the 2018 file's
 * apostrophes are byte 0x92) and as UTF-8; a strict UTF-8 pass over the bytes decides, without
 * holding the file in memory.
 */
import { createReadStream } from 'node:fs';
import { malformed } from '../../errors.js';

export type TextEncoding = 'utf8' | 'win1252';

/** `utf8` when every byte sequence is valid UTF-8 (ASCII included), else `win1252`. */
export async function detectEncoding(path: string, displayName = path): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf8';
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file: displayName });
    if (e instanceof TypeError) return 'win1252';
    throw e;
  }
}
