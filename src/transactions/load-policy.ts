/** Edge: read a policy file (JSON); a malformed file fails naming the file and the field. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChokepointError, malformed } from '../errors.js';
import { parsePolicy, type Policy } from './policy.js';

export const DEFAULT_PAYMENT_POLICY = resolve(import.meta.dirname, '../../policies/payments.json');
export const DEFAULT_SHIPMENT_POLICY = resolve(import.meta.dirname, '../../policies/shipments.json');

export function loadPolicy(path = DEFAULT_PAYMENT_POLICY): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ChokepointError('NOT_FOUND', `cannot read policy: ${(e as Error).message}`, { file: path });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw malformed(`not valid JSON: ${(e as Error).message}`, { file: path });
  }
  return parsePolicy(doc, path);
}
