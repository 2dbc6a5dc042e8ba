/**
 * Decisions on payments and shipments: every party and bank is screened by name and BIC, goods are
 * classified, then each rule of the policy is evaluated; the decision is the most severe of the rules
 * that fired, and every fired rule carries its evidence (which party matched which list entry, which
 * goods line matched which CHPL tier, which country, which address). Pure: the name screening, the BIC
 * directory and the goods classifier come in as functions.
 */
import type { ScreeningMatch, ScreeningQuery } from '../matching/types.js';
import type { Payment } from './model.js';
import { DECISIONS, worse, type Decision, type Policy, type PolicyRule } from './policy.js';
import { subjectsOf, type BankLookup, type Subject } from './subjects.js';
import { shipmentSubjects, type Shipment } from './shipment.js';

export interface Evidence {
  /** The party or bank, by role ("beneficiary", "intermediary bank 1"). */
  role: string;
  /** What of it matched: a name, a BIC, a country, an address. */
  value: string;
  detail: string;
  entityId?: string;
  source?: string;
  score?: number;
  programs?: string[];
}

export interface FiredRule {
  id: string;
  description: string;
  decision: Decision;
  evidence: Evidence[];
}

type MatchSummary = Pick<ScreeningMatch, 'entityId' | 'source' | 'caption' | 'score' | 'programs' | 'explanation'>;

export interface SubjectScreening extends Subject {
  matches: MatchSummary[];
  /** Matches left out because an analyst cleared them as false positives (and the entry is unchanged). */
  suppressed: MatchSummary[];
}

export interface PaymentDecision {
  messageId: string;
  decision: Decision;
  /** Every rule that fired, most severe first. */
  rules: FiredRule[];
  subjects: SubjectScreening[];
  /** Remittance lines naming CHPL goods. */
  goods: GoodsHit[];
  policy: { name: string; version: string };
}

export interface PaymentScreeningDeps {
  /** Screen a name; returns matches at or above the threshold given. */
  screen(query: ScreeningQuery, threshold: number): ScreeningMatch[];
  bank: BankLookup;
  /** A match of this party to this list entry was cleared as a false positive and the entry has not changed since. */
  isSuppressed?: (name: string, entityId: string) => boolean;
  /** Classify a goods description (the remittance information), best first; without it goods rules do not fire. */
  classifyGoods?: (text: string) => GoodsCandidate[];
}

/** What the payment rules need of a goods classification. */
export interface GoodsCandidate {
  code: string;
  description: string;
  confidence: number;
  chpl?: { tier: string; description: string };
  explanation: string;
}

/** A remittance line or goods line that names goods on the Common High Priority List. */
export interface GoodsHit {
  /** "remittance information", "goods line 2". */
  role: string;
  line: string;
  candidate: GoodsCandidate;
}

function screenSubject(s: Subject, deps: PaymentScreeningDeps, threshold: number): SubjectScreening {
  if (s.kind === 'place') return { ...s, matches: [], suppressed: [] };
  const query: ScreeningQuery | undefined = s.name
    ? { name: s.name, ...(s.kind === 'bank' ? { schema: 'Organization' as const } : {}), ...(s.countries.length ? { countries: s.countries } : {}), ...(s.identifiers.length ? { identifiers: s.identifiers } : {}) }
    : s.bic ? { name: s.bic, schema: 'Organization', identifiers: [s.bic] } : undefined;
  const all = (query ? deps.screen(query, threshold) : []).map(({ entityId, source, caption, score, programs, explanation }) => ({ entityId, source, caption, score, programs, explanation }));
  const label = s.name ?? s.bic ?? '';
  const off = (m: MatchSummary) => deps.isSuppressed?.(label, m.entityId) ?? false;
  return { ...s, matches: all.filter((m) => !off(m)), suppressed: all.filter(off) };
}

const describe = (s: Subject) => `${s.role}${s.name ? ` '${s.name}'` : ''}${s.bic ? ` (${s.bic})` : ''}`;

const isRoute = (s: Subject) => s.kind === 'place' && (s.role === 'destination' || s.role.startsWith('transit country'));

/** The evidence that the condition a goods rule requires holds; empty when it does not. */
function goodsConditions(requires: Extract<PolicyRule, { kind: 'goods' }>['requires'], subjects: SubjectScreening[], policy: Policy): Evidence[] {
  const inTransit = (s: Subject) => s.countries.some((c) => policy.transitCountries.includes(c));
  const toRussia = (s: Subject) => s.countries.some((c) => policy.russiaLinkedCountries.includes(c));
  const ev = (s: Subject, what: string): Evidence => ({ role: s.role, value: s.countries.join(', '), detail: `${describe(s)} ${what} (${s.countries.join(', ')})` });
  switch (requires) {
    case 'russia-link':
      return russiaLinked(subjects, policy).map((s) => ev(s, 'is linked to Russia or Belarus'));
    case 'transit':
      return subjects.filter(inTransit).map((s) => ev(s, 'is in a high-diversion-risk transit country'));
    case 'destination-russia':
      return subjects.filter((s) => isRoute(s) && toRussia(s)).map((s) => ev(s, 'takes the goods to Russia or Belarus'));
    case 'transit-destination-russia-party': {
      const route = subjects.filter((s) => isRoute(s) && inTransit(s));
      const linked = russiaLinked(subjects.filter((s) => s.kind !== 'place'), policy);
      return route.length && linked.length
        ? [...route.map((s) => ev(s, 'is a high-diversion-risk transit country')), ...linked.map((s) => ev(s, 'is linked to Russia or Belarus'))]
        : [];
    }
  }
}

