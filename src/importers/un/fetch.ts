/** Where the UN serves the Consolidated List today. */
import type { RemoteFile } from '../types.js';

export const remote: RemoteFile[] = [
  {
    role: 'main',
    url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
    filename: 'consolidated.xml',
    required: true,
  },
];
