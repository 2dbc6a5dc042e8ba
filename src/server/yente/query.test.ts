import { describe, expect, it } from 'vitest';
import { YenteError } from './errors.js';
import { MAX_NAMES, parseExample } from './query.js';

describe('parseExample', () => {
  it('cleans the query as yente echoes it and takes the facts the engine compares', () => {
    const q = parseExample({ schema: 'Person', properties: { name: ['Vladimir Putin'], birthDate: ['1952-10-07T00:00:00'], country: 'Russia', nationality: ['RU', 'xx'], gender: ['M'], passportNumber: ['100 000 001'] } }, 'queries.q1');
    expect(q.names).toEqual(['Vladimir Putin']);
    expect(q.facts).toEqual({ schema: 'Person', birthDate: '1952-10-07', countries: ['RU'], gender: 'male', identifiers: ['100 000 001'] });
    expect(q.echo).toEqual({
      id: null, schema: 'Person',
      properties: { name: ['Vladimir Putin'], birthDate: ['1952-10-07'], country: ['ru'], nationality: ['ru'], gender: ['male'], passportNumber: ['100 000 001'] },
    });
  });

  it('drops properties FtM does not know and those the schema does not have, as yente does', () => {
    const q = parseExample({ id: 'c1', schema: 'Company', properties: { name: 'ACME', birthDate: ['1970'], banana: ['x'], jurisdiction: ['hk'], innCode: ['7701234567'] } }, 'q');
    expect(q.echo).toEqual({ id: 'c1', schema: 'Company', properties: { name: ['ACME'], jurisdiction: ['hk'], innCode: ['7701234567'] } });
    expect(q.facts).toEqual({ schema: 'Organization', countries: ['HK'], identifiers: ['7701234567'] });
  });

  it('screens every distinct name, a full name made of name parts, and weak aliases only when nothing else names', () => {
    const q = parseExample({ schema: 'Person', properties: { name: ['Ivan Petrov', 'IVAN PETROV'], alias: ['Vanya'], weakAlias: ['The Bear'], firstName: ['Ivan'], fatherName: ['Ivanovich'], lastName: ['Petrov'] } }, 'q');
    expect(q.names).toEqual(['Ivan Petrov', 'Vanya', 'Ivan Ivanovich Petrov']);
    expect(parseExample({ schema: 'Person', properties: { weakAlias: ['The Bear'] } }, 'q').names).toEqual(['The Bear']);
    expect(parseExample({ schema: 'Vessel', properties: { imoNumber: ['9187629'] } }, 'q').names).toEqual([]);
  });

  it('screens LegalEntity and Thing without a type, and types no list holds as nothing', () => {
    expect(parseExample({ schema: 'LegalEntity', properties: { name: ['X'] } }, 'q').facts.schema).toBeUndefined();
    expect(parseExample({ schema: 'Thing', properties: { name: ['X'] } }, 'q').schema.ours).toHaveLength(4);
    expect(parseExample({ schema: 'Airplane', properties: { name: ['X'], serialNumber: ['123'] } }, 'q').facts).toEqual({ schema: 'Aircraft', identifiers: ['123'] });
    expect(parseExample({ schema: 'CryptoWallet', properties: { name: ['X'] } }, 'q').schema.ours).toEqual([]);
  });

  it('refuses an unknown schema and too many names with 400, naming the field', () => {
    const unknown = () => parseExample({ schema: 'Banana', properties: { name: ['X'] } }, 'queries.q1');
    expect(unknown).toThrow(YenteError);
    expect(unknown).toThrow(/^queries\.q1\.schema: Cannot parse example entity: unknown schema 'Banana'$/);
    const names = Array.from({ length: MAX_NAMES + 1 }, (_, i) => `Name ${i}`);
    expect(() => parseExample({ schema: 'Person', properties: { name: names } }, 'queries.q1')).toThrow(/^queries\.q1\.properties\.name: at most 50/);
  });
});
