/**
 * Payments over the API, and the alert queue: POST /v1/payments/screen takes messages as sent (MT103 /
 * MT202COV, pacs.008 XML, or the CSV layout), decides each under the payment policy, opens an alert
 * for every decision other than pass and audits each screening; analysts work the queue and clear
 * (false positive, four eyes for a block) or escalate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseService } from '../../service/cases.js';
import type { ScreeningService } from '../../service/screening.js';
import type { AuditLog } from '../../storage/ports.js';
import { screenPayment, screenShipment, type PaymentScreeningDeps } from '../../transactions/decide.js';
import type { Shipment } from '../../transactions/shipment.js';
import { parsePaymentFile, type PaymentFileKind } from '../../transactions/parse/index.js';
import type { Policy } from '../../transactions/policy.js';
import { ANALYSTS, ANY_ROLE } from '../auth.js';
import { ErrorResponse, IdParams } from '../schemas.js';
import { listVersionsOf } from '../../screening/load-engine.js';

const PaymentsRequest = z.strictObject({
  content: z.string().min(1).max(5_000_000).describe('The messages as sent: MT103/MT202COV (FIN or RJE), pacs.008 XML, or CSV (docs/payments-csv.md)'),
  format: z.enum(['mt', 'pacs008', 'csv']).optional().describe('Detected from the content when absent'),
  filename: z.string().max(200).optional().describe('Named in errors'),
});
const Country = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO alpha-2 code in capitals');
const ShipmentParty = z.strictObject({
  name: z.string().min(1).max(500),
  country: Country.optional(),
  address: z.strictObject({ lines: z.array(z.string().max(200)).max(10).default([]), town: z.string().max(100).optional(), country: Country.optional() }).optional(),
  identifiers: z.array(z.strictObject({ scheme: z.string().min(1).max(50), value: z.string().min(1).max(100) })).max(20).default([]),
});
const ShipmentSchema = z.strictObject({
  id: z.string().min(1).max(100),
  parties: z.strictObject({
    seller: ShipmentParty.optional(), buyer: ShipmentParty.optional(), consignee: ShipmentParty.optional(),
    endUser: ShipmentParty.optional(), notifyParty: ShipmentParty.optional(), forwarder: ShipmentParty.optional(),
  }),
  route: z.strictObject({
    origin: Country.optional(),
    ports: z.array(z.strictObject({ name: z.string().min(1).max(100), country: Country })).max(20).default([]),
    transit: z.array(Country).max(20).default([]),
    destination: Country,
  }),
  goods: z.array(z.strictObject({
    description: z.string().min(1).max(1000), hsCode: z.string().max(20).optional(), quantity: z.string().max(50).optional(), value: z.string().max(50).optional(),
  })).min(1).max(500),
});
const ShipmentsRequest = z.strictObject({ shipments: z.array(ShipmentSchema).min(1).max(1000) });

const AlertsQuery = z.strictObject({
  status: z.string().regex(/^(open|awaiting_second_review|cleared|escalated)(,(open|awaiting_second_review|cleared|escalated))*$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const ReviewBody = z.strictObject({ reason: z.string().min(1).max(2000) });

export interface PaymentScreening {
  policy: Policy;
  shipmentPolicy: Policy;
  /** The decision core's dependencies over the engine served now, with suppression of cleared matches. */
  deps(): PaymentScreeningDeps;
}

