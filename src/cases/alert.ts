/**
 * Alerts and their review: every decision other than pass opens an alert; an analyst clears it as a
 * false positive (with a reason) or escalates it; clearing a block needs a second analyst (four eyes).
 * A cleared false positive is remembered as suppressions — which party matched which list entry, in
 * which form of that entry — so that a rescreen does not raise it again until the entry changes.
 * Pure: the state machine and the suppression keys; storage is elsewhere.
 */
import { ChokepointError } from '../errors.js';
import type { Decision } from '../transactions/policy.js';

export type AlertStatus = 'open' | 'awaiting_second_review' | 'cleared' | 'escalated';

export interface Review {
  by: string;
  byName: string;
  action: 'clear' | 'escalate';
  reason: string;
  at: string;
}

/** A listed-party match the alert is about: the unit a false-positive clearance suppresses. */
export interface MatchRef {
  role: string;
  name: string;
  entityId: string;
  /** Content hash of the list entry as screened: a changed entry is screened afresh. */
  entityHash?: string;
}

export interface Alert {
  id: string;
  /** "payment" or "shipment". */
  kind: string;
  /** The message or shipment id. */
  ref: string;
  decision: Exclude<Decision, 'pass'>;
  status: AlertStatus;
  createdAt: string;
  /** The decision as made: rules fired with their evidence. */
  detail: unknown;
  matches: MatchRef[];
  reviews: Review[];
}

const REASON_MIN = 10;

/** Apply an analyst's action; returns the new alert (the input is not changed). */
export function review(alert: Alert, action: Review['action'], by: { keyId: string; name: string }, reason: string, at: string): Alert {
  if (alert.status === 'cleared' || alert.status === 'escalated') {
    throw new ChokepointError('CONFLICT', `alert ${alert.id} is already ${alert.status}`);
  }
  if (reason.trim().length < REASON_MIN) {
    throw new ChokepointError('INVALID_INPUT', `give a reason of at least ${REASON_MIN} characters: the audit of this decision relies on it`, { field: 'reason' });
  }
  const entry: Review = { by: by.keyId, byName: by.name, action, reason: reason.trim(), at };
  if (action === 'escalate') return { ...alert, status: 'escalated', reviews: [...alert.reviews, entry] };
  if (alert.decision === 'block') {
    if (alert.status === 'open') return { ...alert, status: 'awaiting_second_review', reviews: [...alert.reviews, entry] };
    const first = alert.reviews.find((r) => r.action === 'clear');
    if (first && first.by === by.keyId) {
      throw new ChokepointError('FORBIDDEN', `a block is cleared by two different analysts: ${by.name} already cleared alert ${alert.id}; a second analyst must confirm`);
    }
  }
  return { ...alert, status: 'cleared', reviews: [...alert.reviews, entry] };
}

/** The key under which a cleared match is suppressed: the party's name as written, the entry and its form. */
export function suppressionKey(m: MatchRef): string {
  return `${m.name.trim().toLowerCase().replace(/\s+/g, ' ')}\u0001${m.entityId}\u0001${m.entityHash ?? ''}`;
}
