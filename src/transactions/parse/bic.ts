/**
 * The BIC directory (bic_directory.csv: bic, bic8, branch_code, institution, city, branch, country_code,
 * country, data_vintage): BIC8 or BIC11 -> institution name, city and country.
 * The country always comes from the BIC itself (characters 5-6), the directory only adds names.
 */
import { parse } from 'csv-parse';
import { malformed } from '../../errors.js';
import { bicCountry, isBic } from '../codes.js';
import { openStream } from './result.js';

export interface BicEntry {
  bic: string;
  institution: string;
  city?: string;
  branch?: string;
  /** ISO alpha-2, from the BIC's characters 5-6. */
  country: string;
  /** Month the directory data was collected, e.g. '2018-01'. */
  vintage?: string;
}

export interface BicDirectory {
  size: number;
  /** Exact BIC11, else its BIC8 head office, else any branch of the BIC8; undefined when unknown. */
  lookup(bic: string): BicEntry | undefined;
  /** Every entry, one per BIC (the bank index of adverse media is built from them). */
  entries(): Iterable<BicEntry>;
}

const REQUIRED = ['bic', 'institution', 'city', 'country_code'];

/** Build a directory from entries (also used by tests with hand-written rows). */
export function bicDirectory(entries: Iterable<BicEntry>): BicDirectory {
  const byBic = new Map<string, BicEntry>();
  for (const e of entries) if (!byBic.has(e.bic)) byBic.set(e.bic, e);
  const anyBranch = new Map<string, BicEntry>();
  for (const e of byBic.values()) if (!anyBranch.has(e.bic.slice(0, 8))) anyBranch.set(e.bic.slice(0, 8), e);
  return {
    size: byBic.size,
    entries: () => byBic.values(),
    lookup(raw: string) {
      const bic = raw.trim().toUpperCase();
      if (!isBic(bic)) return undefined;
      const b8 = bic.slice(0, 8);
      const hit = byBic.get(bic) ?? byBic.get(b8) ?? byBic.get(`${b8}XXX`) ?? anyBranch.get(b8);
      return hit && { ...hit, country: bicCountry(bic) };
    },
  };
}

/** Load bic_directory.csv, streaming; a bad row fails with its line and column. */
export async function loadBicDirectory(path: string, file = path): Promise<BicDirectory> {
  const entries: BicEntry[] = [];
  let line = 1;
  try {
    const parser = (await openStream(path)).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true }));
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      line++;
      if (line === 2) for (const c of REQUIRED) if (!(c in row)) throw malformed(`missing column '${c}'`, { file, line: 1, field: c });
      const bic = row.bic.toUpperCase();
      if (!isBic(bic)) throw malformed(`'${row.bic}' is not a BIC`, { file, line, field: 'bic' });
      entries.push({ bic, institution: row.institution, city: row.city || undefined, branch: row.branch || undefined, country: bicCountry(bic), vintage: row.data_vintage || undefined });
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw malformed('file not found', { file });
    if ((e as { code?: string }).code === 'MALFORMED_FILE') throw e;
    throw malformed(`invalid CSV: ${(e as Error).message}`, { file, line });
  }
  return bicDirectory(entries);
}
