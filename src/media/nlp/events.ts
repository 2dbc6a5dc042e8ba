/**
 * Sanctions events from news sentences: each event has its class (CAMEO code where CAMEO has it), the
 * sentence as evidence, the trigger, the actor and the target, goods mapped to HS/CHPL when named, and
 * amounts for trade figures. Patterns find triggers; the words before a trigger decide negation ("did
 * not impose" gives no event) and hedging ("may impose" is a threat, not an imposition); the voice
 * ("X sanctioned Y", "Y was sanctioned by X") decides which side is the actor. Pure.
 */
import { findAmounts, type Amount } from './amounts.js';
import { recognise, type RecogniserOptions } from './entities.js';
import { EVENT_CLASSES, THREAT_WHEN_HEDGED, type EventType } from './event-classes.js';
import { ADJECTIVAL, APPEAL, CONDITIONAL, FEAR, HEDGE, NEGATION, PASSIVE_AUX, TRIGGERS, type TriggerPattern } from './event-lexicon.js';
import { goodsIn, type ClassifyGoods, type GoodsRef } from './goods-terms.js';
import { agentAfter, candidates, objectAfter, subjectBefore, type EventArgument } from './roles.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Mention } from './types.js';

export interface SanctionsEvent {
  type: EventType;
  /** CAMEO code, or CP-... for our classes. */
  code: string;
  cameo?: string;
  label: string;
  sentence: Sentence;
  trigger: { text: string; start: number; end: number };
  actor?: EventArgument;
  target?: EventArgument;
  /** Transit countries or intermediaries ("via Kazakhstan"). */
  via?: EventArgument[];
  goods?: GoodsRef[];
  amounts?: Amount[];
  /** Stated as possible or intended ("may", "plans to", "threatened to"). */
  hedged: boolean;
  voice: 'active' | 'passive' | 'nominal';
  /** The trigger pattern that fired: the rule behind the event. */
  pattern: string;
}

export interface EventOptions extends RecogniserOptions {
  /** Mentions already found in the text (else the recogniser runs). */
  mentions?: Mention[];
  /** The goods classifier, to map named goods to HS-6 and CHPL. */
  classifyGoods?: ClassifyGoods;
}

/** Destinations and words that make a supply of goods sanctions-relevant. */
const RISK_COUNTRIES = new Set(['RU', 'BY', 'IR', 'KP', 'SY', 'KG', 'KZ', 'AM', 'GE', 'UZ', 'TR', 'AE', 'HK', 'CN', 'TJ', 'AZ', 'MM', 'VE']);
const RISK_WORDS = /\b(dual[- ]use|military|battlefield|weapons?|missiles?|drones?|defen[cs]e|sanction\w*|evad\w*|evasion|circumvent\w*|shell compan\w*|front compan\w*|export controls?|high[- ]priority|war)\b/i;
const TRADE_WORDS = /\b(exports?|imports?|re-exports?|trade|turnover|shipments|deliveries|supplies|purchases|flows)\b/i;

export function extractEvents(text: string, options: EventOptions = {}): SanctionsEvent[] {
  const mentions = options.mentions ?? recognise(text, options);
  return splitSentences(text).flatMap((s) => sentenceEvents(s, mentions, options));
}

/** Events of one sentence, given the document's mentions. */
export function sentenceEvents(s: Sentence, mentions: Mention[], options: EventOptions = {}): SanctionsEvent[] {
  const args = candidates(s.text, s.start, mentions);
  const amounts = findAmounts(s.text, s.start);
  const found: SanctionsEvent[] = [];
  for (const pat of TRIGGERS) {
    pat.re.lastIndex = 0;
    for (const m of s.text.matchAll(pat.re)) {
      const t = m.groups?.t ?? m[0];
      const tStart = m.index! + m[0].indexOf(t);
      const e = makeEvent(s, pat, t, tStart, args, amounts, options);
      if (e) found.push(e);
    }
  }
  const events = dedupe(found);
  // "The EU froze the assets of X and imposed a travel ban": a coordinated verb shares the first verb's subject.
  for (const e of events) {
    if (!/\band\s+(?:\w+ly\s+)?$/i.test(s.text.slice(0, e.trigger.start - s.start))) continue;
    const first = events.find((o) => o !== e && o.trigger.start < e.trigger.start && o.actor && o.voice === 'active');
    if (first && e.voice === 'active') e.actor = first.actor;
  }
  return events;
}

