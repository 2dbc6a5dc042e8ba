import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaymentResult } from '../model.js';
import { parsePaymentFile } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'pacs008-'));

function tx(id: string, amount: string, ccy = 'EUR', extra = ''): string {
  return `<CdtTrfTxInf><PmtId><InstrId>${id}</InstrId><EndToEndId>E2E-${id}</EndToEndId></PmtId>
    <IntrBkSttlmAmt Ccy="${ccy}">${amount}</IntrBkSttlmAmt><IntrBkSttlmDt>2026-03-02</IntrBkSttlmDt><ChrgBr>SHAR</ChrgBr>
    <DbtrAgt><FinInstnId><BICFI>SABRRUMMXXX</BICFI></FinInstnId></DbtrAgt>
    <IntrmyAgt1><FinInstnId><BICFI>KICBKG22</BICFI></FinInstnId></IntrmyAgt1>
    <Dbtr><Nm>OOO Example</Nm><PstlAdr><TwnNm>Moscow</TwnNm><Ctry>RU</Ctry></PstlAdr><Id><OrgId><LEI>253400JT3MQWNDKMJE44</LEI></OrgId></Id></Dbtr>
    <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
    <CdtrAgt><FinInstnId><BICFI>BKCHCNBJ</BICFI></FinInstnId></CdtrAgt>
    <Cdtr><Nm>Ningbo Bearing Co</Nm><PstlAdr><AdrLine>No. 8 Industrial Rd</AdrLine><AdrLine>Ningbo</AdrLine><Ctry>CN</Ctry></PstlAdr></Cdtr>
    <UltmtCdtr><Nm>Bishkek Trading LLC</Nm><CtryOfRes>KG</CtryOfRes></UltmtCdtr>
    <Purp><Cd>GDDS</Cd></Purp>
    <RmtInf><Ustrd>ball bearings 6205-2RS</Ustrd><Strd><RfrdDocInf><Nb>INV-117</Nb></RfrdDocInf></Strd></RmtInf>${extra}
  </CdtTrfTxInf>`;
}

function doc(version: string, body: string): string {
  return `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${version}"><FIToFICstmrCdtTrf><GrpHdr><MsgId>MSG-1</MsgId><NbOfTxs>2</NbOfTxs></GrpHdr>${body}</FIToFICstmrCdtTrf></Document>`;
}

async function parse(name: string, xml: string): Promise<PaymentResult[]> {
  const path = join(dir, name);
  writeFileSync(path, xml);
  const out: PaymentResult[] = [];
  for await (const r of parsePaymentFile(path, { displayName: name })) out.push(r);
  return out;
}

