/**
 * Linking: each entity named in an article, resolved to what it is and checked against the lists.
 * People and organisations are screened through the injected matching engine; banks are first
 * resolved in the BIC directory (by name or acronym) and screened by name and BIC; countries and
 * places are resolved by the gazetteer and not screened (they are not list entities). Only hits at or
 * above the engine's threshold are hits, and of those only the ones the mention corroborates: a news
 * mention is short and often generic ("Ministry of Defence", "Bank of China"), so a hit that rests on a
 * typo-tolerant match of a short word, on generic words alone, or on a country the mention does not
 * name is set aside with its reason, never shown as a hit. Pure.
 */
import type { Schema } from '../../model/entity.js';
import type { ScreeningMatch, ScreeningQuery, ScreeningResult } from '../../matching/types.js';
import type { BankHit, BankIndex } from './banks.js';
import { countryByCode, countryByDemonym, countryByName } from './gazetteer/countries.js';
import type { EntityType, Mention } from './types.js';

export type Verdict = 'listed' | 'not-listed' | 'unresolved' | 'not-screened';

export interface ListMatch {
  entityId: string;
  source: string;
  /** The list entity's name. */
  name: string;
  /** The name (primary or alias) the mention matched. */
  matchedName: string;
  score: number;
  programs: string[];
  explanation: string;
}

export interface LinkedEntity {
  /** The name as the article gives it (the full name when an acronym is defined in the text). */
  mention: string;
  type: EntityType;
  kind: 'person' | 'organization' | 'bank' | 'country' | 'place' | 'nationality';
  /** Other forms in the article (acronyms, surnames). */
  aliases: string[];
  /** Where it is named: character offsets. */
  spans: { start: number; end: number }[];
  country?: string;
  official?: { name: string; role: string; country: string };
  bank?: { bic: string; name: string; city?: string; country: string; via: 'name' | 'acronym'; alternatives?: string[] };
  listMatches: ListMatch[];
  /** Hits at or above the threshold that the mention did not corroborate, with why: for audit, not hits. */
  setAside: { entityId: string; name: string; score: number; reason: string }[];
  verdict: Verdict;
  /** One plain sentence for the analyst. */
  statement: string;
}

export interface LinkOptions {
  /** The matching engine: one query in, its result out (thresholded by the engine). */
  screen?: (query: ScreeningQuery) => ScreeningResult;
  banks?: BankIndex;
  /** Names of the lists the engine holds, for the statement ("us-ofac-sdn"). */
  lists?: string[];
  /**
   * The text the mentions come from. With it, a name that does not say "bank" ("ICBC", "Yes") is taken
   * for a bank only when a sentence naming it speaks of banking or payments.
   */
  text?: string;
}

/** Words of banking and payments: the context in which an acronym or a bare name may be a bank. */
const FINANCE = /\b(banks?|banking|lenders?|payments?|paid|pay|transfers?|transactions?|accounts?|deposits?|loans?|credit|financ\w*|swift|yuan|renminbi|rmb|roubles?|rubles?|dollars?|euros?|correspondent|remittances?|clearing|settlements?)\b/i;
const BANK_WORD = /bank|banca|banque|banco|bancorp|банк|銀行|银行/i;

function financialContext(g: MentionGroup, text: string | undefined): boolean {
  if (text === undefined || g.all.some((m) => BANK_WORD.test(m.text)) || (g.main.expansion && BANK_WORD.test(g.main.expansion))) return true;
  return g.all.some((m) => {
    const from = Math.max(text.lastIndexOf('.', m.start) + 1, m.start - 300);
    const to = text.indexOf('.', m.end);
    return FINANCE.test(text.slice(from, to < 0 ? Math.min(text.length, m.end + 300) : Math.min(to, m.end + 300)));
  });
}

