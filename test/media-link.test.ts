/**
 * Adverse media linking on the real data: the BIC directory (../shared/data/payments/bic) for the bank
 * index and the OFAC SDN list of 2024-05-03 for the engine. "ICBC" must resolve to Industrial and
 * Commercial Bank of China (ICBKCNBJ) and say plainly that it is on no sanctions list; Sberbank and
 * VTB Bank are listed.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverDatasets } from '../src/importers/registry.js';
import { importerFor } from '../src/importers/all.js';
import { buildEngine } from '../src/matching/engine.js';
import type { ScreeningEngine } from '../src/matching/types.js';
import type { Entity } from '../src/model/entity.js';
import { analyseArticle, buildBankIndex, linkEntities, recognise, type BankIndex, type LinkOptions } from '../src/media/nlp/index.js';
import { loadBicDirectory } from '../src/transactions/parse/index.js';
import { LISTS, SHARED } from './helpers.js';

let engine: ScreeningEngine;
let banks: BankIndex;
let options: LinkOptions;

beforeAll(async () => {
  const refs = discoverDatasets(resolve(LISTS, 'us-ofac-sdn/2024-05-03'), undefined, { skipUnknown: true });
  const entities: Entity[] = [];
  for (const ref of refs) for await (const e of importerFor(ref.source).read(ref, { setPublishedAt: () => {} })) entities.push(e);
  engine = buildEngine(entities);
  banks = buildBankIndex((await loadBicDirectory(resolve(SHARED, 'payments/bic/bic_directory.csv'))).entries());
  options = { screen: (q) => engine.screen(q), banks, lists: ['us-ofac-sdn'] };
});

const link = (text: string) => linkEntities(recognise(text), options);

describe('linking news mentions to banks and lists', () => {
  it('resolves ICBC to ICBKCNBJ and says plainly that it is on no sanctions list', () => {
    const icbc = link('ICBC stopped accepting payments from Russian companies.').find((e) => e.mention === 'ICBC')!;
    expect(icbc.kind).toBe('bank');
    expect(icbc.bank).toMatchObject({ bic: 'ICBKCNBJ', name: 'Industrial and Commercial Bank of China', country: 'CN', via: 'acronym' });
    expect(icbc.verdict).toBe('not-listed');
    expect(icbc.listMatches).toEqual([]);
    expect(icbc.statement).toBe('ICBC is Industrial and Commercial Bank of China (ICBKCNBJ, Beijing, CN); it is on no sanctions list (screened against us-ofac-sdn).');
    // No weak hit is shown: nothing under the threshold, and no statement of a score.
    expect(icbc.statement).not.toMatch(/score|similar|possible/);
  });

  it('joins an acronym defined in the text to its full name', () => {
    const [bank] = link('Industrial and Commercial Bank of China (ICBC) tightened checks. ICBC said it complies with the law.').filter((e) => e.kind === 'bank');
    expect(bank.mention).toBe('Industrial and Commercial Bank of China');
    expect(bank.aliases).toEqual(['ICBC']);
    expect(bank.spans).toHaveLength(3);
    expect(bank.bank?.bic).toBe('ICBKCNBJ');
    expect(bank.verdict).toBe('not-listed');
  });

  it('finds Sberbank and VTB Bank listed, with the list entity and its programme', () => {
    const found = link('Sberbank and VTB Bank were cut off from SWIFT.');
    const sber = found.find((e) => e.mention === 'Sberbank')!;
    expect(sber.verdict).toBe('listed');
    expect(sber.bank?.bic).toBe('SABRRUMM');
    expect(sber.listMatches[0].entityId).toMatch(/^us-ofac-sdn:/);
    expect(sber.listMatches.some((m) => m.programs.some((p) => p.startsWith('RUSSIA-EO14024')))).toBe(true);
    const vtb = found.find((e) => e.mention === 'VTB Bank')!;
    expect(vtb.verdict).toBe('listed');
    expect(vtb.listMatches[0].name).toMatch(/VTB BANK/);
    expect(vtb.statement).toMatch(/^VTB Bank is the bank \(VTBRRUMM, Moscow, RU\); it is listed: VTB BANK/);
  });

  it('sets aside a hit that rests on a typo-tolerant match of a short word (Bank of China is not SINA BANK)', () => {
    const boc = link('Bank of China said it would review the transfers.').find((e) => e.mention === 'Bank of China')!;
    expect(boc.bank?.bic).toBe('BKCHCNBJ');
    expect(boc.verdict).toBe('not-listed');
    expect(boc.setAside.map((s) => s.name)).toContain('SINA BANK');
  });

  it('sets aside a generic name and a list name that names another country', () => {
    const mod = link('The Ministry of Defence bought the parts.').find((e) => e.mention === 'Ministry of Defence')!;
    expect(mod.verdict).toBe('not-listed');
    expect(mod.listMatches).toEqual([]);
    expect(mod.setAside.length).toBeGreaterThan(0);
  });

  it('lists a sanctioned person found through the officials gazetteer, and does not screen countries', () => {
    const found = link('Russian President Vladimir Putin met Kazakhstan officials.');
    const putin = found.find((e) => e.mention === 'Vladimir Putin')!;
    expect(putin.official?.role).toBe('President of Russia');
    expect(putin.verdict).toBe('listed');
    expect(found.find((e) => e.mention === 'Kazakhstan')).toMatchObject({ kind: 'country', verdict: 'not-screened', country: 'KZ' });
  });

  it('analyses an article: entities, events with goods mapped to HS/CHPL, and links', () => {
    const text = 'The Treasury sanctioned Sberbank on Tuesday. A Kazakh firm shipped ball bearings to Russia via Kyrgyzstan, officials said.';
    const r = analyseArticle(text, { ...options, classifyGoods: () => [{ hs6: '848210', code: '8482.10', description: 'Ball bearings', heading: { code: '8482', description: 'Bearings' }, confidence: 0.6, chpl: { tier: '3.B', description: 'Ball bearings' }, evidence: [], explanation: '' }] });
    expect(r.events.map((e) => e.type)).toEqual(['SANCTIONS_IMPOSED', 'DUAL_USE_SUPPLY']);
    expect(r.events[0]).toMatchObject({ code: '163', actor: { text: 'Treasury' }, target: { text: 'Sberbank' } });
    expect(r.events[1].goods?.[0]).toMatchObject({ text: 'ball bearings', code: '8482.10', chpl: { tier: '3.B' } });
    expect(r.events[1].via?.map((v) => v.text)).toEqual(['Kyrgyzstan']);
    expect(r.entities.find((e) => e.mention === 'Sberbank')?.verdict).toBe('listed');
  });
});
