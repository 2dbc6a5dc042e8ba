import { describe, expect, it } from 'vitest';
import { checkHeader, columnOf, rowName, rowQuery } from './screen-row.js';

describe('columnOf', () => {
  it('maps common header names case-insensitively and without punctuation', () => {
    expect(['Name', 'FULL_NAME', 'Full Name'].map(columnOf)).toEqual(['name', 'name', 'name']);
    expect(['DOB', 'birth_date', 'Date of Birth'].map(columnOf)).toEqual(['birthDate', 'birthDate', 'birthDate']);
    expect(['Country', 'countries', 'Nationality'].map(columnOf)).toEqual(['countries', 'countries', 'countries']);
    expect(['id', 'Identifiers', 'Passport'].map(columnOf)).toEqual(['identifiers', 'identifiers', 'identifiers']);
    expect(['type', 'Schema', 'sex', 'Customer ID', 'notes'].map(columnOf)).toEqual(['schema', 'schema', 'gender', 'ref', undefined]);
  });
});

describe('checkHeader', () => {
  it('fails when no column holds names, listing the columns found', () => {
    expect(() => checkHeader(['Full Name', 'dob'], 'x.csv')).not.toThrow();
    expect(() => checkHeader(['who', 'dob'], 'x.csv')).toThrow(/no name column.*found: who, dob/);
  });
});

describe('rowQuery', () => {
  it('turns a CSV row into a query with resolved countries, ISO date, schema, gender and identifiers', () => {
    const r = rowQuery(
      { 'Full Name': ' PUTIN, Vladimir ', DOB: '07.10.1952', Nationality: 'Russia;Belarus', Type: 'individual', Sex: 'M', Passport: 'P1; P2', 'Customer ID': 'C-1' },
      2,
    );
    expect(r).toEqual({
      query: { name: 'PUTIN, Vladimir', birthDate: '1952-10-07', countries: ['RU', 'BY'], schema: 'Person', gender: 'male', identifiers: ['P1', 'P2'] },
      ref: 'C-1',
    });
  });

  it('takes a whole country name with a comma, arrays and numbers from JSON lines, and ignores blanks', () => {
    expect(rowQuery({ name: 'Kim', country: 'Korea, North', dob: '', id: '' }, 1).query).toEqual({ name: 'Kim', countries: ['KP'] });
    expect(rowQuery({ name: 'Kim', countries: ['KP', 'cn'], identifiers: ['A1'], dob: 1983 }, 1).query)
      .toEqual({ name: 'Kim', countries: ['KP', 'CN'], identifiers: ['A1'], birthDate: '1983' });
  });

  it('fails with INVALID_INPUT naming the column and line', () => {
    const fails = (record: Record<string, unknown>) => {
      try {
        rowQuery(record, 7);
      } catch (e) {
        return e as { code: string; location: unknown; message: string };
      }
      throw new Error('did not fail');
    };
    expect(fails({ dob: '1952' })).toMatchObject({ code: 'INVALID_INPUT', location: { line: 7, field: 'name' } });
    expect(fails({ name: '   ' })).toMatchObject({ location: { line: 7, field: 'name' } });
    expect(fails({ name: 'A', DOB: '1952-02-30' })).toMatchObject({ location: { line: 7, field: 'DOB' } });
    expect(fails({ name: 'A', country: 'Narnia' }).message).toMatch(/unknown country 'Narnia'/);
    expect(fails({ name: 'A', type: 'planet' }).message).toMatch(/not a kind of subject/);
    expect(fails({ name: 'A', gender: 'x' }).message).toMatch(/not a gender/);
    expect(fails({ name: { first: 'A' } }).message).toMatch(/must be text/);
  });
});

describe('rowName', () => {
  it('echoes the name even of an invalid row', () => {
    expect(rowName({ 'Full Name': 'John', dob: 'bad' })).toBe('John');
    expect(rowName(undefined)).toBe('');
  });
});
