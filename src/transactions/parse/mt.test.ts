import { describe, expect, it } from 'vitest';
import { parseMtText } from './mt.js';

const MT103 = [
  '{1:F01BANKRUMMAXXX0000000000}{2:I103BANKCNBJXXXXN}{3:{121:11111111-2222-4333-8444-555555555555}}{4:',
  ':20:INV2026-117',
  ':23B:CRED',
  ':32A:260302CNY125000,50',
  ':50K:/40702810000000000001',
  'OOO EXAMPLE TRADING',
  'UL. LENINA 1',
  'MOSCOW',
  ':52A:SABRRUMM',
  ':56A:KICBKG22',
  ':57A:BKCHCNBJ',
  ':59:/6222000011112222',
  'NINGBO BEARING CO LTD',
  'NO. 8 INDUSTRIAL RD, NINGBO',
  ':70:/INV/2026-117',
  'DEEP GROOVE BALL BEARINGS 6205-2RS',
  ':71A:OUR',
  ':72:/INS/KICBKG22',
  '-}',
].join('\r\n');

describe('MT103', () => {
  it('maps a FIN message to the payment model', () => {
    const [r] = parseMtText(MT103, 'a.fin');
    if (!r.ok) throw r.error;
    const p = r.payment;
    expect(p).toMatchObject({ messageId: 'INV2026-117', format: 'MT103', valueDate: '2026-03-02', amount: { value: '125000.50', currency: 'CNY' } });
    expect(p.uetr).toBe('11111111-2222-4333-8444-555555555555');
    expect(p.parties.orderingCustomer).toMatchObject({ name: 'OOO EXAMPLE TRADING', account: '40702810000000000001', address: { lines: ['UL. LENINA 1', 'MOSCOW'] } });
    expect(p.parties.beneficiary?.name).toBe('NINGBO BEARING CO LTD');
    expect(p.banks.orderingInstitution).toMatchObject({ bic: 'SABRRUMM', country: 'RU' });
    expect(p.banks.intermediaries.map((b) => b.country)).toEqual(['KG']);
    expect(p.banks.beneficiaryInstitution?.bic).toBe('BKCHCNBJ');
    expect(p.banks.sender?.bic).toBe('BANKRUMM');
    expect(p.banks.receiver?.bic).toBe('BANKCNBJ');
    expect(p.remittance).toEqual({ unstructured: ['/INV/2026-117', 'DEEP GROOVE BALL BEARINGS 6205-2RS'], references: ['2026-117'] });
    expect(p.charges.bearer).toBe('OUR');
    expect(p.source).toEqual({ file: 'a.fin', index: 0, line: 1 });
  });

  it('keeps going after a bad message in an RJE file and names the message', () => {
    const bad = MT103.replace(':32A:260302CNY125000,50', ':32A:260230CNY1,00');
    const rs = parseMtText(`${MT103}$${bad}$${MT103}`, 'b.rje');
    expect(rs.map((r) => r.ok)).toEqual([true, false, true]);
    const e = rs[1].ok ? undefined : rs[1].error;
    expect(e?.location).toMatchObject({ file: 'b.rje', field: '32A', line: 22 });
    expect(e?.message).toMatch(/message 1: value date '260230' is not a calendar date/);
  });

  it('reads 50F and 59F structured parties', () => {
    const text = ':20:REF1\n:32A:260101EUR10,\n:50F:/DE89370400440532013000\n1/JOHN SMITH\n2/1 MAIN ST\n3/DE/BERLIN\n:59F:1/ACME LTD\n3/HK/HONG KONG\n';
    const [r] = parseMtText(text, 'c.txt');
    if (!r.ok) throw r.error;
    expect(r.payment.parties.orderingCustomer).toMatchObject({ name: 'JOHN SMITH', country: 'DE', iban: 'DE89370400440532013000' });
    expect(r.payment.parties.beneficiary).toMatchObject({ name: 'ACME LTD', country: 'HK' });
  });

  it('splits an MT202COV into cover and underlying customer fields', () => {
    const text = [
      '{1:F01BANKDEFFAXXX0000000000}{2:I202BANKUS33XXXXN}{3:{119:COV}}{4:',
      ':20:COV1', ':21:E2E1', ':32A:260101USD1000,', ':52A:BANKDEFF', ':58A:BANKUS33',
      ':50K:/123', 'ORDERING CO', ':52A:ORDBRUMM', ':57A:BENEAEAD', ':59:/456', 'BENEFICIARY LLC', ':70:MACHINE TOOLS', '-}',
    ].join('\n');
    const [r] = parseMtText(text, 'd.fin');
    if (!r.ok) throw r.error;
    expect(r.payment).toMatchObject({ format: 'MT202COV', endToEndId: 'E2E1' });
    expect(r.payment.parties.orderingCustomer?.name).toBe('ORDERING CO');
    expect(r.payment.banks.orderingInstitution?.bic).toBe('ORDBRUMM');
    expect(r.payment.banks.beneficiaryInstitution?.country).toBe('AE');
    expect(r.payment.remittance.unstructured).toEqual(['MACHINE TOOLS']);
  });

  it('reports MT202 without COV as a type it does not read', () => {
    const [r] = parseMtText('{1:F01BANKDEFFAXXX0000000000}{2:I202BANKUS33XXXXN}{4:\n:20:X\n-}', 'e.fin');
    expect(r.ok ? undefined : r.error.code).toBe('UNKNOWN_FORMAT');
  });

  it('fails clearly on an unterminated block 4', () => {
    const [r] = parseMtText('{1:F01BANKDEFFAXXX0000000000}{2:I103BANKUS33XXXXN}{4:\n:20:X\n', 'f.fin');
    expect(r.ok ? undefined : r.error.location).toMatchObject({ file: 'f.fin', field: 'block 4' });
  });
});