/** Words that identify nothing on their own in an organisation's name. */
const GENERIC = new Set(['ministry', 'of', 'the', 'and', 'for', 'defence', 'defense', 'foreign', 'affairs', 'finance', 'economy', 'interior', 'trade',
  'industry', 'central', 'national', 'state', 'commercial', 'international', 'bank', 'group', 'company', 'corporation', 'department', 'agency',
  'office', 'council', 'committee', 'government', 'federal', 'general', 'services', 'service', 'security', 'forces', 'army', 'navy', 'air', 'force',
  'development', 'investment', 'holding', 'holdings', 'technologies', 'technology', 'trading', 'logistics', 'limited', 'llc', 'jsc', 'co', 'ltd']);

/** Words of legal forms, which a news mention usually leaves out. */
const LEGAL_WORDS = new Set(['open', 'closed', 'joint', 'stock', 'public', 'private', 'pjsc', 'ojsc', 'cjsc', 'ooo', 'oao', 'zao', 'ao', 'pao', 'inc', 'plc',
  'gmbh', 'ag', 'sa', 'the', 'incorporated', 'llp', 'lp', 'fze', 'fzco', 'fzc', 'bhd', 'pte', 'pty', 'srl', 'spa', 'bv', 'nv', 'as', 'kft', 'sro', 'tov', 'too']);
/** Words between the names of a body ("Bank of China", "Ministry for Foreign Affairs"). */
const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'de', 'la', 'del', 'al', 'el']);
/** In a person's list name, a patronymic or an initial may be missing from a news mention; a given name may not. */
const MAY_BE_MISSING = /^(\p{L}|\p{L}+(vich|vych|vna|ovna|evna|ichna|ogly|oglu|ogli|qizi|kyzy|uly|ovich|evich))$/iu;

export function linkEntities(mentions: Mention[], options: LinkOptions = {}): LinkedEntity[] {
  const groups = groupMentions(mentions);
  return groups.map((g) => linkOne(g, options));
}

interface MentionGroup { main: Mention; all: Mention[] }

/** Mentions of the same thing: the same words, an acronym with its definition, a surname with the full name. */
function groupMentions(mentions: Mention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byKey = new Map<string, MentionGroup>();
  const named = mentions.filter((m) => m.type !== 'MONEY' && m.type !== 'PERCENT');
  // Longer names first, so that surnames and acronyms join the full name's group.
  for (const m of [...named].sort((a, b) => (b.expansion ? 0 : b.text.length) - (a.expansion ? 0 : a.text.length))) {
    const key = m.text.toLowerCase();
    const join = byKey.get(key)
      ?? (m.expansion ? byKey.get(m.expansion.toLowerCase()) : undefined)
      ?? (m.type === 'PERSON' && !m.text.includes(' ') ? groups.find((g) => g.main.type === 'PERSON' && g.main.text.toLowerCase().split(/\s+/).at(-1) === key) : undefined);
    if (join) {
      join.all.push(m);
      byKey.set(key, join);
      continue;
    }
    const g = { main: m.expansion ? { ...m, text: m.expansion } : m, all: [m] };
    groups.push(g);
    byKey.set(key, g);
    if (m.expansion) byKey.set(m.expansion.toLowerCase(), g);
  }
  return groups.sort((a, b) => Math.min(...a.all.map((m) => m.start)) - Math.min(...b.all.map((m) => m.start)));
}

