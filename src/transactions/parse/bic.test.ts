import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bicDirectory, loadBicDirectory } from './bic.js';

describe('BIC directory', () => {
  it('finds BIC11, BIC8 and head office, with the country from the BIC', () => {
    const dir = bicDirectory([
      { bic: 'SABRRUMM', institution: 'SBERBANK', city: 'MOSCOW', country: 'RU' },
      { bic: 'SABRRUMM012', institution: 'SBERBANK', city: 'NOVOSIBIRSK', country: 'RU' },
      { bic: 'KICBKG22XXX', institution: 'KYRGYZ INVESTMENT AND CREDIT BANK', city: 'BISHKEK', country: 'KG' },
    ]);
    expect(dir.lookup('SABRRUMM012')?.city).toBe('NOVOSIBIRSK');
    expect(dir.lookup('SABRRUMMXXX')?.city).toBe('MOSCOW');
    expect(dir.lookup('SABRRUMM999')?.city).toBe('MOSCOW');
    expect(dir.lookup('kicbkg22')).toMatchObject({ institution: 'KYRGYZ INVESTMENT AND CREDIT BANK', country: 'KG' });
    expect(dir.lookup('BKCHCNBJ')).toBeUndefined();
  });

  it('loads the CSV and names the line of a bad BIC', async () => {
    const d = mkdtempSync(join(tmpdir(), 'bic-'));
    const ok = join(d, 'ok.csv');
    writeFileSync(ok, 'bic,bic8,branch_code,institution,city,branch,country_code,country,data_vintage\nBKCHCNBJ,BKCHCNBJ,XXX,BANK OF CHINA,BEIJING,,CN,China,2018-01\n');
    expect((await loadBicDirectory(ok)).lookup('BKCHCNBJ')).toMatchObject({ institution: 'BANK OF CHINA', country: 'CN', vintage: '2018-01' });
    const bad = join(d, 'bad.csv');
    writeFileSync(bad, 'bic,institution,city,country_code\nBKCHCNBJ,BANK OF CHINA,BEIJING,CN\nNOPE,X,Y,ZZ\n');
    await expect(loadBicDirectory(bad)).rejects.toThrow(/bad\.csv, line 3, field 'bic'/);
  });
});