function makeEvent(s: Sentence, pat: TriggerPattern, trigger: string, at: number, args: EventArgument[], amounts: Amount[], options: EventOptions): SanctionsEvent | undefined {
  const left = s.text.slice(0, at);
  const clause = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf(' but '), left.lastIndexOf(' while ')) + 1);
  if (NEGATION.test(clause) || /\b(prohibit\w*|banned|barred|forbidden)\s+from\s+$/i.test(clause)) return undefined;
  if (pat.type !== 'TRADE_FIGURE' && pat.type !== 'PAYMENT_RESTRICTED' && APPEAL.test(clause)) return undefined;
  if (pat.type === 'DUAL_USE_SUPPLY' && CONDITIONAL.test(clause)) return undefined;
  let type = pat.type;
  const hedged = !!pat.threat || HEDGE.test(clause) || /\bthreat(?:en|ens|ened|ening)\b[^,;]{0,60}$/i.test(clause);
  if (hedged && THREAT_WHEN_HEDGED.has(type)) type = 'SANCTIONS_THREATENED';
  if (type === 'SANCTIONS_THREATENED' && FEAR.test(clause)) return undefined;
  const participle = /^(?:\w+ed|frozen|sold|sent|put|hit|cut|cut off|bought|seen|taken|made)$/i.test(trigger);
  const passive = participle && (PASSIVE_AUX.test(left) || /^(?:listed|frozen|blocked|seized|rejected|returned|shipped|supplied|exported|sold|delivered|sent)$/i.test(trigger) && /\b(?:were|was|been|being|is|are)\b[^,;]{0,60}$/i.test(left));
  const tEnd = at + trigger.length;
  const abs = s.start + at;
  const absEnd = s.start + tEnd;
  // "sanctioned", "designated", "frozen" before a noun are adjectives: a state, not an event.
  if (/^(sanction|designat|blacklist|frozen|blocked)/i.test(trigger) && pat.name !== 'to sanction' && !passive && (ADJECTIVAL.test(left) || left.trim() === '')) return undefined;
  // "the export of", "its supply of": a supply verb used as a noun is no supply.
  if (pat.name === 'supply goods' && /\b(the|a|an|its|their|his|her)\s+$/i.test(left)) return undefined;
  if (pat.name === 'sanctioned' && !passive && !/^\s+(?:[\p{Lu}\d]|the\b|more\b|over\b|dozens\b|hundreds\b|several\b|two\b|three\b|four\b|five\b|individuals\b|entities\b|companies\b|firms\b|banks\b|people\b|officials\b|a\b|an\b|it\b|them\b|him\b|her\b|its\b|those\b)/u.test(s.text.slice(tEnd))) return undefined;
  const cls = EVENT_CLASSES[type];
  const base = { type, code: cls.code, ...(cls.cameo ? { cameo: cls.cameo } : {}), label: cls.label, sentence: s, trigger: { text: trigger, start: abs, end: absEnd }, hedged, pattern: pat.name };
  let actor: EventArgument | undefined;
  let target: EventArgument | undefined;
  let voice: SanctionsEvent['voice'] = passive ? 'passive' : 'active';
  const extra: Partial<SanctionsEvent> = {};
  switch (pat.type) {
    case 'TRADE_FIGURE': {
      const near = amounts.filter((a) => Math.abs(a.start - abs) < 160);
      if (near.length === 0 || !TRADE_WORDS.test(trigger)) return undefined;
      const between = /^\s+between\s+/i.exec(s.text.slice(tEnd));
      if (between) {
        actor = objectAfter(args, s.text, s.start, absEnd, null);
        target = actor && objectAfter(args, s.text, s.start, actor.end, /^\s*(?:and|,)\s+(?:the\s+)?$/i);
      } else {
        actor = subjectBefore(args, s.text, s.start, abs, s.start) ?? objectAfter(args, s.text, s.start, absEnd, /\b(?:of|by)\s+(?:the\s+)?$/i);
        target = objectAfter(args, s.text, s.start, absEnd, /\b(?:to|from|with|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i)
          ?? objectAfter(args, s.text, s.start, absEnd, /\bof\s+(?:the\s+)?$/i);
      }
      voice = 'nominal';
      extra.amounts = near;
      break;
    }
    case 'DUAL_USE_SUPPLY': {
      const goods = goodsIn(s.text, s.start, options.classifyGoods);
      const risky = RISK_WORDS.test(s.text) || args.some((a) => a.country && RISK_COUNTRIES.has(a.country));
      if (goods.length === 0 || !risky) return undefined;
      extra.goods = goods;
      if (passive) {
        actor = agentAfter(args, s.text, s.start, absEnd);
      } else {
        actor = subjectBefore(args, s.text, s.start, abs);
      }
      target = objectAfter(args, s.text, s.start, absEnd, /\b(?:to|for|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i)
        ?? objectAfter(args, s.text, s.start, absEnd, /^\s*(?:the\s+|a\s+|an\s+)?$/i);
      const via = args.filter((a) => a.start >= absEnd && /\b(?:via|through|by way of|transiting|through intermediaries in)\s+(?:the\s+)?$/i.test(s.text.slice(0, a.start - s.start)));
      if (via.length) extra.via = via;
      if (actor && target && actor.start === target.start) target = undefined;
      break;
    }
    case 'PAYMENT_RESTRICTED': {
      if (passive || pat.name === 'payments rejected') {
        actor = agentAfter(args, s.text, s.start, absEnd) ?? subjectBefore(args, s.text, s.start, abs);
        target = objectAfter(args, s.text, s.start, s.start, /\b(?:from|of|for|by|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i, abs);
        voice = 'passive';
      } else {
        actor = subjectBefore(args, s.text, s.start, abs);
        target = objectAfter(args, s.text, s.start, absEnd, /\b(?:from|of|to|for|with|involving|linked to|tied to)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i) ?? objectAfter(args, s.text, s.start, absEnd, null);
      }
      if (actor && target && actor.start === target.start) target = undefined;
      break;
    }
    default: {
      if (pat.name === 'new sanctions on' || pat.name === 'national sanctions on' || pat.name === 'embargo on' || pat.name === 'export ban' || pat.name === 'asset freeze' || pat.name === 'ban on exports') {
        voice = 'nominal';
        actor = args.find((a) => a.start >= abs && a.end <= absEnd) ?? subjectBefore(args, s.text, s.start, abs);
        target = objectAfter(args, s.text, s.start, absEnd, /\b(?:on|against|targeting|to|for|aimed at|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$/i) ?? subjectObject(args, s, abs, absEnd);
      } else if (pat.name === 'face sanctions') {
        // "X could face sanctions": X is threatened; whoever threatens is named after "from" if at all.
        target = subjectBefore(args, s.text, s.start, abs);
        actor = objectAfter(args, s.text, s.start, absEnd, /\b(?:from|by)\s+(?:the\s+)?$/i);
        voice = 'passive';
      } else if (passive || pat.name === 'assets frozen' || pat.name === 'sanctions were imposed' || pat.name === 'sanctions eased' || pat.name === 'were cut off' || pat.name === 'sanctions imposed') {
        target = pat.name === 'sanctions imposed'
          ? objectAfter(args, s.text, s.start, absEnd, /\b(?:on|against)\s+(?:the\s+)?$/i)
          : objectAfter(args, s.text, s.start, s.start, /\b(?:of|on|against)\s+(?:the\s+)?$/i, abs) ?? subjectBefore(args, s.text, s.start, abs);
        actor = agentAfter(args, s.text, s.start, absEnd);
        voice = 'passive';
      } else {
        actor = subjectBefore(args, s.text, s.start, abs);
        if (pat.type === 'ASSET_FREEZE') {
          target = objectAfter(args, s.text, s.start, absEnd, /\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i) ?? objectAfter(args, s.text, s.start, absEnd, null);
          break;
        }
        if (pat.type === 'EXPORT_BAN') {
          target = objectAfter(args, s.text, s.start, absEnd, /\b(?:to|on|against|for|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i) ?? objectAfter(args, s.text, s.start, absEnd, null);
          break;
        }
        const preps = type === 'SANCTIONS_THREATENED' || pat.type === 'SANCTIONS_IMPOSED' || pat.type === 'SANCTIONS_EASED'
          ? /\b(?:on|against|targeting|over|of|for|with)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}$/i
          : null;
        target = (preps && objectAfter(args, s.text, s.start, absEnd, /\b(?:on|against|targeting)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,3}$/i))
          ?? objectAfter(args, s.text, s.start, absEnd, null)
          ?? (preps ? objectAfter(args, s.text, s.start, absEnd, preps) : undefined);
      }
      if (actor && target && actor.start === target.start) target = undefined;
    }
  }
  return { ...base, voice, ...(actor ? { actor } : {}), ...(target ? { target } : {}), ...extra };
}

/** A target standing right before a nominal trigger: "Russia's export ban" has no target, "an asset freeze on X" does. */
function subjectObject(args: EventArgument[], s: Sentence, abs: number, absEnd: number): EventArgument | undefined {
  return objectAfter(args, s.text, s.start, absEnd, /\b(?:on|against)\s+(?:the\s+)?$/i) ?? (abs > s.start ? undefined : undefined);
}

/** One event per class and trigger: overlapping triggers of the same class are one event; a more specific class wins over a generic one on the same words. */
function dedupe(events: SanctionsEvent[]): SanctionsEvent[] {
  const out: SanctionsEvent[] = [];
  const overlaps = (a: SanctionsEvent, b: SanctionsEvent) => a.trigger.start < b.trigger.end && b.trigger.start < a.trigger.end;
  for (const e of events) {
    const same = out.find((o) => o.type === e.type && (overlaps(o, e) || sameArgs(o, e) || !o.target || !e.target || o.target.start === e.target.start));
    if (same) {
      if (!same.actor && e.actor) same.actor = e.actor;
      if (!same.target && e.target) same.target = e.target;
      continue;
    }
    // Lifting sanctions or delisting is not imposing or listing on the same words.
    if (e.type !== 'SANCTIONS_EASED' && e.type !== 'TRADE_FIGURE' && e.type !== 'DUAL_USE_SUPPLY' && e.type !== 'PAYMENT_RESTRICTED' && out.some((o) => o.type === 'SANCTIONS_EASED' && (overlaps(o, e) || near(o, e)))) continue;
    // A payment frozen is a payment event, not an asset freeze.
    if (e.type === 'ASSET_FREEZE' && out.some((o) => o.type === 'PAYMENT_RESTRICTED' && overlaps(o, e))) continue;
    out.push(e);
  }
  // A threat on the same words as an imposition means the imposition was hedged: keep the threat.
  return out.filter((e) => !(e.type === 'SANCTIONS_IMPOSED' && out.some((o) => o.type === 'SANCTIONS_THREATENED' && near(o, e))));
}

function near(a: SanctionsEvent, b: SanctionsEvent): boolean {
  return Math.abs(a.trigger.start - b.trigger.start) < 40;
}

function sameArgs(a: SanctionsEvent, b: SanctionsEvent): boolean {
  return !!a.target && !!b.target && a.target.start === b.target.start && (!a.actor || !b.actor || a.actor.start === b.actor.start);
}
