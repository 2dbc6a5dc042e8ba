/**
 * Every file in ../shared/data/payments: the valid ones parse, the invalid ones fail with a clear
 * error naming file and field, the pacs.008 version comes from the namespace, BIC lookups work.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Payment, PaymentResult } from '../src/transactions/model.js';
import { loadBicDirectory, parsePaymentFile, type BicDirectory } from '../src/transactions/parse/index.js';
import { SHARED } from './helpers.js';

const PAYMENTS = resolve(SHARED, 'payments');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

async function parse(rel: string): Promise<PaymentResult[]> {
  const out: PaymentResult[] = [];
  for await (const r of parsePaymentFile(join(PAYMENTS, rel), { displayName: rel })) out.push(r);
  return out;
}

async function one(rel: string): Promise<Payment> {
  const rs = await parse(rel);
  expect(rs).toHaveLength(1);
  const r = rs[0];
  if (!r.ok) throw r.error;
  return r.payment;
}

async function failure(rel: string) {
  const rs = await parse(rel);
  expect(rs).toHaveLength(1);
  const r = rs[0];
  if (r.ok) throw new Error(`${rel} parsed but should fail`);
  return r.error;
}

describe('payments data: counts per folder', () => {
  /** folder -> [payments parsed, malformed messages, messages of a type we do not read (pacs.009/004, MT202/205)] */
  const expected: Record<string, [number, number, number]> = {
    'iso20022/cbprplus-phoughton-cbpr-ur/fixtures': [6, 4, 12],
    'iso20022/cbprplus-phoughton-cbpr-ur/synthetic_minmax/y2025': [4, 0, 6],
    'iso20022/cbprplus-phoughton-cbpr-ur/synthetic_minmax/y2026': [4, 0, 6],
    'iso20022/cbprplus-phoughton-cbpr-ur/test_files/2025': [4, 4, 1],
    'iso20022/cbprplus-phoughton-cbpr-ur/test_files/2026': [2, 0, 1],
    'iso20022/cbprplus-phoughton-cbpr-ur/violators/2025': [0, 8, 1],
    'iso20022/cbprplus-phoughton-cbpr-ur/violators/2026': [0, 2, 1],
    'iso20022/cbprplus-wso2-iso20022-to-swiftmt': [21, 0, 22],
    'iso20022/fedwire-moov-wire20022': [27, 0, 0],
    'iso20022/prowide': [4, 0, 0],
    'iso20022/wso2-swiftmt-to-iso20022-expected': [12, 0, 22],
    'mt/invalid-fragments-dedmoo': [5, 9, 0],
    'mt/prowide-core': [16, 0, 0],
    'mt/wso2-ballerina-mt2mx': [17, 1, 14],
    'mt/wso2-ballerina-mx2mt': [27, 0, 13],
  };
  const counts: Record<string, [number, number, number]> = {};
  const errors: PaymentResult[] = [];

  beforeAll(async () => {
    const files = listFiles(PAYMENTS).filter((p) => !/\/(bic|xsd)\//.test(p) && !p.endsWith('.md') && !p.endsWith('wso2-ballerina-index.csv'));
    for (const p of files) {
      const folder = relative(PAYMENTS, dirname(p));
      const c = (counts[folder] ??= [0, 0, 0]);
      for (const r of await parse(relative(PAYMENTS, p))) {
        if (r.ok) c[0]++;
        else {
          errors.push(r);
          c[r.error.code === 'UNKNOWN_FORMAT' ? 2 : 1]++;
        }
      }
    }
  });

  it('parses every valid message and reports every other one, folder by folder', () => {
    expect(counts).toEqual(expected);
  });

  it('102 pacs.008 and 69 MT103/MT202COV messages in all; each error names its file and field', () => {
    const pacs = Object.entries(counts).filter(([k]) => k.startsWith('iso20022')).reduce((n, [, c]) => n + c[0] + c[1], 0);
    expect(pacs).toBe(102);
    for (const r of errors) {
      if (r.ok) continue;
      expect(r.error.location.file).toBeTruthy();
      expect(r.error.location.field).toBeTruthy();
      expect(r.error.message).toMatch(/message \d+:/);
    }
  });
});

