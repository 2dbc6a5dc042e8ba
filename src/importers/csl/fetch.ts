/** Where trade.gov serves the Consolidated Screening List. */
import type { RemoteFile } from '../types.js';

export const CSL_FILENAME = 'consolidated.csv';

export const remote: RemoteFile[] = [
  {
    role: 'main',
    url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv',
    filename: CSL_FILENAME,
    required: true,
  },
];