function russiaLinked(subjects: SubjectScreening[], policy: Policy): SubjectScreening[] {
  return subjects.filter((s) => s.countries.some((c) => policy.russiaLinkedCountries.includes(c))
    || s.matches.some((m) => m.programs.some((p) => policy.russiaPrograms.includes(p))));
}

function evaluate(rule: PolicyRule, subjects: SubjectScreening[], policy: Policy, goods: GoodsHit[]): Evidence[] {
  switch (rule.kind) {
    case 'goods': {
      const hits = goods.filter((g) => g.candidate.confidence >= rule.minConfidence);
      if (!hits.length) return [];
      const others = goodsConditions(rule.requires, subjects, policy);
      if (!others.length) return [];
      return [
        ...hits.map((g) => ({ role: g.role, value: g.line, detail: `'${g.line}' is ${g.candidate.code} ${g.candidate.description} (CHPL tier ${g.candidate.chpl!.tier}, confidence ${g.candidate.confidence.toFixed(2)}): ${g.candidate.explanation}` })),
        ...others,
      ];
    }
    case 'listed':
      return subjects.flatMap((s) => s.matches
        .filter((m) => (!rule.programs || m.programs.some((p) => rule.programs!.includes(p)))
          && !(rule.excludePrograms && m.programs.length > 0 && m.programs.every((p) => rule.excludePrograms!.includes(p))))
        .map((m) => ({
          role: s.role, value: s.name ?? s.bic ?? '', entityId: m.entityId, source: m.source, score: m.score, programs: m.programs,
          detail: `${describe(s)} matches ${m.source} entry '${m.caption}' (${m.entityId}, programmes ${m.programs.join(', ') || 'none'}) with score ${m.score.toFixed(2)}: ${m.explanation}`,
        })));
    case 'country':
      return subjects.flatMap((s) => s.countries.filter((c) => rule.countries.includes(c))
        .map((c) => ({ role: s.role, value: c, detail: `${describe(s)} is in ${c}${s.kind === 'bank' && s.bic && s.bic.slice(4, 6).toUpperCase() === c ? ' (from its BIC)' : ''}` })));
    case 'region': {
      const out: Evidence[] = [];
      for (const s of subjects) {
        const text = `${s.address} ${s.name ?? ''}`.toLowerCase();
        const term = rule.terms.find((t) => new RegExp(`\\b${t}\\b`).test(text));
        if (term) out.push({ role: s.role, value: term, detail: `${describe(s)} has an address in '${term}': ${s.address || s.name}` });
      }
      return out;
    }
    case 'transit': {
      const transit = subjects.filter((s) => s.countries.some((c) => policy.transitCountries.includes(c)));
      const linked = russiaLinked(subjects, policy);
      if (!transit.length || !linked.some((l) => !transit.includes(l) || transit.length > 1)) return [];
      return [
        ...transit.map((s) => ({ role: s.role, value: s.countries.filter((c) => policy.transitCountries.includes(c)).join(', '), detail: `${describe(s)} is in a high-diversion-risk transit country (${s.countries.join(', ')})` })),
        ...linked.map((s) => ({ role: s.role, value: s.countries.join(', '), detail: `${describe(s)} is linked to Russia or Belarus (${[...new Set([...s.countries.filter((c) => policy.russiaLinkedCountries.includes(c)), ...s.matches.flatMap((m) => m.programs.filter((p) => policy.russiaPrograms.includes(p)))])].join(', ')})` })),
      ];
    }
  }
}

export function screenPayment(payment: Payment, policy: Policy, deps: PaymentScreeningDeps): PaymentDecision {
  const lines = payment.remittance.unstructured.map((line) => ({ role: 'remittance information', line }));
  return { messageId: payment.messageId, ...decide(subjectsOf(payment, deps.bank), lines, policy, deps) };
}

/** Screen a shipment: its parties by name, its route by country, each goods line by classification. */
export function screenShipment(shipment: Shipment, policy: Policy, deps: PaymentScreeningDeps): Omit<PaymentDecision, 'messageId'> & { shipmentId: string } {
  const lines = shipment.goods.map((g, i) => ({ role: `goods line ${i + 1}`, line: g.hsCode ? `${g.description} (HS ${g.hsCode})` : g.description }));
  return { shipmentId: shipment.id, ...decide(shipmentSubjects(shipment), lines, policy, deps) };
}

function decide(raw: Subject[], lines: { role: string; line: string }[], policy: Policy, deps: PaymentScreeningDeps): Omit<PaymentDecision, 'messageId'> {
  const subjects = raw.map((s) => screenSubject(s, deps, policy.threshold));
  const goods = goodsIn(lines, deps);
  const rules: FiredRule[] = [];
  for (const rule of policy.rules) {
    const evidence = evaluate(rule, subjects, policy, goods);
    if (evidence.length) rules.push({ id: rule.id, description: rule.description, decision: rule.decision, evidence });
  }
  rules.sort((a, b) => DECISIONS.indexOf(b.decision) - DECISIONS.indexOf(a.decision));
  const decision = rules.reduce<Decision>((d, r) => worse(d, r.decision), 'pass');
  return { decision, rules, subjects, goods, policy: { name: policy.name, version: policy.version } };
}

/** Lines whose best classification is a CHPL-listed good. */
function goodsIn(lines: { role: string; line: string }[], deps: PaymentScreeningDeps): GoodsHit[] {
  if (!deps.classifyGoods) return [];
  const out: GoodsHit[] = [];
  for (const { role, line } of lines) {
    const best = deps.classifyGoods(line)[0];
    if (best?.chpl) out.push({ role, line, candidate: best });
  }
  return out;
}
