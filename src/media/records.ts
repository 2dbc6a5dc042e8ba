/**
 * What an analysed article contributes to the adverse-media record of each entity it names: for every
 * linked entity, the keys it is filed under (each list entity it matched, the bank's BIC), the sentences
 * that name it, and the events in which it is the actor, the target or an intermediary. Pure.
 */
import type { Article } from './article.js';
import type { ArticleAnalysis, LinkedEntity, SanctionsEvent } from './nlp/index.js';
import { splitSentences } from './nlp/index.js';

/** One event as filed: the sentence, who did what to whom, and the goods and amounts it names. */
export interface EventRecord {
  type: string;
  code: string;
  cameo?: string;
  label: string;
  sentence: string;
  trigger: string;
  actor?: string;
  target?: string;
  via?: string[];
  goods?: SanctionsEvent['goods'];
  amounts?: SanctionsEvent['amounts'];
  hedged: boolean;
}

/** One entity named in one article, filed under one key. */
export interface LinkRecord {
  /** A list entity id, or `bic:<BIC>` for a bank on no list. */
  key: string;
  mention: string;
  kind: LinkedEntity['kind'];
  verdict: LinkedEntity['verdict'];
  statement: string;
  /** The list match behind this key, when the key is a list entity. */
  match?: { entityId: string; source: string; name: string; matchedName: string; score: number; programs: string[]; explanation: string };
  bank?: LinkedEntity['bank'];
  aliases: string[];
  /** Sentences of the article that name the entity (at most MAX_SENTENCES). */
  sentences: string[];
  /** Indexes into the article's events where the entity takes part. */
  events: number[];
}

export interface ArticleRecord {
  article: Article;
  events: EventRecord[];
  links: LinkRecord[];
}

const MAX_SENTENCES = 5;
/** Scores this close to the best list match count as tied with it. */
const TIE = 0.02;

function eventRecord(e: SanctionsEvent): EventRecord {
  return {
    type: e.type, code: e.code, ...(e.cameo ? { cameo: e.cameo } : {}), label: e.label, sentence: e.sentence.text.trim(), trigger: e.trigger.text,
    ...(e.actor ? { actor: e.actor.text } : {}), ...(e.target ? { target: e.target.text } : {}),
    ...(e.via?.length ? { via: e.via.map((v) => v.text) } : {}), ...(e.goods?.length ? { goods: e.goods } : {}), ...(e.amounts?.length ? { amounts: e.amounts } : {}),
    hedged: e.hedged,
  };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').trim();

/** Whether an event argument names the entity (its mention or one of its other forms). */
function names(argument: string | undefined, entity: LinkedEntity): boolean {
  if (!argument) return false;
  const a = fold(argument);
  return [entity.mention, ...entity.aliases].some((n) => {
    const f = fold(n);
    return f.length > 1 && (a === f || a.includes(f) || f.includes(a));
  });
}

/** Entities worth filing: those linked to a list entity or a bank. Countries and unresolved names are not. */
export function fileArticle(article: Article, analysis: ArticleAnalysis): ArticleRecord {
  const events = analysis.events.map(eventRecord);
  const sentences = splitSentences(article.text);
  const sentencesOf = (entity: LinkedEntity) => {
    const found: string[] = [];
    for (const span of entity.spans) {
      const s = sentences.find((x) => span.start >= x.start && span.start < x.end);
      const text = s?.text.trim();
      if (text && !found.includes(text)) found.push(text);
      if (found.length >= MAX_SENTENCES) break;
    }
    return found;
  };
  const links: LinkRecord[] = [];
  for (const entity of analysis.entities) {
    if (entity.listMatches.length === 0 && !entity.bank) continue;
    const common = {
      mention: entity.mention, kind: entity.kind, verdict: entity.verdict, statement: entity.statement, aliases: entity.aliases,
      ...(entity.bank ? { bank: entity.bank } : {}),
      sentences: sentencesOf(entity),
      events: events.flatMap((e, i) => (names(e.actor, entity) || names(e.target, entity) || (e.via ?? []).some((v) => names(v, entity)) ? [i] : [])),
    };
    // A short mention ("Sberbank") reaches the parent and its subsidiaries alike; it is filed under the
    // best match (and any tied with it), the others stay visible in the link's statement only.
    const best = Math.max(...entity.listMatches.map((m) => m.score));
    for (const m of entity.listMatches.filter((x) => x.score >= best - TIE)) {
      links.push({ key: m.entityId, ...common, match: { entityId: m.entityId, source: m.source, name: m.name, matchedName: m.matchedName, score: m.score, programs: m.programs, explanation: m.explanation } });
    }
    if (entity.bank) links.push({ key: `bic:${entity.bank.bic}`, ...common });
  }
  // One record per key: an entity named twice (two mentions matching the same list entry) keeps the first.
  const seen = new Set<string>();
  return { article, events, links: links.filter((l) => !seen.has(l.key) && seen.add(l.key)) };
}
