/** Streaming SHA-256 of files, and the checksum of a dataset (its files by role). */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { SourceFile } from '../storage/ports.js';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFiles(files: Record<string, string>): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const [role, path] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    out.push({ role, name: basename(path), bytes: statSync(path).size, sha256: await sha256File(path) });
  }
  return out;
}

export function datasetChecksum(files: SourceFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.role.localeCompare(b.role))) hash.update(`${f.role}:${f.sha256}\n`);
  return hash.digest('hex');
}
