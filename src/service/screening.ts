/**
 * The screening service behind the API: the engine over the lists served now, with every screening
 * recorded in the audit trail (who, when, the input, the list versions, the result ids and scores, the
 * algorithm). The engine can be swapped for one built on newer lists without stopping.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ChokepointError, isChokepointError } from '../errors.js';
import type { Entity } from '../model/entity.js';
import type { ScreeningOptions, ScreeningQuery, ScreeningResult } from '../matching/types.js';
import { listVersionsOf, type LoadedEngine } from '../screening/load-engine.js';
import type { AuditEntry, AuditLog, ListStore } from '../storage/ports.js';
import type { Caller, ScreeningGateway, ScreenOutcome, ServedList } from '../server/types.js';

/** One query of a batch: its outcome, or the error that stopped it (the batch goes on). */
export type BatchItem = { ok: true; outcome: ScreenOutcome } | { ok: false; error: { code: string; message: string; field?: string } };

export class ScreeningService implements ScreeningGateway {
  constructor(
    private loaded: LoadedEngine,
    private readonly store: ListStore,
    private readonly audit: AuditLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get algorithm(): string {
    return this.loaded.engine.algorithm;
  }

  /** The engine served now (payment screening builds on it). */
  get engine(): LoadedEngine['engine'] {
    return this.loaded.engine;
  }

  loadedVersions(): LoadedEngine['versions'] {
    return this.loaded.versions;
  }

  get engineSize(): { entities: number; names: number } {
    return this.loaded.engine.size;
  }

  /** Serve a newly built engine from now on (requests in flight finish on the old one). */
  swap(loaded: LoadedEngine): void {
    this.loaded = loaded;
  }

  screen(query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string): ScreenOutcome {
    const { outcome, entry } = this.evaluate(query, options, caller, channel);
    this.audit.append([entry]);
    return outcome;
  }

  /** Refuse options that would fail every query (unknown weights, a bad threshold, an unknown list). */
  checkOptions(options: ScreeningOptions): void {
    this.loaded.engine.checkOptions(options);
    this.checkSources(options);
  }

  /** Screen many queries; their audit rows are written together. An invalid query fails alone. */
  screenMany(queries: ScreeningQuery[], options: ScreeningOptions, caller: Caller, channel: string): BatchItem[] {
    this.checkOptions(options);
    const entries: AuditEntry[] = [];
    const items = queries.map((q) => this.evaluateItem(q, options, caller, channel, entries));
    this.audit.append(entries);
    return items;
  }

  /** Screen one query of a batch job without writing: the job store writes results and audit rows together. */
  evaluateItem(query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string, entries: AuditEntry[]): BatchItem {
    try {
      const { outcome, entry } = this.evaluate(query, options, caller, channel);
      entries.push(entry);
      return { ok: true, outcome };
    } catch (e) {
      if (!isChokepointError(e)) throw e;
      const error = { code: e.code, message: e.message, ...(e.location.field ? { field: e.location.field } : {}) };
      entries.push(this.entry(randomUUID(), query, options, caller, channel, undefined, { error }));
      return { ok: false, error };
    }
  }

  private checkSources(options: ScreeningOptions): void {
    const { versions } = this.loaded;
    if (versions.length === 0) throw new ChokepointError('UNAVAILABLE', 'no lists are loaded: nothing can be screened (import lists and restart the server)');
    // A mistyped list name must not read as "no hit".
    const unknown = options.sources?.filter((s) => !versions.some((v) => v.source === s)) ?? [];
    if (unknown.length) {
      throw new ChokepointError('INVALID_INPUT', `unknown list ${unknown.map((u) => `'${u}'`).join(', ')}; lists served: ${versions.map((v) => v.source).join(', ')}`, { field: 'sources' });
    }
  }

  entity(id: string): Entity | undefined {
    return this.store.entity(id)?.entity;
  }

  lists(): ServedList[] {
    return this.loaded.versions.map((v) => ({
      source: v.source, label: v.label, versionId: v.id, importedAt: v.importedAt, total: v.total,
      ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}),
    }));
  }

  private evaluate(query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string): { outcome: ScreenOutcome; entry: AuditEntry } {
    const started = performance.now();
    const { engine, versions } = this.loaded;
    this.checkSources(options);
    const result = engine.screen(query, options);
    const id = randomUUID();
    const outcome: ScreenOutcome = {
      screeningId: id,
      listVersions: listVersionsOf(versions),
      tookMs: Math.round((performance.now() - started) * 1000) / 1000,
      ...result,
    };
    return { outcome, entry: this.entry(id, query, options, caller, channel, result) };
  }

  private entry(id: string, query: ScreeningQuery, options: ScreeningOptions, caller: Caller, channel: string, result?: ScreeningResult, failure?: unknown): AuditEntry {
    return {
      id,
      at: this.clock().toISOString(),
      keyId: caller.keyId,
      keyName: caller.name,
      role: caller.role,
      channel,
      input: { query, options },
      listVersions: listVersionsOf(this.loaded.versions),
      algorithm: result?.algorithm ?? this.loaded.engine.algorithm,
      threshold: result?.threshold ?? options.threshold ?? 0,
      result: result
        ? { candidates: result.candidates, matches: result.matches.map((m) => ({ entityId: m.entityId, score: m.score, match: m.match })) }
        : failure,
    };
  }
}
