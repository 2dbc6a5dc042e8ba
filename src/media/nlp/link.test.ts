import { describe, expect, it } from 'vitest';
import type { ScreeningMatch, ScreeningQuery, ScreeningResult } from '../../matching/types.js';
import { buildBankIndex } from './banks.js';
import { recognise } from './entities.js';
import { linkEntities } from './link.js';

/** A fake engine: the hits it returns for a name, with the engine's threshold of 0.75. */
function engine(hits: Record<string, Partial<ScreeningMatch>[]>) {
  return (q: ScreeningQuery): ScreeningResult => ({
    query: q, threshold: 0.75, algorithm: 'test', candidates: 1,
    matches: (hits[q.name] ?? []).map((h) => ({
      entityId: 'x', source: 'test-list', schema: 'Organization', caption: 'X', score: 0.8, match: (h.score ?? 0.8) >= 0.75, programs: [], explanation: '',
      features: [], name: { name: h.caption ?? 'X', kind: 'primary', score: 0.8, aligned: [], unmatchedQuery: [], unmatchedCandidate: [] }, ...h,
    })),
  });
}
const banks = buildBankIndex([{ bic: 'ICBKCNBJXXX', institution: 'INDUSTRIAL AND COMMERCIAL BANK OF CHINA', city: 'BEIJING', country: 'CN' }]);

describe('linkEntities', () => {
  it('never shows a hit under the threshold', () => {
    const screen = engine({ ICBC: [{ entityId: 'l:1', caption: 'INTERNATIONAL BUSINESS CORPORATION', score: 0.704 }] });
    const [e] = linkEntities(recognise('ICBC said so.'), { screen, banks });
    expect(e.listMatches).toEqual([]);
    expect(e.setAside).toEqual([]);
    expect(e.verdict).toBe('not-listed');
    expect(e.statement).toBe('ICBC is Industrial and Commercial Bank of China (ICBKCNBJ, Beijing, CN); it is on no sanctions list.');
  });

  it('sets aside a hit over the threshold that rests on a fuzzy short word, with the reason', () => {
    const screen = engine({ 'Acme Trading': [{ entityId: 'l:2', caption: 'ACNE TRADING', name: { name: 'ACNE TRADING', kind: 'primary', score: 0.8, aligned: [{ query: 'acme', candidate: 'acne', score: 0.8, how: 'fuzzy' }], unmatchedQuery: [], unmatchedCandidate: [] } }] });
    const [e] = linkEntities(recognise('It met Acme Trading.'), { screen });
    expect(e.verdict).toBe('not-listed');
    expect(e.setAside[0]).toMatchObject({ entityId: 'l:2', reason: expect.stringMatching(/only resembles/) });
  });

  it('keeps a corroborated hit and says the party is listed', () => {
    const screen = engine({ 'Azu International': [{ entityId: 'l:3', caption: 'AZU INTERNATIONAL LTD', programs: ['RUSSIA-EO14024'], name: { name: 'AZU INTERNATIONAL LTD', kind: 'primary', score: 0.9, aligned: [{ query: 'azu', candidate: 'azu', score: 1, how: 'exact' }], unmatchedQuery: [], unmatchedCandidate: [] } }] });
    const [e] = linkEntities(recognise('OFAC named Azu International.').filter((m) => m.text !== 'OFAC'), { screen, lists: ['test-list'] });
    expect(e.verdict).toBe('listed');
    expect(e.statement).toBe('Azu International; it is listed: AZU INTERNATIONAL LTD on test-list (l:3, score 0.80, programmes RUSSIA-EO14024).');
  });

  it('is unresolved without an engine and does not screen countries', () => {
    const [c, o] = linkEntities(recognise('Kazakhstan and Azu International.'));
    expect(c).toMatchObject({ kind: 'country', verdict: 'not-screened', country: 'KZ' });
    expect(o.verdict).toBe('unresolved');
  });

  it('sets aside a list name that says more than the mention, and a bare abbreviation', () => {
    const name = (n: string, aligned: string[]) => ({ name: n, kind: 'primary', score: 0.9, aligned: aligned.map((w) => ({ query: w, candidate: w, score: 1, how: 'exact' as const })), unmatchedQuery: [], unmatchedCandidate: [] });
    const screen = engine({
      'Vektor Group': [{ entityId: 'l:4', caption: 'VEKTOR SHIPPING GROUP', name: name('VEKTOR SHIPPING GROUP', ['vektor', 'group']) }],
      BBC: [{ entityId: 'l:5', caption: 'BORESH KAVEH CO', name: name('BBC', ['bbc']) }],
    });
    const [vektor] = linkEntities(recognise('It met Vektor Group.'), { screen });
    expect(vektor.verdict).toBe('not-listed');
    expect(vektor.setAside[0].reason).toMatch(/adds 'shipping'/);
    const [bbc] = linkEntities(recognise('The BBC reported it.'), { screen, text: 'The BBC reported it.' });
    expect(bbc.listMatches).toEqual([]);
    expect(bbc.setAside[0].reason).toMatch(/bare abbreviation/);
  });

  it('takes an acronym for a bank only where the sentence speaks of banking or payments', () => {
    const screen = engine({});
    const award = 'ICBC won the design award.';
    const payments = 'ICBC rejected the payment from Moscow.';
    expect(linkEntities(recognise(award), { screen, banks, text: award })[0].bank).toBeUndefined();
    expect(linkEntities(recognise(payments), { screen, banks, text: payments })[0].bank?.bic).toBe('ICBKCNBJ');
  });
});
