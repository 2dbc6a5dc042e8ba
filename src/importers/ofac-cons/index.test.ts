import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../model/entity.js';
import { ofacSdnImporter } from '../ofac-sdn/index.js';
import { ofacConsImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATED = join(HERE, 'testdata/2025-06');
const FILES = ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((f) => join(DATED, f));
const SDN_FILE = join(HERE, '../ofac-sdn/testdata/2024-01-15/sdn.csv');

async function readFixture(): Promise<Map<string, Entity>> {
  const [ref] = ofacConsImporter.discover(FILES);
  const out = new Map<string, Entity>();
  for await (const e of ofacConsImporter.read(ref, { setPublishedAt: () => undefined })) out.set(e.sourceId, e);
  return out;
}

describe('ofacConsImporter.discover', () => {
  it('finds cons_prim.csv with its side files, and not the SDN files', () => {
    expect(ofacConsImporter.discover([...FILES, SDN_FILE])).toEqual([{
      source: 'us-ofac-cons',
      label: '2025-06',
      publishedAt: '2025-06',
      files: { prim: FILES[0], add: FILES[1], alt: FILES[2], comments: FILES[3] },
    }]);
    expect(ofacSdnImporter.discover(FILES)).toEqual([]);
  });

  it('lists the official consolidated download URLs', () => {
    expect(ofacConsImporter.remote.map((r) => r.url)).toEqual([
      'https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv',
      'https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv',
      'https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv',
      'https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv',
    ]);
    expect(ofacConsImporter.remote.filter((r) => r.required).map((r) => r.filename)).toEqual(['cons_prim.csv']);
  });
});

describe('ofacConsImporter.read on the fixture', () => {
  it('maps an SSI / menu-based bank, joining the comment overflow to the cut remarks', async () => {
    const e = (await readFixture()).get('30001')!;
    expect(e.id).toBe('us-ofac-cons:30001');
    expect(e.orgKind).toBe('bank');
    expect(e.lists).toEqual(['Sectoral Sanctions Identifications List (SSI)', 'Non-SDN Menu-Based Sanctions List (NS-MBS List)']);
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value])).toEqual([
      ['swift_bic', undefined, 'NIBKRUMM'],
      ['registration', 'OGRN', '1027739000001'],
      ['tax', 'INN', '7702000001'],
    ]);
    expect(e.listedOn).toBe('2022-02-24');
    expect(e.secondarySanctions).toBe(true);
    expect(e.remarks).toContain('Listing Date (EO 14024 Directive 3): 24 Feb 2022');
    expect(e.remarks).toContain('Effective Date (EO 14024 Directive 3): 26 Mar 2022.');
    expect(e.names[1]).toMatchObject({ full: 'NORTHERN INVESTMENT BANK OPEN JOINT STOCK COMPANY', kind: 'former' });
    expect(e.addresses).toEqual([{ full: 'Ulitsa Myasnitskaya 1, Moscow 101000, Russia', street: 'Ulitsa Myasnitskaya 1', city: 'Moscow', postalCode: '101000', country: 'RU' }]);
  });

  it('maps a CMIC company: tickers, ISIN, issuer name, USCC, CMIC listing date', async () => {
    const e = (await readFixture()).get('30002')!;
    expect(e.lists).toEqual(['Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)']);
    expect(e.identifiers.map((i) => [i.type, i.scheme, i.value, i.country])).toEqual([
      ['other', 'TICKER', 'EXA US', undefined],
      ['other', 'TICKER', '0999 HK', undefined],
      ['other', 'ISIN', 'US0000000001', undefined],
      ['registration', 'USCC', '91110000000000001X', 'CN'],
    ]);
    expect(e.names.map((n) => [n.full, n.kind])).toEqual([
      ['EXAMPLE AEROSPACE CORPORATION OF CHINA', 'primary'],
      ['Example Aerospace Corp Ltd', 'weak_alias'],
      ['EXACO', 'weak_alias'],
    ]);
    expect(e.orgKind).toBe('company');
    expect(e.listedOn).toBe('2021-06-03');
  });

  it('maps an NS-PLC person and a CAPTA bank', async () => {
    const all = await readFixture();
    const p = all.get('30003')!;
    expect(p.schema).toBe('Person');
    expect(p.lists).toEqual(['Non-SDN Palestinian Legislative Council List (NS-PLC List)']);
    expect(p.birthDates).toEqual([{ value: '1962', precision: 'year' }]);
    expect(p.birthPlaces).toEqual(['Shati']);
    expect(p.countries).toEqual(['PS']);
    expect(p.names[1]).toMatchObject({ full: 'HAMDAN, Khaleel', kind: 'strong_alias', parts: { family: 'HAMDAN', given: 'Khaleel' } });
    const bank = all.get('30004')!;
    expect(bank.lists).toEqual([
      'List of Foreign Financial Institutions Subject to Correspondent Account or Payable-Through Account Sanctions (CAPTA List)',
    ]);
    expect(bank.programs).toEqual([{ raw: '561-Related', key: '561-RELATED' }]);
    expect(bank.remarks[0]).toMatch(/^United States financial institutions are prohibited/);
  });
});
