/**
 * Alerts from payment and shipment decisions: a decision other than pass opens an alert holding the
 * rules that fired and the list matches behind them; analysts clear (false positive, with a reason,
 * four eyes for a block) or escalate; a cleared match stays suppressed on rescreen until its list
 * entry changes (the entry's content hash is part of the suppression).
 */
import { randomUUID } from 'node:crypto';
import { review, suppressionKey, type Alert, type MatchRef } from '../cases/alert.js';
import { ChokepointError } from '../errors.js';
import type { PaymentDecision } from '../transactions/decide.js';
import type { AlertStore, ListStore } from '../storage/ports.js';
import type { Caller } from '../server/types.js';

export class CaseService {
  constructor(
    private readonly alerts: AlertStore,
    private readonly store: ListStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** For the decision core: was this party's match to this entry cleared, with the entry unchanged? */
  isSuppressed = (name: string, entityId: string): boolean =>
    this.alerts.isSuppressed(suppressionKey({ role: '', name, entityId, entityHash: this.store.entity(entityId)?.hash }));

  /** Open an alert for a decision other than pass; returns it (undefined for a pass). */
  open(kind: string, ref: string, d: Omit<PaymentDecision, 'messageId'>): Alert | undefined {
    if (d.decision === 'pass') return undefined;
    const listed = new Set(d.rules.flatMap((r) => r.evidence.filter((e) => e.entityId).map((e) => `${e.role}\u0001${e.entityId}`)));
    const matches: MatchRef[] = d.subjects.flatMap((s) => s.matches
      .filter((m) => listed.has(`${s.role}\u0001${m.entityId}`))
      .map((m) => ({ role: s.role, name: s.name ?? s.bic ?? '', entityId: m.entityId, entityHash: this.store.entity(m.entityId)?.hash })));
    const alert: Alert = {
      id: `alert_${randomUUID()}`, kind, ref, decision: d.decision, status: 'open', createdAt: this.clock().toISOString(),
      detail: { rules: d.rules, goods: d.goods, policy: d.policy }, matches, reviews: [],
    };
    this.alerts.insert(alert);
    return alert;
  }

  get(id: string): Alert {
    const a = this.alerts.get(id);
    if (!a) throw new ChokepointError('NOT_FOUND', `no alert ${id}`);
    return a;
  }

  list(opts: { status?: string[]; limit: number; offset: number }) {
    return this.alerts.list(opts);
  }

  act(id: string, action: 'clear' | 'escalate', caller: Caller, reason: string): Alert {
    const at = this.clock().toISOString();
    const next = review(this.get(id), action, { keyId: caller.keyId, name: caller.name }, reason, at);
    this.alerts.update(next, next.status === 'cleared' ? next.matches.map(suppressionKey) : [], at);
    return next;
  }
}
