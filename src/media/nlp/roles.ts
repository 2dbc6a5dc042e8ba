/**
 * Who did it and to whom: the actor and target of an event, chosen among the sentence's entity
 * mentions and group phrases ("Chinese banks", "Russian companies") by their position around the
 * trigger and the prepositions that introduce them. Pure.
 */
import { countryByDemonym, countryByName } from './gazetteer/countries.js';
import { GROUP_NOUNS } from './gazetteer/cues.js';
import { tokenize, type Token } from './tokens.js';
import type { EntityType, Mention } from './types.js';

export interface EventArgument {
  text: string;
  start: number;
  end: number;
  type: EntityType | 'GROUP';
  country?: string;
}

const ROLE_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'NATIONALITY']);
/** Lists and programmes are what an entity is added to, never an actor or a target. */
const LIST_NAMES = /^(sdn|sdn list|entity list|the entity list|specially designated nationals(?: list)?|csl|sanctions list|ssi|cmic|annex\b.*|ear|order|executive order)$/i;
const NOT_ACTOR_PREP = /\b(of|on|against|to|from|with|in|by|for|at|via|into|over|about|through|under|including|like|as|than|targeting|between|among)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|several\s+|two\s+|three\s+|some\s+|many\s+|other\s+)?$/i;
const QUANT = new Set(['dozen', 'than', 'up', 'nearly', 'about', 'around', 'some', 'further', 'additional', 'new', 'foreign', 'western', 'local', 'financial', 'certain', 'the', 'a', 'an', 'several', 'some', 'many', 'most', 'major', 'two', 'three', 'four', 'five', 'six', 'dozens', 'hundreds', 'big', 'large', 'smaller', 'small', 'local', 'regional', 'state-owned', 'private', 'leading', 'top', 'other', 'all', 'these', 'those', 'more', 'at', 'least', 'its', 'their', 'largest', 'biggest']);
/** Region adjectives that head a group like a nationality does ("Western countries", "Gulf banks"). */
const REGIONS = new Set(['western', 'gulf', 'asian', 'central', 'european', 'african', 'arab', 'nordic', 'baltic', 'allied', 'g7']);

/** Entity mentions usable as actor or target, plus group phrases built on nationalities and group nouns. */
export function candidates(sentence: string, offset: number, mentions: Mention[]): EventArgument[] {
  const inside = mentions.filter((m) => ROLE_TYPES.has(m.type) && m.start >= offset && m.end <= offset + sentence.length && !LIST_NAMES.test(m.text));
  const out: EventArgument[] = inside.map((m) => ({ text: m.text, start: m.start, end: m.end, type: m.type, ...(m.country ? { country: m.country } : {}) }));
  const tokens = tokenize(sentence, offset);
  for (let i = 0; i < tokens.length; i++) {
    if (!GROUP_NOUNS.has(tokens[i].lower)) continue;
    // "Chinese state-owned banks", "Russian defence companies": a nationality or country up to two words before.
    let from = i;
    let country: string | undefined;
    // "Turkish company Azu International": the name after the group noun is the argument, not the group.
    const next = tokens[i + 1];
    if (next && inside.some((m) => m.start === next.start && m.type !== 'NATIONALITY')) {
      for (let k = out.length - 1; k >= 0; k--) if (out[k].type === 'NATIONALITY' && out[k].end <= tokens[i].start && tokens[i].start - out[k].end < 30) out.splice(k, 1);
      continue;
    }
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (!/\p{L}/u.test(tokens[k].text)) break;
      const head = tokens[k].text.replace(/-(?:linked|based|made|owned|registered|controlled|backed|produced|origin)$/i, '');
      const c = countryByDemonym(head) ?? countryByName(head) ?? (REGIONS.has(head.toLowerCase()) ? { code: '' } : undefined);
      if (c) {
        from = k;
        country = c.code || undefined;
        break;
      }
      if (tokens[k].cap && !QUANT.has(tokens[k].lower)) break;
    }
    const quantity = (t: Token) => QUANT.has(t.lower) || /^\d[\d,.]*$/.test(t.text) || NUMBER_WORDS.has(t.lower);
    if (from === i) {
      // A bare group ("the banks", "several companies", "22 individuals") is a weak candidate.
      let k = i;
      while (k > 0 && i - k < 3 && !tokens[k - 1].cap && /^[\p{Ll}\d-]/u.test(tokens[k - 1].text) && !quantity(tokens[k - 1]) && !STOP.has(tokens[k - 1].lower)) k--;
      if (k > 0 && quantity(tokens[k - 1])) {
        from = k - 1;
        while (from > 0 && quantity(tokens[from - 1]) && tokens[from - 1].lower !== 'of') from--;
      } else if (i > 0 && quantity(tokens[i - 1])) {
        from = i - 1;
      } else continue;
    } else {
      while (from > 0 && quantity(tokens[from - 1])) from--;
    }
    // "22 individuals and entities": a coordinated second group noun belongs to the same group.
    let last = i;
    if (tokens[i + 1]?.lower === 'and' && GROUP_NOUNS.has(tokens[i + 2]?.lower ?? '')) last = i + 2;
    if (from === i && last === i) continue;
    // A group named with its place after it: "companies in Hong Kong", "banks based in China".
    let end = tokens[last].end;
    const after = /^\s+(?:based\s+)?(?:in|from)\s+(?:the\s+)?/i.exec(sentence.slice(end - offset));
    if (after) {
      // "five entities in Armenia, Kyrgyzstan and Turkey": the places, listed, belong to the group.
      let at = end + after[0].length;
      for (;;) {
        const place = inside.find((m) => (m.type === 'COUNTRY' || m.type === 'LOCATION') && m.start === at);
        if (!place) break;
        end = place.end;
        country ??= place.country;
        const more = /^(?:,\s*|\s+and\s+|,\s+and\s+)/.exec(sentence.slice(end - offset));
        if (!more) break;
        at = end + more[0].length;
      }
    }
    const start = tokens[from].start;
    const arg: EventArgument = { text: sentence.slice(start - offset, end - offset), start, end, type: 'GROUP', ...(country ? { country } : {}) };
    // The group replaces the nationality mention it starts with.
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
    out.push(arg);
  }
  return out.sort((a, b) => a.start - b.start);
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'thousands', 'a']);
const STOP = new Set(['of', 'to', 'in', 'on', 'for', 'with', 'from', 'by', 'and', 'or', 'that', 'which', 'who', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'it', 'its', 'their', 'said']);

