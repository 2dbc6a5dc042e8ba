/** What the payment-screening pool and its workers exchange, and the output line of one decision. */
import { listVersionsOf } from '../../screening/load-engine.js';
import type { DatasetVersion } from '../../storage/ports.js';
import type { PaymentDecision } from '../decide.js';
import type { Payment } from '../model.js';

export interface WorkerSetup {
  dbPath: string;
  policyFile?: string;
  bicFile?: string;
  goodsDir?: string;
}

/** One JSON line: the decision, every rule with its evidence, the subjects screened, the list versions. */
export function decisionLine(d: PaymentDecision, p: Payment, versions: DatasetVersion[]): { decision: string; line: string } {
  return {
    decision: d.decision,
    line: JSON.stringify({
      messageId: d.messageId, source: p.source, decision: d.decision, rules: d.rules, goods: d.goods,
      subjects: d.subjects.map((s) => ({ role: s.role, name: s.name, bic: s.bic, countries: s.countries, matches: s.matches.map((m) => ({ entityId: m.entityId, source: m.source, caption: m.caption, score: m.score, programs: m.programs })) })),
      policy: d.policy, listVersions: listVersionsOf(versions),
    }),
  };
}
