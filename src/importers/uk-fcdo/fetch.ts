/**
 * Where the FCDO publishes the UK Sanctions List.
 *
 * This importer reads a DERIVED set of tables (subjects.csv, subject_names.csv, subject_dobs.csv,
 * subject_identifiers.csv, subject_countries.csv) that a third-party transform produced from the
 * FCDO's official CSV. The official file itself is in another layout (one row per name, a "Report
 * Date" banner, columns such as "Unique ID", "Name type", "Regime Name"), which this importer does
 * not read yet. It is listed so that `lists fetch` keeps a copy of the authoritative source next to
 * the derived set, but it is not required, and discover() does not take it as this list's data.
 */
import type { RemoteFile } from '../types.js';

export const remote: RemoteFile[] = [
  {
    role: 'official-csv',
    url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv',
    filename: 'UK-Sanctions-List.csv',
    required: false,
  },
];
