/** Unit tests for the pure helpers of bench/accuracy: ground truth, metrics, query construction. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/model/entity.js';
import type { ScreeningEngine, ScreeningMatch } from '../src/matching/types.js';
import { nationalityCode, normalizeBirthDate, parseCrossScriptPairs, parseOfacScores, parsePersonRows, rowToQuery } from '../bench/accuracy/cases.js';
import { classifyTreatment, indexByNameKey, normalizeUnRef, resolveTruth, simpleNameKey, unReferencesOf } from '../bench/accuracy/ground-truth.js';
import { currentDatasets } from '../bench/accuracy/load-lists.js';
import { averageRanks, confusion, meanAbsDiff, share, spearman, sweep, tally } from '../bench/accuracy/metrics.js';
import { compareOfac } from '../bench/accuracy/run-pairs.js';
import { missCause, digest } from '../bench/accuracy/screening.js';
import { summaryTable, table } from '../bench/accuracy/report.js';

function entity(id: string, names: string[], dobs: string[] = [], extra: Partial<Entity> = {}): Entity {
  return {
    id: `un-sc:${id}`, source: 'un-sc', sourceId: id, schema: 'Person',
    names: names.map((full, i) => ({ full, kind: i ? 'strong_alias' : 'primary', script: 'Latin' })),
    birthDates: dobs.map((value) => ({ value, precision: value.length === 4 ? 'year' : 'day' })),
    birthPlaces: [], nationalities: [], countries: [], addresses: [], identifiers: [], programs: [], lists: [], titles: [],
    remarks: [], links: [], raw: null, ...extra,
  };
}

describe('ground truth', () => {
  it('normalises names to sorted plain tokens', () => {
    expect(simpleNameKey('AL-QAIDA, Abū')).toBe('abu al qaida');
    expect(simpleNameKey('MANSUR AL-SA’ADI')).toBe(simpleNameKey('al sa adi mansur'));
    expect(simpleNameKey('  ')).toBe('');
  });

  it('finds the one entity by name and breaks ties by birth date, then year', () => {
    const a = entity('QDi.001', ['ABDUL RAHMAN'], ['1960-01-01']);
    const b = entity('QDi.002', ['Rahman, Abdul'], ['1970']);
    const c = entity('QDi.003', ['SALEK ABDULHAI'], [], {});
    const index = indexByNameKey([a, b, c]);
    expect(resolveTruth(index, 'abdulhai salek')).toMatchObject({ status: 'unique', entity: c, by: 'name' });
    expect(resolveTruth(index, 'ABDUL RAHMAN', '1960-01-01')).toMatchObject({ status: 'unique', entity: a, by: 'name+date' });
    expect(resolveTruth(index, 'ABDUL RAHMAN', '1970-05-05')).toMatchObject({ status: 'unique', entity: b, by: 'name+year' });
    expect(resolveTruth(index, 'ABDUL RAHMAN', '1980')).toMatchObject({ status: 'ambiguous' });
    expect(resolveTruth(index, 'ABDUL RAHMAN')).toMatchObject({ status: 'ambiguous' });
    expect(resolveTruth(index, 'NOBODY')).toEqual({ status: 'none' });
  });

  it('normalises UN references and collects them from UK entries', () => {
    expect(normalizeUnRef('QDi.001')).toBe(normalizeUnRef('QDI001'));
    const uk = entity('123', ['X'], [], {
      source: 'uk-ofsi',
      identifiers: [{ type: 'other', value: 'QDe.004', normalized: 'QDE004', scheme: 'UN-REF' }],
      extra: { unReference: 'QDe.004; KPi.067' },
    });
    expect(unReferencesOf(uk)).toEqual(['QDE004', 'KPI067']);
    expect(unReferencesOf(entity('1', ['Y']))).toEqual([]);
  });

  it('classifies the damage a treatment did', () => {
    expect(classifyTreatment('JANAN AGHA', 'JANAN AGHA')).toBe('identical');
    expect(classifyTreatment('ABDULHAI SALEK', 'SALEK, ABDULHAI')).toBe('reordered');
    expect(classifyTreatment('AREFULLAH AREF', 'AREFULLAHA REF')).toBe('respaced');
    expect(classifyTreatment('ATTIQULLAH', 'ATTIIQULLAH')).toBe('inserted letter');
    expect(classifyTreatment('ABDULLAH', 'ABDULAH')).toBe('dropped letter');
    expect(classifyTreatment('MOHAMED LAKHAL', 'MOHAMED LAKAHL')).toBe('swapped letters');
    expect(classifyTreatment('Mus’ab', 'Mus?ab')).toBe('reordered'); // the quote is not a letter either way
    expect(classifyTreatment('ABBAS', 'ABBOS')).toBe('substituted letter');
    expect(classifyTreatment('SHER MOHAMMAD ABBAS', 'SHER MOHAMAD ABAS')).toBe('several edits');
  });
});

describe('metrics', () => {
  it('ranks ties by their average rank', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('computes Spearman correlation', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    // Classic example: d^2 sum = 2 over n = 5 -> 1 - 6*2/(5*24) = 0.9
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.9);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [1])).toBeNaN();
  });

  it('computes shares, mean differences, sweeps, confusion tables and tallies', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNaN();
    expect(meanAbsDiff([1, 0.5], [0.8, 0.9])).toBeCloseTo(0.3);
    expect(sweep([0.5, 0.7, 0.9, 1], [0.7, 0.95])).toEqual([{ threshold: 0.7, share: 0.75 }, { threshold: 0.95, share: 0.25 }]);
    const c = confusion([{ reference: true, ours: true }, { reference: true, ours: false }, { reference: false, ours: false }, { reference: false, ours: true }]);
    expect(c).toEqual({ bothMatch: 1, bothNoMatch: 1, onlyReference: 1, onlyOurs: 1, agreement: 0.5 });
    expect(tally(['b', 'a', 'b', 'c', 'b', 'a'], (x) => x, 1)).toEqual([
      { key: 'b', count: 3, examples: ['b'] }, { key: 'a', count: 2, examples: ['a'] }, { key: 'c', count: 1, examples: ['c'] },
    ]);
  });
});

describe('cases', () => {
  it('turns a yente row into a full query', () => {
    const [a, b, c] = parsePersonRows(
      'full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality\n' +
        'ABDULHAI SALEK,,,,,1965,"Awlyatak, Afghanistan",af\n' +
        'Kathryn Barr,Kathryn,,Barr,female,1966-7-6,Karachi,United Arab Emirates\n' +
        ',Jo,,Doe,other,unknown,,Atlantis\n',
    );
    expect(rowToQuery(a)).toEqual({ name: 'ABDULHAI SALEK', schema: 'Person', birthDate: '1965', countries: ['AF'] });
    expect(rowToQuery(b)).toEqual({ name: 'Kathryn Barr', schema: 'Person', birthDate: '1966-07-06', countries: ['AE'], gender: 'female' });
    expect(rowToQuery(c)).toEqual({ name: 'Jo Doe', schema: 'Person' });
    expect(normalizeBirthDate('1960-06-29')).toBe('1960-06-29');
    expect(normalizeBirthDate('1968-13-30')).toBeUndefined();
    expect(normalizeBirthDate('1974-01-32')).toBeUndefined();
    expect(normalizeBirthDate('1975-02-29')).toBeUndefined();
    expect(normalizeBirthDate('1976-02-29')).toBe('1976-02-29');
    expect(normalizeBirthDate('1977-8')).toBe('1977-08');
    expect(nationalityCode('kp')).toBe('KP');
    expect(nationalityCode('')).toBeUndefined();
  });

  it('parses the pair files', () => {
    expect(parseCrossScriptPairs('# header\n\n# Arabic\nمحمد علي,Mohamed Ali,0.90,Common name\n')).toEqual([
      { query: 'محمد علي', expected: 'Mohamed Ali', minScore: 0.9, description: 'Common name' },
    ]);
    expect(parseOfacScores('query_name,result_name,ofac_score\nVLADIMIR PUTIN,"PUTIN, Vladimir",100\n')).toEqual([
      { query: 'VLADIMIR PUTIN', result: 'PUTIN, Vladimir', ofacScore: 100 },
    ]);
  });

  it('keeps the last dataset per source, as an import makes it current', () => {
    const refs = [
      { source: 'a', label: 'old', files: {} }, { source: 'a', label: 'new', files: {} }, { source: 'b', label: 'only', files: {} },
    ];
    expect(currentDatasets(refs).map((r) => `${r.source}/${r.label}`)).toEqual(['a/new', 'b/only']);
  });
});

describe('engine-facing helpers (with a fake engine)', () => {
  const fakeMatch = (score: number, against = false): ScreeningMatch => ({
    entityId: 'x:1', source: 'x', schema: 'Person', caption: 'X', score, match: score >= 0.8, programs: [],
    name: { name: 'X', kind: 'primary', score, aligned: [{ query: 'x', candidate: 'x', score: 1, how: 'exact' }], unmatchedQuery: [], unmatchedCandidate: [] },
    features: against ? [{ feature: 'dob_year_disjoint', score: 1, weight: 0.2, contribution: -0.2, detail: '' }] : [],
    explanation: '',
  });

  it('names the cause of a miss', () => {
    expect(missCause(undefined)).toMatch(/not retrieved/);
    expect(missCause(undefined, 'bad')).toBe('invalid query');
    expect(missCause(digest(fakeMatch(0.7, true)))).toBe('contradiction: dob_year_disjoint');
    expect(missCause(digest(fakeMatch(0.7)))).toBe('name below threshold, all tokens aligned');
  });

  it('correlates pair scores with OFAC scores', () => {
    const scores: Record<string, number> = { A: 0.95, B: 0.85, C: 0.5 };
    const engine = {
      algorithm: 'fake', size: { entities: 0, names: 0 },
      screen: () => { throw new Error('unused'); },
      compare: (_a: string, b: string) => ({ score: scores[b] }),
    } as unknown as ScreeningEngine;
    const run = compareOfac(engine, [
      { query: 'Q', result: 'A', ofacScore: 100 }, { query: 'Q', result: 'B', ofacScore: 90 }, { query: 'Q', result: 'C', ofacScore: 70 },
    ], 0.8);
    expect(run.spearman).toBeCloseTo(1);
    expect(run.perQuery).toEqual([{ query: 'Q', n: 3, spearman: expect.closeTo(1), mad: expect.closeTo((0.05 + 0.05 + 0.2) / 3) }]);
    expect(run.agreement).toMatchObject({ bothMatch: 2, bothNoMatch: 1, agreement: 1 });
  });

  it('leaves OFAC -1 rows (not returned) out of correlation but counts them as no-match', () => {
    const engine = {
      compare: (_a: string, b: string) => ({ score: b === 'A' ? 1 : b === 'B' ? 0.5 : 0.9 }),
    } as unknown as ScreeningEngine;
    const run = compareOfac(engine, [
      { query: 'Q', result: 'A', ofacScore: 100 }, { query: 'Q', result: 'B', ofacScore: 80 }, { query: 'Q', result: 'C', ofacScore: -1 },
    ], 0.8);
    expect(run.spearman).toBeCloseTo(1);
    expect(run.meanAbsDiff).toBeCloseTo(0.15);
    expect(run.agreement).toMatchObject({ bothMatch: 1, bothNoMatch: 1, onlyOurs: 1 });
  });
});

describe('report', () => {
  it('pads tables and marks targets', () => {
    expect(table(['a', 'n'], [['x', 1], ['yy', 10]])).toBe('a    n\n--  --\nx    1\nyy  10');
    const text = summaryTable([
      { figure: 'recall', value: '99%', target: '>= 99%', pass: true },
      { figure: 'fp', value: '1%', target: '<= 0.5%', pass: false },
      { figure: 'info', value: '3', target: '' },
    ]);
    expect(text).toMatch(/recall .*PASS/);
    expect(text).toMatch(/fp .*MISS/);
    expect(text).toMatch(/info .*info/);
  });
});
