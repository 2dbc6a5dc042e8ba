/**
 * Edge: build a screening engine over the entities a list store serves now. The engine itself is pure
 * and immutable; this module reads the store and the clock, and says which list versions it was built
 * from so that every result can be traced to them.
 */
import { performance } from 'node:perf_hooks';
import { ChokepointError } from '../errors.js';
import { buildEngine } from '../matching/engine.js';
import type { ScreeningEngine } from '../matching/types.js';
import type { DatasetVersion, ListStore } from '../storage/ports.js';

export interface LoadedEngine {
  engine: ScreeningEngine;
  /** The list versions whose entities the engine holds (the current version of each list). */
  versions: DatasetVersion[];
  /** Milliseconds spent reading the store and building the engine. */
  buildMs: number;
}

export interface LoadEngineOptions {
  /** Matching algorithm name (the engine's default when absent). */
  algorithm?: string;
}

/** Build an engine from the current list versions; fails with NOT_FOUND when no list is loaded. */
export function loadEngine(store: ListStore, opts: LoadEngineOptions = {}): LoadedEngine {
  const started = performance.now();
  const versions = store.currentVersions();
  if (versions.length === 0) {
    throw new ChokepointError('NOT_FOUND', 'no lists loaded: run `chokepoint lists import <dir>` or `chokepoint lists fetch`');
  }
  // Read exactly these versions, so that the versions reported are the ones screened against even if
  // an import finishes while the engine is being built.
  const entities = store.entities(versions.map((v) => v.id));
  const engine = buildEngine(entities, opts.algorithm ? { algorithm: opts.algorithm } : undefined);
  return { engine, versions, buildMs: Math.round(performance.now() - started) };
}

/** The short form of the versions used, as results carry it. */
export function listVersionsOf(versions: DatasetVersion[]): { source: string; versionId: number; label: string }[] {
  return versions.map((v) => ({ source: v.source, versionId: v.id, label: v.label }));
}