describe('payments data: concrete values', () => {
  it('reads an MT103 RJE bulk file with ACKs: 3 messages, amounts and banks', async () => {
    const rs = await parse('mt/prowide-core/MT103-bulk-with-ack.rje');
    expect(rs).toHaveLength(3);
    const [p0, p1] = rs.map((r) => (r.ok ? r.payment : undefined));
    expect(p0).toMatchObject({ messageId: '234234233', format: 'MT103', amount: { value: '3700', currency: 'USD' }, valueDate: '2019-04-25' });
    expect(p0?.instructedAmount).toEqual({ value: '3710', currency: 'USD' });
    expect(p0?.banks.orderingInstitution).toMatchObject({ bic: 'CCCCNGLA', country: 'NG' });
    expect(p0?.remittance.references).toContain('042517477151');
    expect(p1?.charges).toEqual({ bearer: 'BEN', amounts: [{ value: '0', currency: 'USD' }, { value: '29', currency: 'USD' }] });
    expect(p1?.source).toMatchObject({ file: 'mt/prowide-core/MT103-bulk-with-ack.rje', index: 1 });
  });

  it('reads the 13 MT103 of an RJE file', async () => {
    const rs = await parse('mt/prowide-core/MT103-out-ack.rje');
    expect(rs.filter((r) => r.ok)).toHaveLength(13);
  });

  it('reads an MT202COV with its underlying customer sequence B', async () => {
    const p = await one('mt/wso2-ballerina-mx2mt/usecase_p2_3_1_b_test__finMessage_231b_B_C__MT202COV.fin');
    expect(p.format).toBe('MT202COV');
    expect(p.amount).toEqual({ value: '591636', currency: 'DKK' });
    expect(p.parties.orderingCustomer).toMatchObject({ name: 'A Debiter', country: 'GB' });
    expect(p.parties.beneficiary).toMatchObject({ name: 'B Creditor Co', country: 'ES' });
    expect(p.banks.orderingInstitution?.bic).toBe('CLYDGB2S');
    expect(p.banks.beneficiaryInstitution?.bic).toBe('BSCHGB2L');
    expect(p.banks.sender?.bic).toBe('BOFSGB2L');
    expect(p.uetr).toBe('7a562c67-ca16-48ba-b074-65581be6f001');
  });

  it('reads a Sri Lanka -> China MT103 with remittance naming the goods', async () => {
    const p = await one('mt/wso2-ballerina-mt2mx/test_custom_mt_mx__a_2015__MT103.fin');
    expect(p).toMatchObject({ messageId: '990OTT250922015', amount: { value: '100', currency: 'USD' } });
    expect(p.parties.beneficiary?.name).toBe('ZHEJIANG LANXI SHANYE');
  });

  it('takes the pacs.008 version from the Document namespace when the header says otherwise', async () => {
    const p = await one('iso20022/cbprplus-wso2-iso20022-to-swiftmt/CBPRplus_p.2.1.1_pacs.008-AtoB.xml');
    expect(p.version).toBe('pacs.008.001.12');
    expect(p.headerVersion).toBe('pacs.008.001.08');
    expect(p).toMatchObject({ messageId: 'pacs8bizmsgidr01', amount: { value: '15669.38', currency: 'EUR' }, valueDate: '2021-04-09' });
    expect(p.parties.orderingCustomer).toMatchObject({ name: 'C Consumer', country: 'GB' });
    expect(p.parties.beneficiary).toMatchObject({ name: 'Evli', country: 'FI' });
    expect(p.banks.intermediaries.map((b) => b.bic)).toEqual(['NDEAFIHHXXX']);
    expect(p.banks.beneficiaryInstitution).toMatchObject({ bic: 'HELSFIHHXXX', country: 'FI' });
  });

  it('reads pacs.008.001.07 inside a <message> wrapper and a FINplus pacs.008 inside an Alliance DataPDU', async () => {
    const v7 = await one('iso20022/prowide/prowide-iso20022_test_pacs.008.001.07_message-wrapper.xml');
    expect(v7.version).toBe('pacs.008.001.07');
    const pdu = await one('iso20022/prowide/prowide-integrator-examples_pacs008-finplus_SaaDataPDU.xml');
    expect(pdu).toMatchObject({ version: 'pacs.008.001.08', amount: { value: '11401.50', currency: 'USD' } });
    expect(pdu.parties.orderingCustomer?.name).toBe('Foo Cars Inc.');
    expect(pdu.remittance.unstructured).toEqual(['INVOICE 2121']);
  });

  it('reads a bare Fedwire Document whose agents are ABA routing numbers', async () => {
    const p = await one('iso20022/fedwire-moov-wire20022/CustomerCreditTransfer_Scenario1_Step1_pacs.008.xml');
    expect(p.amount).toEqual({ value: '510000.74', currency: 'USD' });
    expect(p.parties.orderingCustomer).toMatchObject({ name: 'Corporation A', country: 'US' });
    expect(p.banks.orderingInstitution).toMatchObject({ name: 'Bank A', clearing: { value: '011104238', issuer: 'USABA' } });
  });
});

