/**
 * Where the European Commission serves the consolidated financial sanctions list (FSF) as CSV 1.1.
 *
 * The `token` query parameter is not a secret: it is the fixed public token the Commission publishes in
 * the download links of the list's page (data.europa.eu, "Consolidated list of persons, groups and
 * entities subject to EU financial sanctions"); every public client uses the same one.
 */
import type { RemoteFile } from '../types.js';

export const FSF_CSV_URL = 'https://webgate.ec.europa.eu/fsd/fsf/public/files/csvFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw';

export const remote: readonly RemoteFile[] = [
  { role: 'main', url: FSF_CSV_URL, filename: 'csvFullSanctionsList_1_1.csv', required: true },
];