/** Words before a trigger that make the nearest candidate its subject, whatever introduces it ("companies that sell", "X for supplying"). */
const RELATIVE = /\b(that|which|who|suspected of|accused of|alleged to have|charged with|for|after|by)\s+(?:\w+\s+){0,2}$/i;

/** The subject: the nearest candidate before `at` that no preposition introduces. */
export function subjectBefore(args: EventArgument[], sentence: string, offset: number, at: number, limitStart = offset): EventArgument | undefined {
  const before = args.filter((a) => a.end <= at && a.start >= limitStart);
  const relative = RELATIVE.test(sentence.slice(0, at - offset)) && before.length > 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i];
    const left = sentence.slice(0, a.start - offset);
    if (relative && i === before.length - 1 && /^[^,;]*$/.test(sentence.slice(a.end - offset, at - offset))) return a;
    if (NOT_ACTOR_PREP.test(left)) continue;
    // A nationality right before a person ("Belarusian President Alexander Lukashenko") is not the subject.
    if (a.type === 'NATIONALITY' && before[i + 1]?.type === 'PERSON' && before[i + 1].start - a.end < 40) continue;
    // Part of a possessive or a compound before another candidate is not the subject: take the head.
    return a;
  }
  return undefined;
}

/** The first candidate after `at` introduced by one of `preps` (or by none when `preps` is empty). */
export function objectAfter(args: EventArgument[], sentence: string, offset: number, at: number, preps: RegExp | null, end = offset + sentence.length): EventArgument | undefined {
  for (const [i, a] of args.entries()) {
    if (a.start < at || a.start >= end) continue;
    if (a.type === 'NATIONALITY' && args[i + 1]?.type === 'PERSON' && args[i + 1].start - a.end < 40) continue;
    const left = sentence.slice(Math.max(0, at - offset), a.start - offset);
    if (preps) {
      if (preps.test(left)) return a;
    } else if (!/\b(by|for|over|because of|since|amid|after|before|according to|despite|in response to|said)\b[^,;]*$/i.test(left)) {
      return a;
    }
  }
  return undefined;
}

/** The agent of a passive: the candidate after "by" following the trigger. */
export function agentAfter(args: EventArgument[], sentence: string, offset: number, at: number): EventArgument | undefined {
  return objectAfter(args, sentence, offset, at, /\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,3}$/i);
}