describe('payments data: invalid messages', () => {
  const cases: [string, string, RegExp][] = [
    ['mt/invalid-fragments-dedmoo/duplicate-20.txt', '20', /more than once/],
    ['mt/invalid-fragments-dedmoo/invalid-20-charset.txt', '20', /REF@123/],
    ['mt/invalid-fragments-dedmoo/invalid-32a-currency.txt', '32A', /XYZ.*ISO 4217/],
    ['mt/invalid-fragments-dedmoo/invalid-32a-date.txt', '32A', /261332/],
    ['mt/invalid-fragments-dedmoo/invalid-32a-format.txt', '32A', /NOT-A-32A/],
    ['mt/invalid-fragments-dedmoo/invalid-32a-jpy-scale.txt', '32A', /JPY allows 0/],
    ['mt/invalid-fragments-dedmoo/invalid-52a-bic.txt', '52A', /INVALID.*BIC/],
    ['mt/invalid-fragments-dedmoo/missing-20.txt', '20', /missing/],
    ['mt/invalid-fragments-dedmoo/missing-59.txt', '59a', /missing/],
    ['mt/wso2-ballerina-mt2mx/test_custom_mt_mx__fin1__MT202.fin', 'block 1', /F01/],
    ['iso20022/cbprplus-phoughton-cbpr-ur/violators/2026/cbprplus_pacs008_2026__violates_pacs.008-R31_commodity_currency_XAU.xml', 'CdtTrfTxInf/IntrBkSttlmAmt/@Ccy', /XAU.*commodity/],
    ['iso20022/cbprplus-phoughton-cbpr-ur/test_files/2025/cbprplus_pacs008_sample_xsd_issue.xml', 'CdtTrfTxInf/CdtrAgt', /more than once/],
    ['iso20022/cbprplus-phoughton-cbpr-ur/test_files/2025/CBPR2025.PACS008-MinMax-0023_diff_wrapper_missing_bic_xsd_issue.xml', 'CdtTrfTxInf/DbtrAgt/FinInstnId/BICFI', /empty/],
    ['iso20022/cbprplus-phoughton-cbpr-ur/test_files/2025/cbprplus_pacs008_sample_bic_mismatch.xml', 'AppHdr/Fr', /instructing agent/],
    ['iso20022/cbprplus-phoughton-cbpr-ur/fixtures/pacs008_invalid.xml', 'CdtTrfTxInf/PmtId/InstrId', /must not start with/],
  ];
  it.each(cases)('%s fails on %s', async (rel, field, message) => {
    const e = await failure(rel);
    expect(e.code).toBe('MALFORMED_FILE');
    expect(e.location).toMatchObject({ file: rel, field });
    expect(e.message).toMatch(message);
    expect(e.message).toContain(rel);
  });

  it('says which message types it does not read instead of skipping them', async () => {
    const e = await failure('iso20022/cbprplus-wso2-iso20022-to-swiftmt/CBPRplus_p.2.2.1_pacs.009-BtoC.xml');
    expect(e.code).toBe('UNKNOWN_FORMAT');
    expect(e.message).toMatch(/pacs\.009\.001\.11, not a pacs\.008/);
    const mt = await failure('mt/wso2-ballerina-mx2mt/usecase_p2_2_1_test__finMessage_221_B_C__MT202.fin');
    expect(mt.message).toMatch(/MT202 is a bank-to-bank transfer/);
  });
});

describe('BIC directory', () => {
  let dir: BicDirectory;
  beforeAll(async () => {
    dir = await loadBicDirectory(join(PAYMENTS, 'bic/bic_directory.csv'));
  });

  it('loads every row and finds institutions by BIC8 and BIC11', () => {
    expect(dir.size).toBeGreaterThan(89_000);
    expect(dir.lookup('ICBKCNBJ')).toMatchObject({ institution: 'INDUSTRIAL AND COMMERCIAL BANK OF CHINA', city: 'BEIJING', country: 'CN' });
    expect(dir.lookup('SABRRUMM')).toMatchObject({ institution: 'SBERBANK', country: 'RU' });
    expect(dir.lookup('SABRRUMMXXX')?.institution).toBe('SBERBANK');
    expect(dir.lookup('MELIIRTH')).toMatchObject({ institution: 'BANK MELLI IRAN', country: 'IR' });
    expect(dir.lookup('ICBKCNBJAHI')).toMatchObject({ city: 'HEFEI', country: 'CN' });
  });

  it('returns nothing for unknown or malformed BICs', () => {
    expect(dir.lookup('ZZZZRUMM')).toBeUndefined();
    expect(dir.lookup('not a bic')).toBeUndefined();
  });
});