function linkOne(g: MentionGroup, options: LinkOptions): LinkedEntity {
  const m = g.main;
  const aliases = [...new Set(g.all.map((x) => x.text).filter((t) => t !== m.text))];
  const spans = g.all.map((x) => ({ start: x.start, end: x.end })).sort((a, b) => a.start - b.start);
  const base = { mention: m.text, type: m.type, aliases, spans, ...(m.country ? { country: m.country } : {}), listMatches: [] as ListMatch[], setAside: [] as LinkedEntity['setAside'] };
  const lists = options.lists?.length ? ` (screened against ${options.lists.join(', ')})` : '';
  if (m.type === 'COUNTRY' || m.type === 'LOCATION' || m.type === 'NATIONALITY') {
    const c = m.country ? countryByCode(m.country) : undefined;
    const kind = m.type === 'COUNTRY' ? 'country' : m.type === 'LOCATION' ? 'place' : 'nationality';
    const what = m.type === 'COUNTRY' ? `a country (${m.country})` : m.type === 'LOCATION' ? `a place${c ? ` in ${c.name}` : ''}` : `a nationality${c ? ` (${c.name})` : ''}`;
    return { ...base, kind, verdict: 'not-screened', statement: `${m.text} is ${what}; places are not list entities and were not screened.` };
  }
  const official = m.official ?? g.all.find((x) => x.official)?.official;
  const bank = m.type === 'ORGANIZATION' && options.banks && financialContext(g, options.text) ? resolveBank(g, options.banks) : undefined;
  const kind = bank ? 'bank' : m.type === 'PERSON' ? 'person' : 'organization';
  const extra = {
    ...(official ? { official: { name: official.name, role: official.role, country: official.country } } : {}),
    ...(bank ? { bank: { bic: bank.bic8, name: bank.name, ...(bank.city ? { city: bank.city } : {}), country: bank.country, via: bank.via, ...(bank.alternatives ? { alternatives: bank.alternatives } : {}) } } : {}),
  };
  const who = describe(m.text, aliases, official, bank);
  if (!options.screen) return { ...base, kind, ...extra, verdict: 'unresolved', statement: `${who}; it was not screened (no lists loaded).` };
  const schema: Schema = m.type === 'PERSON' ? 'Person' : 'Organization';
  const queries: ScreeningQuery[] = [{ name: m.text, schema }];
  if (official && official.name !== m.text) queries.push({ name: official.name, schema });
  if (bank) queries.push({ name: bank.name, schema, identifiers: [bank.bic8] });
  // Each hit with the name that reached it: the mention, the official's name or the bank's directory name.
  const best = new Map<string, { hit: ScreeningMatch; asked: string }>();
  for (const q of queries) {
    for (const hit of options.screen(q).matches) {
      if (!hit.match) continue;
      const prev = best.get(hit.entityId);
      if (!prev || hit.score > prev.hit.score) best.set(hit.entityId, { hit, asked: q.name });
    }
  }
  const contextCountries = new Set([m.country, bank?.country, official?.country].filter((c): c is string => !!c));
  for (const { hit, asked } of [...best.values()].sort((a, b) => b.hit.score - a.hit.score)) {
    const reason = weakness(hit, asked, m.text, m.type === 'PERSON', contextCountries, bank);
    if (reason) base.setAside.push({ entityId: hit.entityId, name: hit.caption, score: hit.score, reason });
    else base.listMatches.push({ entityId: hit.entityId, source: hit.source, name: hit.caption, matchedName: hit.name.name, score: hit.score, programs: hit.programs, explanation: hit.explanation });
  }
  if (base.listMatches.length) {
    const top = base.listMatches[0];
    const more = base.listMatches.length > 1 ? ` and ${base.listMatches.length - 1} more` : '';
    const programs = top.programs.length ? `, programmes ${top.programs.join(', ')}` : '';
    return { ...base, kind, ...extra, verdict: 'listed', statement: `${who}; it is listed: ${top.name} on ${top.source} (${top.entityId}, score ${top.score.toFixed(2)}${programs})${more}.` };
  }
  return { ...base, kind, ...extra, verdict: 'not-listed', statement: `${who}; it is on no sanctions list${lists}.` };
}

function resolveBank(g: MentionGroup, banks: BankIndex): BankHit | undefined {
  for (const text of [g.main.text, ...g.all.map((x) => x.text)]) {
    const hit = banks.resolve(text);
    if (hit) return hit;
  }
  return undefined;
}

function describe(text: string, aliases: string[], official: Mention['official'], bank: BankHit | undefined): string {
  const aka = aliases.length ? ` (${aliases.join(', ')})` : '';
  if (bank) {
    const same = bank.name.toLowerCase() === text.toLowerCase();
    return `${text}${aka} is ${same ? 'the bank' : bank.name} (${bank.bic8}${bank.city ? `, ${bank.city}` : ''}, ${bank.country})`;
  }
  if (official) return `${text}${aka} is ${official.name}, ${official.role}`;
  return `${text}${aka}`;
}

