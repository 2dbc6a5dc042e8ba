import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaymentResult } from '../model.js';
import { parsePaymentFile } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'paycsv-'));

async function parse(name: string, text: string): Promise<PaymentResult[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out: PaymentResult[] = [];
  for await (const r of parsePaymentFile(path, { displayName: name })) out.push(r);
  return out;
}

const HEADER = 'message_id,value_date,amount,currency,ordering_name,ordering_country,ordering_bank_bic,intermediary_bank_bics,beneficiary_name,beneficiary_address,beneficiary_country,beneficiary_bank_bic,remittance,purpose_code';

describe('payments CSV', () => {
  it('maps each row to a payment', async () => {
    const rs = await parse('ok.csv', `${HEADER}\nPAY-1,2026-03-02,"125,000.00",CNY,OOO Example,RU,SABRRUMM,KICBKG22|HSBCHKHH,Ningbo Bearing,No. 8 Rd|Ningbo,CN,BKCHCNBJ,INV 117|ball bearings,GDDS\n`);
    expect(rs).toHaveLength(1);
    const p = rs[0].ok ? rs[0].payment : undefined;
    expect(p).toMatchObject({ messageId: 'PAY-1', format: 'csv', amount: { value: '125000.00', currency: 'CNY' }, valueDate: '2026-03-02' });
    expect(p?.parties.orderingCustomer).toMatchObject({ name: 'OOO Example', country: 'RU' });
    expect(p?.parties.beneficiary?.address?.lines).toEqual(['No. 8 Rd', 'Ningbo']);
    expect(p?.banks.intermediaries.map((b) => b.country)).toEqual(['KG', 'HK']);
    expect(p?.banks.beneficiaryInstitution).toMatchObject({ bic: 'BKCHCNBJ', country: 'CN' });
    expect(p?.remittance.unstructured).toEqual(['INV 117', 'ball bearings']);
    expect(p?.source).toEqual({ file: 'ok.csv', index: 0, line: 2 });
  });

  it('reports bad rows with line and column and keeps reading', async () => {
    const rs = await parse('bad.csv', `${HEADER}\nA,2026-03-02,10,XYZ,,,,,B,,,,,\nB,2026-03-02,10,EUR,,,BADBIC,,B,,,,,\nC,2026-03-02,10.5,JPY,,,,,B,,,,,\nD,,10,EUR,,,,,B,,,,,\n`);
    expect(rs.map((r) => r.ok)).toEqual([false, false, false, true]);
    const loc = rs.map((r) => (r.ok ? undefined : r.error.location));
    expect(loc[0]).toEqual({ file: 'bad.csv', line: 2, field: 'currency' });
    expect(loc[1]).toEqual({ file: 'bad.csv', line: 3, field: 'ordering_bank_bic' });
    expect(loc[2]).toEqual({ file: 'bad.csv', line: 4, field: 'amount' });
  });

  it('refuses an unknown column', async () => {
    const [r] = await parse('col.csv', 'message_id,amount,currency,benficiary_name\nA,1,EUR,X\n');
    expect(r.ok ? undefined : r.error.message).toMatch(/unknown column 'benficiary_name'/);
  });
});
