import { describe, expect, it } from 'vitest';
import { bankKey, buildBankIndex, type BankRecord } from './banks.js';

const CSV = `bic,bic8,branch_code,institution,city,branch,country_code,country,data_vintage
ICBKCNBJXXX,ICBKCNBJ,XXX,INDUSTRIAL AND COMMERCIAL BANK OF CHINA,BEIJING,,CN,China,2018-01
ICBKCNBJBJM,ICBKCNBJ,BJM,INDUSTRIAL AND COMMERCIAL BANK OF CHINA,BEIJING,BEIJING MUNICIPAL BRANCH,CN,China,2018-01
ICBKARBAXXX,ICBKARBA,XXX,INDUSTRIAL AND COMMERCIAL BANK OF CHINA (ARGENTINA)S.A.,BUENOS AIRES,,AR,Argentina,2018-01
VTBRRUMMXXX,VTBRRUMM,XXX,VTB BANK (PJSC),MOSCOW,,RU,Russia,2018-01
VTBRRUM2XXX,VTBRRUM2,XXX,VTB BANK (PJSC),SAINT PETERSBURG,,RU,Russia,2018-01
VTBRRUM2SPB,VTBRRUM2,SPB,VTB BANK (PJSC),SAINT PETERSBURG,X,RU,Russia,2018-01
SABRRUMMXXX,SABRRUMM,XXX,SBERBANK,MOSCOW,,RU,Russia,2018-01
CNTRRUMMXXX,CNTRRUMM,XXX,CENTRAL BANK OF THE RUSSIAN FEDERATION,MOSCOW,,RU,Russia,2018-01
`;

describe('bank index', () => {
  // The rows as the BIC directory loader gives them (bic, institution, city; the country from the BIC).
  const records: BankRecord[] = CSV.trim().split('\n').slice(1).map((line) => {
    const [bic, , , institution, city] = line.split(',');
    return { bic, institution, city: city || undefined, country: bic.slice(4, 6) };
  });
  const index = buildBankIndex(records);

  it('keys names without legal forms and parenthesised parts', () => {
    expect(bankKey('VTB BANK (PJSC)')).toBe('VTB BANK');
    expect(bankKey('Industrial and Commercial Bank of China (Argentina) S.A.')).toBe('INDUSTRIAL AND COMMERCIAL BANK OF CHINA');
  });

  it('resolves names, short names and acronyms to the head office', () => {
    expect(index.resolve('ICBC')).toMatchObject({ bic8: 'ICBKCNBJ', name: 'Industrial and Commercial Bank of China', country: 'CN', via: 'acronym' });
    expect(index.resolve('Industrial and Commercial Bank of China')).toMatchObject({ bic8: 'ICBKCNBJ', via: 'name' });
    expect(index.resolve('VTB')).toMatchObject({ bic8: 'VTBRRUMM', name: 'VTB Bank', city: 'Moscow' });
    expect(index.resolve('Sberbank of Russia')).toMatchObject({ bic8: 'SABRRUMM' });
  });

  it('resolves nothing for generic or unknown names', () => {
    expect(index.resolve('Central Bank')).toBeUndefined();
    expect(index.resolve('Treasury')).toBeUndefined();
    expect(index.resolve('Keremet Bank')).toBeUndefined();
  });
});
