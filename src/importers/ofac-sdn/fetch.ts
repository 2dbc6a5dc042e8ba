/** Where OFAC serves the SDN list in its legacy CSV layout. */
import type { RemoteFile } from '../types.js';

const BASE = 'https://www.treasury.gov/ofac/downloads';

export const remote: RemoteFile[] = [
  { role: 'sdn', url: `${BASE}/sdn.csv`, filename: 'sdn.csv', required: true },
  { role: 'add', url: `${BASE}/add.csv`, filename: 'add.csv', required: false },
  { role: 'alt', url: `${BASE}/alt.csv`, filename: 'alt.csv', required: false },
  { role: 'comments', url: `${BASE}/sdn_comments.csv`, filename: 'sdn_comments.csv', required: false },
];