export function registerCaseRoutes(app: FastifyInstance, d: { cases: CaseService; screening: ScreeningService; audit: AuditLog; payments: PaymentScreening }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/payments/screen', {
    config: { roles: ANY_ROLE },
    bodyLimit: 6 * 1024 * 1024,
    schema: { tags: ['payments'], summary: 'Screen payment messages: a decision per payment with every rule that fired and its evidence; alerts for all but pass', body: PaymentsRequest, response: { 200: z.any().describe('{results: [decision with rules, evidence, subjects, goods, alertId] or {error}]}'), 400: ErrorResponse } },
  }, async (request) => {
    const { content, format, filename } = request.body;
    const dir = mkdtempSync(join(tmpdir(), 'chokepoint-pay-'));
    // The client's file name only labels errors; the file on disk has a name of ours.
    const name = basename(filename ?? 'payments').replace(/[^\w.\- ]/g, '_') || 'payments';
    const file = join(dir, `payments.${format === 'pacs008' ? 'xml' : format === 'csv' ? 'csv' : format === 'mt' ? 'fin' : 'dat'}`);
    try {
      writeFileSync(file, content);
      const deps = d.payments.deps();
      const caller = request.caller!;
      const listVersions = listVersionsOf(d.screening.loadedVersions());
      const results: unknown[] = [];
      const entries = [];
      for await (const res of parsePaymentFile(file, { displayName: name, ...(format ? { kind: format as PaymentFileKind } : {}) })) {
        if (!res.ok) {
          results.push({ error: res.error.toJSON() });
          continue;
        }
        const decision = screenPayment(res.payment, d.payments.policy, deps);
        const alert = d.cases.open('payment', decision.messageId, decision);
        results.push({ ...decision, ...(alert ? { alertId: alert.id } : {}) });
        entries.push({
          id: randomUUID(), at: new Date().toISOString(), keyId: caller.keyId, keyName: caller.name, role: caller.role, channel: 'v1/payments/screen',
          input: { messageId: res.payment.messageId, source: res.payment.source }, listVersions, algorithm: `${d.screening.algorithm}; policy ${decision.policy.name} ${decision.policy.version}`,
          threshold: d.payments.policy.threshold,
          result: { decision: decision.decision, rules: decision.rules.map((x) => x.id), matches: decision.subjects.flatMap((s) => s.matches.map((m) => ({ role: s.role, entityId: m.entityId, score: m.score }))), alertId: alert?.id },
        });
      }
      d.audit.append(entries);
      return { results };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  r.post('/v1/shipments/screen', {
    config: { roles: ANY_ROLE },
    schema: { tags: ['shipments'], summary: 'Screen shipments (parties, route, goods lines) under the shipments policy: a decision each with every rule and its evidence; alerts for all but pass', body: ShipmentsRequest, response: { 200: z.any().describe('{results: [decision with rules, evidence, subjects, goods, alertId]}'), 400: ErrorResponse } },
  }, async (request) => {
    const deps = d.payments.deps();
    const caller = request.caller!;
    const listVersions = listVersionsOf(d.screening.loadedVersions());
    const results = [];
    const entries = [];
    for (const s of request.body.shipments) {
      const decision = screenShipment(s as Shipment, d.payments.shipmentPolicy, deps);
      const alert = d.cases.open('shipment', s.id, decision);
      results.push({ ...decision, ...(alert ? { alertId: alert.id } : {}) });
      entries.push({
        id: randomUUID(), at: new Date().toISOString(), keyId: caller.keyId, keyName: caller.name, role: caller.role, channel: 'v1/shipments/screen',
        input: s, listVersions, algorithm: `${d.screening.algorithm}; policy ${decision.policy.name} ${decision.policy.version}`, threshold: d.payments.shipmentPolicy.threshold,
        result: { decision: decision.decision, rules: decision.rules.map((x) => x.id), matches: decision.subjects.flatMap((sub) => sub.matches.map((m) => ({ role: sub.role, entityId: m.entityId, score: m.score }))), alertId: alert?.id },
      });
    }
    d.audit.append(entries);
    return { results };
  });

  r.get('/v1/alerts', {
    config: { roles: ANALYSTS },
    schema: { tags: ['alerts'], summary: 'The alert queue, newest first (status: comma-separated)', querystring: AlertsQuery },
  }, async (request) => {
    const { status, limit, offset } = request.query;
    return { ...d.cases.list({ status: status?.split(','), limit, offset }), limit, offset };
  });

  r.get('/v1/alerts/:id', {
    config: { roles: ANALYSTS },
    schema: { tags: ['alerts'], summary: 'One alert: the decision, the rules with their evidence, the matches, the reviews', params: IdParams, response: { 200: z.any().describe('The alert'), 404: ErrorResponse } },
  }, async (request) => d.cases.get(request.params.id));

  for (const action of ['clear', 'escalate'] as const) {
    r.post(`/v1/alerts/:id/${action}`, {
      config: { roles: ANALYSTS },
      schema: {
        tags: ['alerts'],
        summary: action === 'clear' ? 'Clear as a false positive, with a reason (a block needs a second analyst); the matches stay suppressed until their entries change' : 'Escalate, with a reason',
        params: IdParams, body: ReviewBody, response: { 200: z.any().describe('The alert after the review'), 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    }, async (request) => d.cases.act(request.params.id, action, request.caller!, request.body.reason));
  }
}
