/**
 * OFAC Non-SDN Consolidated Sanctions List, legacy CSV files: cons_prim.csv, cons_add.csv,
 * cons_alt.csv, cons_comments.csv (same layout as the SDN files, parsed and mapped by the same code).
 */
import type { Importer } from '../types.js';
import { createOfacImporter } from '../ofac-sdn/importer.js';
import { remote } from './fetch.js';
import { nonSdnLists } from './lists.js';

export const ofacConsImporter: Importer = createOfacImporter({
  source: 'us-ofac-cons',
  title: 'OFAC Non-SDN Consolidated Sanctions List',
  publisher: 'US Treasury, OFAC',
  primaryRole: 'prim',
  fileNames: { primary: 'cons_prim.csv', add: 'cons_add.csv', alt: 'cons_alt.csv', comments: 'cons_comments.csv' },
  remote,
  lists: nonSdnLists,
  listingDates: true,
});