/** Why a hit at or above the threshold does not identify the mention, or undefined when it does. */
function weakness(hit: ScreeningMatch, mention: string, written: string, person: boolean, context: Set<string>, bank: BankHit | undefined): string | undefined {
  if (hit.features.some((f) => f.feature === 'identifier_match' && f.contribution > 0)) return undefined;
  const aligned = hit.name.aligned;
  const fuzzy = aligned.find((a) => a.how === 'fuzzy' && (a.query.length < 7 || a.score < 0.85));
  if (fuzzy) return `'${fuzzy.query}' only resembles '${fuzzy.candidate}' (a typo-tolerant match of a short word)`;
  const words = mention.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length && words.every((w) => GENERIC.has(w))) return `'${mention}' is generic: it names no particular body without its country`;
  // News text is not a screening form: a bare abbreviation or a lone word names many things, so it links
  // only to a list name that is that word alone; a longer name must not add words the mention lacks.
  // What the article wrote must identify something on its own, whatever name was then screened (an
  // official's full name, a bank's directory name): a bank found in a banking context may be an acronym.
  for (const text of new Set([mention, written])) {
    const w = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // A lone given name or surname ("Mike", "Putin" alone) is not a person's identity.
    if (person && w.length === 1) return `'${text}' is a single name; a person is identified by at least two`;
    const trimmed = text.trim();
    if (!bank && (w.join('').length <= 3 || (w.length === 1 && trimmed.length <= 5 && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed)))) {
      return `'${text}' is a bare abbreviation; it identifies nothing without its expansion in the article`;
    }
  }
  if (words.length === 1 && (hit.name.unmatchedCandidate.length > 0 || hit.name.aligned.length !== 1)) {
    return `'${mention}' is one word, while the list name '${hit.name.name}' says more ('${hit.name.unmatchedCandidate.join(' ')}')`;
  }
  // An initial stands for a word only beside a person's full surname; "Group A" is not "Alfa Group".
  const initial = hit.name.aligned.find((a) => a.how === 'initial' || (a.query.length === 1 && a.candidate.length > 1));
  if (initial && (hit.schema !== 'Person' || hit.name.aligned.filter((a) => a.how !== 'initial' && a.query.length > 1).length < 2)) {
    return `'${initial.query}' is only an initial of '${initial.candidate}'`;
  }
  const loose = hit.name.aligned.find((a) => a.how === 'phonetic' && (a.score < 0.9 || a.query.length < 5));
  if (loose) return `'${loose.query}' only sounds like '${loose.candidate}'`;
  // The list name's own words, not the engine's reading of them (which drops words it deems legal forms):
  // every word the mention did not meet must be one a news mention may leave out.
  const met = new Set(hit.name.aligned.flatMap((a) => a.candidate.toLowerCase().split(/[\s-]+/)));
  const listWords = hit.name.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const extra = listWords.filter((w) => !met.has(w) && !(hit.schema === 'Person' ? MAY_BE_MISSING.test(w) : GENERIC.has(w) || LEGAL_WORDS.has(w) || STOP_WORDS.has(w)));
  if (extra.length > 0) return `the list name '${hit.name.name}' adds '${extra.join(' ')}', which the mention does not say`;
  const unsaid = hit.name.unmatchedQuery.filter((w) => !GENERIC.has(w) && !LEGAL_WORDS.has(w) && !STOP_WORDS.has(w));
  if (unsaid.length > 0) return `the mention's '${unsaid.join(' ')}' is not in the list name '${hit.name.name}'`;
  const foreign = hit.name.unmatchedCandidate.map((w) => countryByName(w) ?? countryByDemonym(w)).find((c) => c && !context.has(c.code));
  if (foreign) return `the list name names ${foreign.name}, which the mention does not`;
  if (bank && hit.name.unmatchedQuery.length > 0) return `the list name leaves '${hit.name.unmatchedQuery.join(' ')}' of the bank's name unmatched`;
  return undefined;
}
