/**
 * yente dataset names for Chokepoint's lists: one dataset per list, plus the collections `default`
 * (every list served) and `sanctions` (the sanctions and export-control lists), and the resolution of a
 * request's dataset, include_dataset and exclude_dataset into the list sources to screen.
 */
import '../../importers/all.js';
import { importers } from '../../importers/registry.js';
import type { ServedList } from '../types.js';

export const DEFAULT = 'default';
export const SANCTIONS = 'sanctions';

/**
 * OpenSanctions' name for the same publication, so that a client's include_dataset and the datasets of
 * results read as they do against yente. Lists OpenSanctions does not publish get their key with
 * underscores (`ftm`).
 */
const OPENSANCTIONS_NAMES: Readonly<Record<string, string>> = {
  'us-ofac-sdn': 'us_ofac_sdn',
  'us-ofac-cons': 'us_ofac_cons',
  'un-sc': 'un_sc_sanctions',
  'uk-ofsi': 'gb_hmt_sanctions',
  'uk-fcdo': 'gb_fcdo_sanctions',
  'eu-fsf': 'eu_fsf',
  'eu-oj': 'eu_journal_sanctions',
  'us-bis-dpl': 'us_bis_denied',
  'us-trade-csl': 'us_trade_csl',
};

/** The yente dataset name of a list source: `us-ofac-sdn` -> `us_ofac_sdn`, `un-sc` -> `un_sc_sanctions`. */
export function datasetName(source: string): string {
  return OPENSANCTIONS_NAMES[source] ?? source.replace(/-/g, '_');
}

/** The list source a dataset name stands for, also accepting the plain underscore form (`un_sc`). */
export function sourceOfDataset(name: string, served: readonly string[]): string | undefined {
  return served.find((s) => datasetName(s) === name || s.replace(/-/g, '_') === name || s === name);
}

/** Whether a source belongs to the `sanctions` collection (every list but generic FtM files). */
export function isSanctionsList(source: string): boolean {
  return source in OPENSANCTIONS_NAMES;
}

/** The sources a dataset or collection name covers among those served, or undefined for an unknown name. */
export function sourcesOf(name: string, served: readonly string[]): string[] | undefined {
  if (name === DEFAULT) return [...served];
  if (name === SANCTIONS) return served.filter(isSanctionsList);
  const one = sourceOfDataset(name, served);
  return one ? [one] : undefined;
}

/**
 * The sources a request screens: the path dataset, narrowed to include_dataset when given, less
 * exclude_dataset. Unknown names in the filters match nothing, as they do in yente.
 */
export function scopeSources(dataset: string, served: readonly string[], include: readonly string[], exclude: readonly string[]): string[] | undefined {
  const scope = sourcesOf(dataset, served);
  if (!scope) return undefined;
  const expand = (names: readonly string[]): Set<string> => new Set(names.flatMap((n) => sourcesOf(n, served) ?? []));
  const included = include.length ? expand(include) : undefined;
  const excluded = expand(exclude);
  return scope.filter((s) => (!included || included.has(s)) && !excluded.has(s));
}

export interface ListInfo {
  title: string;
  publisher: string;
}

/** Title and publisher of a list, from its importer. */
export function listInfo(source: string): ListInfo {
  const imp = importers().find((i) => i.source === source);
  return { title: imp?.title ?? source, publisher: imp?.publisher ?? source };
}

/** A dataset's title: a list's own, or the collection's. */
export function datasetTitle(name: string, served: readonly string[]): string {
  if (name === DEFAULT) return 'All lists served by Chokepoint';
  if (name === SANCTIONS) return 'Sanctions and export-control lists served by Chokepoint';
  const source = sourceOfDataset(name, served);
  return source ? listInfo(source).title : name;
}

/** yente serves timestamps as ISO seconds without a zone. */
export function isoSeconds(value: string | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

/** When each source's current version was imported: the `last_seen` of its entities. */
export function importedAtBySource(lists: readonly ServedList[]): Map<string, string | null> {
  return new Map(lists.map((l) => [l.source, isoSeconds(l.importedAt)]));
}
