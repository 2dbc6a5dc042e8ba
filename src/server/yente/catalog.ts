/**
 * GET /catalog in yente's shape (DataCatalogModel): one dataset per list served, with its version and
 * entity count, and the two collections over them.
 */
import type { ServedList } from '../types.js';
import { DEFAULT, SANCTIONS, datasetName, datasetTitle, isSanctionsList, isoSeconds, listInfo } from './datasets.js';

export interface YenteDataset {
  name: string;
  title: string;
  updated_at?: string;
  last_export?: string;
  entity_count: number;
  thing_count: number;
  version: string;
  tags: string[];
  publisher?: { name: string; official: boolean };
  resources: never[];
  children: string[];
  deprecated: boolean;
  load: boolean;
  namespace: boolean;
  index_version: string;
  index_current: boolean;
}

export interface YenteCatalog {
  datasets: YenteDataset[];
  current: string[];
  outdated: string[];
  index_stale: boolean;
}

/** A list version as yente names versions: unique per import, so a re-import reads as a new version. */
function listVersion(l: ServedList): string {
  return `${l.label}-${l.versionId}`;
}

function listDataset(l: ServedList): YenteDataset {
  const info = listInfo(l.source);
  const version = listVersion(l);
  const exported = isoSeconds(l.importedAt);
  const published = l.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(l.publishedAt) ? `${l.publishedAt}T00:00:00` : undefined;
  return {
    name: datasetName(l.source),
    title: info.title,
    ...(published ? { updated_at: published } : {}),
    ...(exported ? { last_export: exported } : {}),
    entity_count: l.total,
    thing_count: l.total,
    version,
    tags: isSanctionsList(l.source) ? ['list.sanction'] : [],
    publisher: { name: info.publisher, official: isSanctionsList(l.source) },
    resources: [],
    children: [],
    deprecated: false,
    load: true,
    namespace: false,
    index_version: version,
    index_current: true,
  };
}

function collection(name: string, members: readonly ServedList[], served: readonly string[]): YenteDataset {
  // A collection changes whenever one of its lists does: its version is the set of theirs.
  const version = members.map(listVersion).sort().join('+') || 'empty';
  const total = members.reduce((a, l) => a + l.total, 0);
  const exported = members.map((l) => isoSeconds(l.importedAt)).filter((x): x is string => !!x).sort().pop();
  return {
    name,
    title: datasetTitle(name, served),
    ...(exported ? { last_export: exported } : {}),
    entity_count: total,
    thing_count: total,
    version,
    tags: [],
    resources: [],
    children: members.map((l) => datasetName(l.source)),
    deprecated: false,
    load: false,
    namespace: false,
    index_version: version,
    index_current: true,
  };
}

export function buildCatalog(lists: readonly ServedList[]): YenteCatalog {
  const served = lists.map((l) => l.source);
  const datasets = [
    collection(DEFAULT, lists, served),
    collection(SANCTIONS, lists.filter((l) => isSanctionsList(l.source)), served),
    ...lists.map(listDataset),
  ];
  // The engine serves every list it loaded, so each is current; none is stale.
  return { datasets, current: datasets.filter((d) => d.load).map((d) => d.name), outdated: [], index_stale: false };
}
