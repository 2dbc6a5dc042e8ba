/**
 * The batch entry point: `parsePaymentFile(path)` picks the reader by extension (or by the first
 * character) and yields one result per message, so a caller reports failures and carries on.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { malformed } from '../../errors.js';
import type { PaymentResult } from '../model.js';
import { parsePaymentCsv } from './csv.js';
import { parseMtFile } from './mt.js';
import { parsePacs008File } from './pacs008.js';
import { attempt } from './result.js';

export type PaymentFileKind = 'mt' | 'pacs008' | 'csv';

const BY_EXTENSION: Record<string, PaymentFileKind> = { '.xml': 'pacs008', '.fin': 'mt', '.rje': 'mt', '.mt': 'mt', '.txt': 'mt', '.csv': 'csv' };

/** The reader for a file: by extension, else by its first non-blank character. */
export async function detectPaymentFile(path: string): Promise<PaymentFileKind> {
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(512), 0, 512, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return head.startsWith('<') ? 'pacs008' : head.startsWith('{') || head.startsWith(':') ? 'mt' : 'csv';
  } finally {
    await fh.close();
  }
}

/** Parse every message in a payment file. Never throws for bad input: each failure is a result. */
export async function* parsePaymentFile(path: string, opts: { displayName?: string; kind?: PaymentFileKind } = {}): AsyncGenerator<PaymentResult> {
  const file = opts.displayName ?? path;
  let kind: PaymentFileKind;
  try {
    kind = opts.kind ?? (await detectPaymentFile(path));
  } catch (e) {
    yield attempt(0, () => { throw (e as { code?: string }).code === 'ENOENT' ? malformed('file not found', { file }) : e; });
    return;
  }
  if (kind === 'pacs008') yield* parsePacs008File(path, file);
  else if (kind === 'csv') yield* parsePaymentCsv(path, file);
  else {
    try {
      yield* parseMtFile(path, file);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e;
      yield attempt(0, () => { throw malformed('file not found', { file }); });
    }
  }
}

export { parseMtFile, parseMtText } from './mt.js';
export { parsePacs008File, versionFromNamespace } from './pacs008.js';
export { parsePaymentCsv, CSV_COLUMNS } from './csv.js';
export { loadBicDirectory, bicDirectory, type BicDirectory, type BicEntry } from './bic.js';
