/** Read the first bytes of a file to recognise its format. */
import { openSync, readSync, closeSync } from 'node:fs';

export function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** A date found in a folder name such as `2024-05-03` or `2022-05`, used as the publication date. */
export function dateFromPath(path: string): string | undefined {
  const m = /(?:^|\/)(\d{4}-\d{2}(?:-\d{2})?)(?:\/|$)/.exec(path.replace(/\\/g, '/'));
  return m ? m[1] : undefined;
}
