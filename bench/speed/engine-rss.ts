/**
 * Child process of bench:speed: stream every list straight into the engine, entity by entity, as the
 * CLI and the server do from the store (no array of entities is held), then print the build time and
 * the settled RSS as JSON. Run with --expose-gc.
 */
import { resolve } from 'node:path';
import '../../src/importers/all.js';
import { discoverDatasets, importerFor } from '../../src/importers/registry.js';
import { buildEngineFrom } from '../../src/matching/engine.js';
import type { Entity } from '../../src/model/entity.js';
import { newestPerSource, sharedDataDir } from './load-lists.js';

const refs = newestPerSource(discoverDatasets(resolve(sharedDataDir(), 'lists')));
async function* stream(): AsyncGenerator<Entity> {
  for (const ref of refs) yield* importerFor(ref.source).read(ref, { setPublishedAt: () => {} });
}
const gc = (globalThis as { gc?: () => void }).gc;
const started = performance.now();
const engine = await buildEngineFrom(stream());
const ms = performance.now() - started;
gc?.();
gc?.();
const m = process.memoryUsage();
process.stdout.write(JSON.stringify({ entities: engine.size.entities, names: engine.size.names, readAndBuildMs: ms, rssMb: m.rss / 1048576, heapUsedMb: m.heapUsed / 1048576 }) + '\n');
