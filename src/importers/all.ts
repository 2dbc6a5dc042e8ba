/** Registers every importer. Import this module once at the edge (CLI, API, benchmarks). */
import { registerImporter } from './registry.js';
import { ofacSdnImporter } from './ofac-sdn/index.js';
import { ofacConsImporter } from './ofac-cons/index.js';
import { cslImporter } from './csl/index.js';
import { dplImporter } from './bis-dpl/index.js';
import { unImporter } from './un/index.js';
import { ukOfsiImporter } from './uk-ofsi/index.js';
import { ukFcdoImporter } from './uk-fcdo/index.js';
import { euFsfImporter } from './eu-fsf/index.js';
import { euOjImporter } from './eu-oj/index.js';
import { ftmImporter } from './ftm/index.js';

for (const importer of [
  ofacSdnImporter, ofacConsImporter, cslImporter, dplImporter, unImporter, ukOfsiImporter, ukFcdoImporter, euFsfImporter, euOjImporter, ftmImporter,
]) {
  registerImporter(importer);
}

export { importers, importerFor, discoverDatasets } from './registry.js';
