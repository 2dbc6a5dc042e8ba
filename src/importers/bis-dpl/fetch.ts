/** Where BIS serves the Denied Persons List. */
import type { RemoteFile } from '../types.js';

export const DPL_FILENAME = 'dpl.txt';

export const remote: RemoteFile[] = [
  { role: 'main', url: 'https://www.bis.doc.gov/dpl/dpl.txt', filename: DPL_FILENAME, required: true },
];
