/**
 * A screening policy: declarative rules, each with an id, a description and the decision it leads to.
 * Kept in a versioned JSON file (policies/payments.json); validated here so that a wrong policy fails
 * at load, naming the rule and the field, rather than screening with half a policy.
 */
import { z } from 'zod';
import { ChokepointError } from '../errors.js';

export const DECISIONS = ['pass', 'review', 'hold', 'block'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The more severe of two decisions. */
export function worse(a: Decision, b: Decision): Decision {
  return DECISIONS.indexOf(a) >= DECISIONS.indexOf(b) ? a : b;
}

const Country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO alpha-2 code in capitals');
const base = { id: z.string().regex(/^[A-Z0-9_]+$/), description: z.string().min(1), decision: z.enum(DECISIONS) };

const Rule = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('listed'), programs: z.array(z.string()).optional(), excludePrograms: z.array(z.string()).optional() }),
  z.strictObject({ ...base, kind: z.literal('country'), countries: z.array(Country).min(1) }),
  z.strictObject({ ...base, kind: z.literal('region'), terms: z.array(z.string().min(3)).min(1) }),
  z.strictObject({ ...base, kind: z.literal('transit') }),
  z.strictObject({
    ...base,
    kind: z.literal('goods'),
    /** Goods classified with at least this confidence count. */
    minConfidence: z.number().min(0).max(1),
    /**
     * What else must hold: any party or place linked to Russia or Belarus, or in a transit country
     * (payments); the destination in Russia or Belarus, or a destination or transit country of high
     * diversion risk together with a Russia-linked party (shipments).
     */
    requires: z.enum(['russia-link', 'transit', 'destination-russia', 'transit-destination-russia-party']),
  }),
]);
export type PolicyRule = z.infer<typeof Rule>;

const PolicySchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().min(1),
  description: z.string().optional(),
  threshold: z.number().min(0).max(1),
  transitCountries: z.array(Country),
  russiaLinkedCountries: z.array(Country),
  russiaPrograms: z.array(z.string()),
  rules: z.array(Rule).min(1),
});
export type Policy = z.infer<typeof PolicySchema>;

/** Validate a parsed policy document; `file` names it in errors. */
export function parsePolicy(doc: unknown, file: string): Policy {
  const r = PolicySchema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ChokepointError('INVALID_INPUT', `invalid policy: ${issue.message}`, { file, field: issue.path.join('.') || undefined });
  }
  const ids = new Set<string>();
  for (const rule of r.data.rules) {
    if (ids.has(rule.id)) throw new ChokepointError('INVALID_INPUT', `invalid policy: rule id ${rule.id} is used twice`, { file, field: 'rules' });
    ids.add(rule.id);
  }
  return r.data;
}
