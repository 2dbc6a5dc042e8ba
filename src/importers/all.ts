/** Registers every importer. Import this module once at the edge (CLI, API, benchmarks). */
import { registerImporter } from './registry.js';

export { importers, importerFor, discoverDatasets } from './registry.js';
void registerImporter;
