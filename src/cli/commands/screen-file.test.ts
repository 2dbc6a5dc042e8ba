import { describe, expect, it } from 'vitest';
import { ChokepointError } from '../../errors.js';
import type { PairComparison, ScreeningEngine, ScreeningMatch, ScreeningQuery } from '../../matching/types.js';
import { csvRow, jsonRow, screenRow } from './screen-file.js';
import { compareRow } from './compare-file.js';

const match = (entityId: string, score: number): ScreeningMatch => ({
  entityId, source: 'test', schema: 'Person', caption: `caption of ${entityId}`, score, match: score >= 0.7, programs: ['P1', 'P2'],
  name: { name: entityId, kind: 'primary', score, aligned: [], unmatchedQuery: [], unmatchedCandidate: [] },
  features: [{ feature: 'name_match', score, weight: 1, contribution: score, detail: 'because' }], explanation: 'why',
});

/** A fake engine: "boom" is a bug, "!!!" is refused as the real engine does, anything else hits twice. */
const engine: ScreeningEngine = {
  algorithm: 'fake',
  size: { entities: 2, names: 2 },
  checkOptions() {},
  screen(query: ScreeningQuery) {
    if (query.name === 'boom') throw new TypeError('cannot read x of undefined');
    if (query.name === '!!!') throw new ChokepointError('INVALID_INPUT', 'the name has no letters or digits to screen', { field: 'name' });
    return { query, threshold: 0.7, algorithm: 'fake', matches: [match('t:1', 0.91234), match('t:2', 0.8)], candidates: 9 };
  },
  compare(name1, name2, schema): PairComparison {
    if (name1 === 'boom') throw new Error('bug');
    return { name1, name2, schema, score: 0.9, match: true, threshold: 0.7, name: match('x', 0.9).name, features: [], explanation: 'close' };
  },
};

describe('screenRow', () => {
  it('screens a valid row and keeps the matches', () => {
    const o = screenRow(engine, { row: 1, line: 2, record: { name: 'Putin', 'customer id': 'C1' } }, {});
    expect(o).toMatchObject({ row: 1, line: 2, ref: 'C1', name: 'Putin', candidates: 9, query: { name: 'Putin' } });
    expect(o.matches).toHaveLength(2);
    expect(csvRow(o)).toEqual({
      row: 1, line: 2, ref: 'C1', name: 'Putin', hits: 2, best_score: 0.9123, best_entity_id: 't:1', best_caption: 'caption of t:1',
      best_programs: 'P1;P2', hit_ids: 't:1;t:2', error: undefined,
    });
    expect(jsonRow(o)).toMatchObject({ row: 1, line: 2, ref: 'C1', hits: 2, matches: [{ entityId: 't:1' }, { entityId: 't:2' }] });
  });

  it('gives an error row naming the line for unreadable rows, invalid values and names the engine refuses', () => {
    const unreadable = screenRow(engine, { row: 3, line: 4, error: 'has 3 fields where the header has 2' }, {});
    expect(unreadable.error).toEqual({ code: 'MALFORMED_FILE', message: 'line 4: has 3 fields where the header has 2' });
    const bad = screenRow(engine, { row: 4, line: 5, record: { name: 'A', dob: '1952-13' } }, {});
    expect(bad).toMatchObject({ name: 'A', error: { code: 'INVALID_INPUT', field: 'dob', message: expect.stringMatching(/^line 5, field 'dob'/) } });
    expect(bad.internal).toBeUndefined();
    const refused = screenRow(engine, { row: 5, line: 6, record: { name: '!!!' } }, {});
    expect(refused.error?.message).toMatch(/^line 6: .*no letters/);
    expect(csvRow(refused)).toMatchObject({ row: 5, name: '!!!', hits: '', error: refused.error?.message });
    expect(jsonRow(refused)).toEqual({ row: 5, line: 6, name: '!!!', error: refused.error });
  });

  it('marks an engine crash as internal, without stopping the run', () => {
    const o = screenRow(engine, { row: 1, line: 2, record: { name: 'boom' } }, {});
    expect(o).toMatchObject({ internal: true, error: { code: 'INTERNAL' } });
  });
});

describe('compareRow', () => {
  it('compares a pair and passes the schema column', () => {
    const r = compareRow(engine, { row: 1, line: 2, record: { Name1: 'A', NAME2: 'B', type: 'company' } }, {});
    expect(r).toEqual({ invalid: false, out: expect.objectContaining({ line: 2, name1: 'A', name2: 'B', schema: 'Organization', score: 0.9, match: true }) });
  });

  it('gives an error line naming the line when a name is missing', () => {
    const r = compareRow(engine, { row: 2, line: 3, record: { name1: 'A', name2: '' } }, {});
    expect(r.invalid).toBe(true);
    expect(r.out).toEqual({ line: 3, name1: 'A', name2: '', error: { code: 'INVALID_INPUT', message: "line 3, field 'name2': no name2", field: 'name2' } });
    expect(compareRow(engine, { row: 3, line: 4, error: 'broken quote' }, {}).out).toMatchObject({ line: 4, error: { code: 'MALFORMED_FILE' } });
    expect(compareRow(engine, { row: 4, line: 5, record: { name1: 'boom', name2: 'x' } }, {})).toMatchObject({ internal: true });
  });
});
