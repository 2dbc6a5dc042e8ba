/**
 * The candidate index over every name of every entity: phonetic keys of name parts (and of adjacent
 * parts written together) -> names, with one-edit deletion neighbourhoods for typos and consonant
 * skeletons for scripts written without vowels. Immutable once built.
 */
import type { Entity, NameKind, Schema } from '../../model/entity.js';
import { caption } from '../../model/entity.js';
import { analyzeName, makeToken, type AnalyzedName, type NameToken } from '../normalize/name.js';
import type { EntityFacts } from '../compare/types.js';
import { deletions } from './keys.js';
import { skeleton } from '../normalize/phonetic.js';
import { joinedTokens, type JoinedToken } from '../compare/name-parts.js';

export interface IndexedName {
  entity: number;
  full: string;
  kind: NameKind;
  tokens: NameToken[];
  joined: JoinedToken[];
  /** Index of the surname among the parts (Latin-script persons' names of two parts or more), else -1. */
  surname: number;
  /** Names with the same signature compare alike with any query (the same person on several lists). */
  signature: string;
  /** Key ids this name is posted under (its parts and adjacent parts written together). */
  keyIds: number[];
  legalForms: string[];
}

export interface IndexedEntity {
  id: string;
  source: string;
  caption: string;
  programs: string[];
  facts: EntityFacts;
  names: number[];
}

export class CandidateIndex {
  readonly entities: IndexedEntity[] = [];
  readonly names: IndexedName[] = [];
  /** key -> key id */
  readonly keyIds = new Map<string, number>();
  /** key id -> name ids */
  readonly postings: number[][] = [];
  /** key id -> number of entities whose names use it */
  readonly df: number[] = [];
  /** deletion -> key ids */
  readonly deletes = new Map<string, number[]>();
  /** skeleton -> key ids */
  readonly skeletons = new Map<string, number[]>();
  /** Normalised identifier -> entity ordinals: an identifier finds its entity whatever the name. */
  readonly identifiers = new Map<string, number[]>();
  /** Every distinct list part (text and flags), shared by the names that use it; a part's id is its place. */
  readonly vocabulary: NameToken[] = [];
  private readonly vocabularyIds = new Map<string, number>();
  /** Key ids whose deletions and skeleton are indexed. */
  private readonly near = new Set<number>();
  /** key id -> entity ordinals (distinct), filled by freeze() */
  entityPostings: Int32Array[] = [];
  /** skeleton -> entity ordinals (distinct), filled by freeze() */
  skeletonPostings = new Map<string, Int32Array>();

  /** Compact the postings into distinct entity ordinals per key, for fast candidate lookup. */
  freeze(): this {
    this.vocabularyIds.clear();
    this.entityPostings = this.postings.map((names) => {
      const out: number[] = [];
      for (const n of names) {
        const e = this.names[n].entity;
        if (out[out.length - 1] !== e) out.push(e);
      }
      return Int32Array.from(out);
    });
    for (const [skel, keys] of this.skeletons) {
      const set = new Set<number>();
      for (const k of keys) for (const e of this.entityPostings[k]) set.add(e);
      this.skeletonPostings.set(skel, Int32Array.from(set));
    }
    return this;
  }

  add(entity: Entity): void {
    const e = this.entities.length;
    const names: number[] = [];
    const seen = new Set<string>();
    const entityKeys = new Set<number>();
    for (const n of entity.names) {
      const a = analyzeName(n.full, entity.schema);
      if (a.tokens.length === 0) continue;
      const sig = a.tokens.map((t) => t.text).join(' ');
      if (seen.has(sig)) continue;
      seen.add(sig);
      const id = this.names.length;
      a.tokens = a.tokens.map((t) => this.intern(t));
      const joined = joinedTokens(a.tokens).map((j) => ({ token: this.intern(j.token), idx: j.idx }));
      this.names.push({ entity: e, full: n.full, kind: n.kind, tokens: a.tokens, joined, surname: surnameIndex(a, entity.schema), signature: `${a.script}|${surnameIndex(a, entity.schema)}|${sig}`, keyIds: [], legalForms: a.legalForms.map((f) => f.generic) });
      names.push(id);
      for (const t of a.tokens) if (!t.initial) this.post(t.key, id, entityKeys);
      for (let i = 0; i + 1 < a.tokens.length; i++) {
        const [x, y] = [a.tokens[i], a.tokens[i + 1]];
        if (!x.initial && !y.initial) this.post(x.key + y.key, id, entityKeys, true);
      }
    }
    for (const k of entityKeys) this.df[k]++;
    for (const i of entity.identifiers) if (i.normalized.length >= 5) push(this.identifiers, i.normalized, e);
    this.entities.push({
      id: entity.id,
      source: entity.source,
      caption: caption(entity),
      programs: entity.programs.map((p) => p.key),
      facts: {
        schema: entity.schema,
        birthDates: entity.birthDates.map((d) => (d.circa ? { value: d.value, circa: true } : { value: d.value })),
        countries: [...new Set([...entity.nationalities, ...entity.countries])],
        gender: entity.gender,
        identifiers: entity.identifiers.map((i) => ({ normalized: i.normalized, type: i.type, value: i.value })),
      },
      names,
    });
  }

  /** The shared vocabulary entry for a part: identical parts of different names are one object with an id. */
  private intern(t: NameToken): NameToken {
    const k = `${t.text}\u0001${+t.foreign}${+t.loose}${+t.syllabic}${+t.particle}`;
    const id = this.vocabularyIds.get(k);
    if (id !== undefined) return this.vocabulary[id];
    const shared = { ...t, id: this.vocabulary.length };
    this.vocabularyIds.set(k, shared.id);
    this.vocabulary.push(shared);
    return shared;
  }

  /** Post a name under a key; parts written together (`joined`) are found by their exact key only. */
  private post(key: string, nameId: number, entityKeys: Set<number>, joined = false): void {
    let k = this.keyIds.get(key);
    if (k === undefined) {
      k = this.postings.length;
      this.keyIds.set(key, k);
      this.postings.push([]);
      this.df.push(0);
    }
    this.names[nameId].keyIds.push(k);
    if (!joined && !this.near.has(k)) {
      this.near.add(k);
      for (const d of deletions(key)) push(this.deletes, d, k);
      const skel = skeleton(key);
      if (skel.length >= 2) push(this.skeletons, skel, k);
    }
    const list = this.postings[k];
    if (list[list.length - 1] !== nameId) list.push(nameId);
    entityKeys.add(k);
  }

  /** Entities whose names use a key, for weighting: rare parts identify, common ones less so. */
  documentFrequency(key: string): number {
    const k = this.keyIds.get(key);
    return k === undefined ? 0 : this.df[k];
  }
}

/** Where the surname stands: first when written "SURNAME, Given", else last. Latin-script persons only. */
export function surnameIndex(a: AnalyzedName, schema: Schema | undefined): number {
  if ((schema !== undefined && schema !== 'Person') || a.script !== 'Latin' || a.tokens.length < 2) return -1;
  return a.surnameFirst ? 0 : a.tokens.length - 1;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

export function buildIndex(entities: Iterable<Entity>): CandidateIndex {
  const index = new CandidateIndex();
  for (const e of entities) index.add(e);
  return index.freeze();
}
