/** OFAC Specially Designated Nationals (SDN) list, legacy CSV files: sdn.csv, add.csv, alt.csv, sdn_comments.csv. */
import type { Importer } from '../types.js';
import { remote } from './fetch.js';
import { createOfacImporter } from './importer.js';

export const ofacSdnImporter: Importer = createOfacImporter({
  source: 'us-ofac-sdn',
  title: 'OFAC Specially Designated Nationals (SDN) List',
  publisher: 'US Treasury, OFAC',
  primaryRole: 'sdn',
  fileNames: { primary: 'sdn.csv', add: 'add.csv', alt: 'alt.csv', comments: 'sdn_comments.csv' },
  remote,
  lists: () => ['SDN'],
  listingDates: false,
});