describe('pacs.008', () => {
  it('gives one payment per CdtTrfTxInf and maps parties, agents and remittance', async () => {
    const rs = await parse('two.xml', doc('pacs.008.001.10', tx('A', '1000.00') + tx('B', '25.5', 'USD')));
    expect(rs).toHaveLength(2);
    const [a, b] = rs.map((r) => (r.ok ? r.payment : undefined));
    expect(a).toMatchObject({ messageId: 'MSG-1', format: 'pacs.008', version: 'pacs.008.001.10', endToEndId: 'E2E-A', amount: { value: '1000.00', currency: 'EUR' } });
    expect(a?.parties.orderingCustomer).toMatchObject({ name: 'OOO Example', country: 'RU', iban: 'DE89370400440532013000', identifiers: [{ scheme: 'LEI', value: '253400JT3MQWNDKMJE44' }] });
    expect(a?.parties.beneficiary?.address?.lines).toEqual(['No. 8 Industrial Rd', 'Ningbo']);
    expect(a?.parties.ultimateCreditor).toMatchObject({ name: 'Bishkek Trading LLC', country: 'KG' });
    expect(a?.banks.intermediaries[0]).toMatchObject({ bic: 'KICBKG22', country: 'KG' });
    expect(a?.remittance).toEqual({ unstructured: ['ball bearings 6205-2RS'], references: ['INV-117'] });
    expect(a?.purposeCodes).toEqual(['GDDS']);
    expect(b).toMatchObject({ amount: { value: '25.5', currency: 'USD' }, source: { file: 'two.xml', index: 1 } });
  });

  it('takes the version from the namespace inside a SWIFT envelope whose header disagrees', async () => {
    const xml = `<Envelope xmlns="urn:swift:xsd:envelope"><h:AppHdr xmlns:h="urn:iso:std:iso:20022:tech:xsd:head.001.001.02">
      <h:Fr><h:FIId><h:FinInstnId><h:BICFI>SABRRUMM</h:BICFI></h:FinInstnId></h:FIId></h:Fr><h:MsgDefIdr>pacs.008.001.08</h:MsgDefIdr></h:AppHdr>
      <p:Document xmlns:p="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.12"><p:FIToFICstmrCdtTrf><p:GrpHdr><p:MsgId>M</p:MsgId></p:GrpHdr>
      <p:CdtTrfTxInf><p:PmtId><p:EndToEndId>E</p:EndToEndId></p:PmtId><p:IntrBkSttlmAmt Ccy="EUR">1</p:IntrBkSttlmAmt>
      <p:DbtrAgt><p:FinInstnId><p:BICFI>SABRRUMM</p:BICFI></p:FinInstnId></p:DbtrAgt><p:Dbtr><p:Nm>D</p:Nm></p:Dbtr>
      <p:CdtrAgt><p:FinInstnId><p:BICFI>BKCHCNBJ</p:BICFI></p:FinInstnId></p:CdtrAgt><p:Cdtr><p:Nm>C</p:Nm></p:Cdtr></p:CdtTrfTxInf>
      </p:FIToFICstmrCdtTrf></p:Document></Envelope>`;
    const [r] = await parse('env.xml', xml);
    if (!r.ok) throw r.error;
    expect(r.payment).toMatchObject({ version: 'pacs.008.001.12', headerVersion: 'pacs.008.001.08' });
    expect(r.payment.banks.sender).toMatchObject({ bic: 'SABRRUMM', country: 'RU' });
  });

  it('reports a bad transaction and still returns the good one', async () => {
    const rs = await parse('bad.xml', doc('pacs.008.001.08', tx('A', '10', 'XAU') + tx('B', '10')));
    expect(rs.map((r) => r.ok)).toEqual([false, true]);
    const e = rs[0].ok ? undefined : rs[0].error;
    expect(e?.location).toMatchObject({ file: 'bad.xml', field: 'CdtTrfTxInf/IntrBkSttlmAmt/@Ccy' });
    expect(e?.message).toMatch(/message 0: 'XAU' is a commodity/);
  });

  it('names a missing mandatory element', async () => {
    const [r] = await parse('nocdtr.xml', doc('pacs.008.001.08', tx('A', '1').replace(/<Cdtr>.*?<\/Cdtr>/s, '')));
    expect(r.ok ? undefined : r.error.location.field).toBe('CdtTrfTxInf/Cdtr');
  });

  it('fails ill-formed XML with the line, and other message types as UNKNOWN_FORMAT', async () => {
    const [bad] = await parse('broken.xml', doc('pacs.008.001.08', tx('A', '1')).replace('</Dbtr>', '</Debtor>'));
    expect(bad.ok ? undefined : bad.error.message).toMatch(/broken\.xml, line \d+.*invalid XML/);
    const [other] = await parse('p9.xml', doc('pacs.009.001.08', ''));
    expect(other.ok ? undefined : other.error.code).toBe('UNKNOWN_FORMAT');
  });

  it('turns a missing file into a failed result for every reader, never an exception', async () => {
    for (const name of ['missing.xml', 'missing.fin', 'missing.csv']) {
      const out: PaymentResult[] = [];
      for await (const r of parsePaymentFile(join(dir, name), { displayName: name })) out.push(r);
      expect(out).toHaveLength(1);
      expect(out[0].ok ? undefined : out[0].error.message).toMatch(new RegExp(`${name}.*file not found`));
    }
  });
});
