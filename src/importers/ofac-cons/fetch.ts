/** Where OFAC serves the non-SDN consolidated list in its legacy CSV layout. */
import type { RemoteFile } from '../types.js';

const BASE = 'https://www.treasury.gov/ofac/downloads/consolidated';

export const remote: RemoteFile[] = [
  { role: 'prim', url: `${BASE}/cons_prim.csv`, filename: 'cons_prim.csv', required: true },
  { role: 'add', url: `${BASE}/cons_add.csv`, filename: 'cons_add.csv', required: false },
  { role: 'alt', url: `${BASE}/cons_alt.csv`, filename: 'cons_alt.csv', required: false },
  { role: 'comments', url: `${BASE}/cons_comments.csv`, filename: 'cons_comments.csv', required: false },
];
