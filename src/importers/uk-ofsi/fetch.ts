/**
 * Where OFSI (HM Treasury) publishes the Consolidated List of Financial Sanctions Targets. The
 * "2022 format" CSV carries the same Name 1..6 / Group ID layout as the 2018 file this importer was
 * built on, plus non-Latin names, separate passport and national-id number columns and Alias Quality,
 * which the mapping reads when present.
 */
import type { RemoteFile } from '../types.js';

export const remote: RemoteFile[] = [
  {
    role: 'main',
    url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv',
    filename: 'ConList.csv',
    required: true,
  },
];
