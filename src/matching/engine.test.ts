import { describe, expect, it } from 'vitest';
import type { Entity, Schema } from '../model/entity.js';
import { buildEngine, DEFAULT_THRESHOLD } from './engine.js';

function entity(id: string, schema: Schema, names: string[], extra: Partial<Entity> = {}): Entity {
  return {
    id: `test:${id}`, source: 'test', sourceId: id, schema,
    names: names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'strong_alias', script: 'Latin' })),
    birthDates: [], birthPlaces: [], nationalities: [], countries: [], addresses: [], identifiers: [], programs: [],
    lists: [], titles: [], remarks: [], links: [], raw: null, ...extra,
  };
}

const ENTITIES: Entity[] = [
  entity('putin', 'Person', ['PUTIN, Vladimir Vladimirovich', 'Путин Владимир Владимирович'], {
    birthDates: [{ value: '1952-10-07', precision: 'day' }], nationalities: ['RU'], gender: 'male',
    programs: [{ raw: 'RUSSIA-EO14024', key: 'RUSSIA-EO14024' }],
  }),
  entity('khoroshev', 'Person', ['KHOROSHEV, Dmitry Yuryevich'], { birthDates: [{ value: '1993-04-17', precision: 'day' }] }),
  entity('sber', 'Organization', ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'SBERBANK'], {
    identifiers: [{ type: 'swift_bic', value: 'SABRRUMM', normalized: 'SABRRUMM' }], countries: ['RU'],
  }),
  entity('vessel', 'Vessel', ['GRACEFUL'], { identifiers: [{ type: 'imo', value: '1011551', normalized: '1011551' }] }),
  entity('maduro', 'Person', ['MADURO MOROS, Nicolas']),
  entity('other', 'Person', ['IVANOV, Petr Sergeevich'], { birthDates: [{ value: '1970', precision: 'year' }] }),
];
const engine = buildEngine(ENTITIES);
const top = (name: string, extra: object = {}) => engine.screen({ name, ...extra }).matches[0];

describe('screening', () => {
  it('finds a person written in natural order, surname first, in Cyrillic and with a typo', () => {
    for (const q of ['Vladimir Putin', 'PUTIN, Vladimir', 'Владимир Путин', 'Vladmir Putin', 'Vladimir Vladimirovich Poutine']) {
      expect(top(q)?.entityId, q).toBe('test:putin');
      expect(top(q)!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    }
  });

  it('explains the name match naming the alias and how parts met', () => {
    const m = top('Dmitry Iurevich Khoroshev')!;
    expect(m.entityId).toBe('test:khoroshev');
    const name = m.features.find((f) => f.feature === 'name_match')!;
    expect(name.detail).toContain("'KHOROSHEV, Dmitry Yuryevich'");
    expect(name.detail).toMatch(/'iurevich' matches 'yuryevich' as a spelling variant/);
    expect(m.explanation).toMatch(/^match \(score/);
  });

  it('a matching birth date raises the score and a contradicting one lowers it below the threshold', () => {
    const base = top('Dmitry Khoroshev')!.score;
    const same = top('Dmitry Khoroshev', { birthDate: '1993-04-17' })!;
    expect(same.score).toBeGreaterThanOrEqual(base);
    expect(same.features.find((f) => f.feature === 'dob_match')!.contribution).toBeGreaterThan(0);
    const other = engine.screen({ name: 'Dmitry Khoroshev', birthDate: '1960' }, { includeBelowThreshold: true }).matches[0];
    expect(other.score).toBeLessThan(base);
    expect(other.features.find((f) => f.feature === 'dob_year_disjoint')!.detail).toMatch(/contradicts/);
  });

  it('an identifier match is decisive, whatever the name', () => {
    const m = top('Some Bank Name', { identifiers: ['SABR RUMM'] })!;
    expect(m.entityId).toBe('test:sber');
    expect(m.score).toBe(1);
    const byName = top('Sberbank', { identifiers: ['SABRRUMM'] })!;
    expect(byName.score).toBe(1);
    expect(byName.features.find((f) => f.feature === 'identifier_match')!.detail).toMatch(/swift bic SABRRUMM/);
  });

  it('a different type speaks against the match', () => {
    const m = engine.screen({ name: 'Graceful', schema: 'Person' }, { includeBelowThreshold: true }).matches[0];
    expect(m.match).toBe(false);
    expect(top('Graceful', { schema: 'Vessel' })?.entityId).toBe('test:vessel');
  });

  it('strips legal forms: "Sberbank of Russia PJSC" finds the bank', () => {
    expect(top('Sberbank of Russia PJSC', { schema: 'Organization' })?.entityId).toBe('test:sber');
  });

  it('does not match unrelated names', () => {
    expect(engine.screen({ name: 'Patricia Lucas Wheeler' }).matches).toEqual([]);
    expect(engine.screen({ name: 'Vladimir Ivanov' }).matches.filter((m) => m.entityId === 'test:putin')).toEqual([]);
  });

  it('lets a request override weights and the threshold', () => {
    const strict = engine.screen({ name: 'Putin' }, { threshold: 0.99 });
    expect(strict.matches).toEqual([]);
    const r = engine.screen({ name: 'Dmitry Khoroshev', birthDate: '1960' }, { weights: { dob_year_disjoint: 0 } });
    expect(r.matches[0].entityId).toBe('test:khoroshev');
    expect(() => engine.screen({ name: 'x y' }, { weights: { nonsense: 1 } })).toThrow(/unknown feature 'nonsense'/);
  });
});

describe('bad queries give a clear error, never a crash', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(10_000), /10000 characters/],
    ['!!!???', /no letters or digits/],
    ['🙂🙂', /no letters or digits/],
  ])('%#', (name, message) => {
    expect(() => engine.screen({ name })).toThrow(message);
  });

  it('mixed scripts and RTL marks are screened', () => {
    expect(top('Vladimir Путин')?.entityId).toBe('test:putin');
    expect(top('\u200fPutin\u200f')?.entityId).toBe('test:putin');
  });

  it('rejects a bad birth date or country naming the field', () => {
    expect(() => engine.screen({ name: 'Putin', birthDate: 'yesterday' })).toThrow(/birth date/);
    expect(() => engine.screen({ name: 'Putin', countries: ['Atlantis'] })).toThrow(/unknown country 'Atlantis'/);
  });
});

describe('compare', () => {
  it('scores transliteration variants of one name as a match', () => {
    expect(engine.compare('Yuryevich', 'Iurevich').match).toBe(true);
    expect(engine.compare('Mohammed Ali', 'Muhammad Ali').match).toBe(true);
    expect(engine.compare('Vladimir Putin', 'Donald Trump').score).toBe(0);
  });
});
