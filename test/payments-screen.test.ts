/**
 * Payment screening scenarios drawn from the news, on the real lists (OFAC SDN 2024-05-03 and the
 * Consolidated Screening List with the BIS Entity List), the real BIC directory and the default
 * policy in policies/payments.json. Each scenario has its expected decision and reasons.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { discoverDatasets } from '../src/importers/registry.js';
import { importerFor } from '../src/importers/all.js';
import { buildEngine } from '../src/matching/engine.js';
import type { ScreeningEngine } from '../src/matching/types.js';
import type { Entity } from '../src/model/entity.js';
import { loadPolicy } from '../src/transactions/load-policy.js';
import { parsePolicy } from '../src/transactions/policy.js';
import { loadBicDirectory, parsePaymentCsv, type BicDirectory } from '../src/transactions/parse/index.js';
import type { Payment } from '../src/transactions/model.js';
import { screenPayment, screenShipment, type PaymentDecision } from '../src/transactions/decide.js';
import type { Shipment } from '../src/transactions/shipment.js';
import { readFileSync } from 'node:fs';
import { LISTS, REPO, SHARED } from './helpers.js';
import { buildClassifier, type Classifier } from '../src/goods/index.js';
import { loadGoodsTables } from '../src/goods/load.js';

let engine: ScreeningEngine;
let goods: Classifier;
let bics: BicDirectory;
const payments = new Map<string, Payment>();
const policy = loadPolicy();

beforeAll(async () => {
  const refs = [resolve(LISTS, 'us-ofac-sdn/2024-05-03'), resolve(LISTS, 'us-trade-csl')].flatMap((p) => discoverDatasets(p, undefined, { skipUnknown: true }));
  const entities: Entity[] = [];
  for (const ref of refs) for await (const e of importerFor(ref.source).read(ref, { setPublishedAt: () => {} })) entities.push(e);
  engine = buildEngine(entities);
  goods = buildClassifier(loadGoodsTables(resolve(SHARED, 'goods')));
  bics = await loadBicDirectory(resolve(SHARED, 'payments/bic/bic_directory.csv'));
  for await (const r of parsePaymentCsv(resolve(REPO, 'test/fixtures/payment-scenarios.csv'), 'payment-scenarios.csv')) {
    if (!r.ok) throw r.error;
    payments.set(r.payment.messageId, r.payment);
  }
});

function screen(id: string): PaymentDecision {
  return screenPayment(payments.get(id)!, policy, {
    screen: (q, threshold) => engine.screen(q, { threshold }).matches,
    classifyGoods: (text) => goods.classify(text, { top: 1 }),
    bank: (bic) => {
      const e = bics.lookup(bic);
      return e && { name: e.institution, country: e.country };
    },
  });
}

const fired = (d: PaymentDecision) => d.rules.map((r) => r.id);

describe('payment scenarios', () => {
  it('a clean payment between EU companies passes, with every party and bank screened', () => {
    const d = screen('CLEAN-1');
    expect(d.decision).toBe('pass');
    expect(d.rules).toEqual([]);
    expect(d.goods).toEqual([]);
    expect(d.subjects.map((s) => s.role)).toEqual(expect.arrayContaining(['ordering customer', 'beneficiary', 'ordering bank', "beneficiary's bank"]));
    // The banks' names come from the BIC directory when the message has none.
    expect(d.subjects.find((s) => s.role === 'ordering bank')).toMatchObject({ bic: 'DEUTDEFF', nameFrom: 'bic-directory', countries: ['DE'] });
  });

  it('a yuan payment from a sanctioned Russian bank to a Chinese bearing maker via a Kyrgyz company is blocked', () => {
    const d = screen('CNY-RU-KG-1');
    expect(d.decision).toBe('block');
    expect(fired(d)).toEqual(expect.arrayContaining(['SANCTIONED_PARTY', 'RUSSIA_BELARUS', 'TRANSIT_WITH_RUSSIA_LINK', 'CHPL_GOODS_RUSSIA_LINK', 'CHPL_GOODS_TRANSIT']));
    // The ball bearings in the remittance information are CHPL goods (8482.10).
    const goodsEvidence = d.rules.find((r) => r.id === 'CHPL_GOODS_RUSSIA_LINK')!.evidence[0];
    expect(goodsEvidence.detail).toMatch(/8482\.10.*CHPL tier 3\.B/);
    const sanctioned = d.rules.find((r) => r.id === 'SANCTIONED_PARTY')!.evidence;
    // Sberbank, named from the BIC directory and matched by its BIC on the SDN list.
    expect(sanctioned.some((e) => e.role === 'ordering bank' && e.entityId === 'us-ofac-sdn:17018' && e.programs!.includes('RUSSIA-EO14024'))).toBe(true);
    const transit = d.rules.find((r) => r.id === 'TRANSIT_WITH_RUSSIA_LINK')!.evidence;
    expect(transit.some((e) => e.role === 'ultimate creditor' && e.value === 'KG')).toBe(true);
  });

  it('a payment to a Chinese firm on the Entity List is held: a licence is required', () => {
    const d = screen('EL-1');
    expect(d.decision).toBe('hold');
    const rule = d.rules.find((r) => r.id === 'EXPORT_CONTROL_PARTY')!;
    expect(rule.evidence[0]).toMatchObject({ role: 'beneficiary', source: 'us-trade-csl', programs: ['EL'] });
    expect(rule.evidence[0].detail).toContain('China Electronics Technology Group Corporation 13th Research Institute');
    expect(fired(d)).not.toContain('SANCTIONED_PARTY');
  });

  it('a payment to an address in occupied Crimea is blocked, naming the address', () => {
    const d = screen('CRIMEA-1');
    expect(d.decision).toBe('block');
    const ev = d.rules.find((r) => r.id === 'OCCUPIED_REGIONS')!.evidence[0];
    expect(ev).toMatchObject({ role: 'beneficiary' });
    expect(ev.detail).toMatch(/Sevastopol|Crimea/i);
  });
});

describe('the policy file', () => {
  it('refuses a policy with a bad rule, naming the field', () => {
    const doc = JSON.parse(JSON.stringify(policy));
    doc.rules[0].decision = 'freeze';
    expect(() => parsePolicy(doc, 'p.json')).toThrow(/p\.json.*rules\.0\.decision/);
    const dup = JSON.parse(JSON.stringify(policy));
    dup.rules.push(dup.rules[0]);
    expect(() => parsePolicy(dup, 'p.json')).toThrow(/used twice/);
  });
});

describe('shipment scenarios', () => {
  const shipments = new Map<string, Shipment>((JSON.parse(readFileSync(resolve(REPO, 'test/fixtures/shipment-scenarios.json'), 'utf8')) as Shipment[]).map((s) => [s.id, s]));
  const shipPolicy = loadPolicy(resolve(REPO, 'policies/shipments.json'));
  const ship = (id: string) => screenShipment(shipments.get(id)!, shipPolicy, {
    screen: (q, threshold) => engine.screen(q, { threshold }).matches,
    classifyGoods: (text) => goods.classify(text, { top: 1 }),
    bank: () => undefined,
  });

  it('microcontrollers from Hong Kong to Kyrgyzstan with a Russian notify party are held for review', () => {
    const d = ship('SHIP-MCU-HK-KG');
    expect(d.decision).toBe('hold');
    const rule = d.rules.find((r) => r.id === 'CHPL_VIA_TRANSIT_WITH_RUSSIA_PARTY')!;
    expect(rule.evidence.find((e) => e.role === 'goods line 1')!.detail).toMatch(/8542\.31.*CHPL tier 1/);
    expect(rule.evidence.some((e) => e.role === 'destination' && e.value === 'KG')).toBe(true);
    expect(rule.evidence.some((e) => e.role === 'notify party' && e.value === 'RU')).toBe(true);
    // The plastic boxes are not CHPL goods.
    expect(d.goods.map((g) => g.role)).toEqual(['goods line 1']);
    expect(d.rules.map((r) => r.id)).not.toContain('CHPL_TO_RUSSIA_BELARUS');
  });

  it('ball bearings shipped to Russia are blocked', () => {
    const d = ship('SHIP-BEARINGS-RU');
    expect(d.decision).toBe('block');
    const ev = d.rules.find((r) => r.id === 'CHPL_TO_RUSSIA_BELARUS')!.evidence;
    expect(ev[0].detail).toMatch(/8482\.10.*CHPL tier 3\.B/);
    expect(ev.some((e) => e.role === 'destination' && e.value === 'RU')).toBe(true);
  });

  it('a consignee on the Entity List means a licence is required, whatever the goods', () => {
    const d = ship('SHIP-EL-CONSIGNEE');
    expect(d.decision).toBe('hold');
    expect(d.rules.map((r) => r.id)).toEqual(['EXPORT_CONTROL_PARTY']);
    expect(d.rules[0].description).toMatch(/licence is required/);
    expect(d.rules[0].evidence[0]).toMatchObject({ role: 'consignee', source: 'us-trade-csl', programs: ['EL'] });
  });

  it('furniture between EU companies passes', () => {
    const d = ship('SHIP-CLEAN');
    expect(d.decision).toBe('pass');
    expect(d.rules).toEqual([]);
  });
});
