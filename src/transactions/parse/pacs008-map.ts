/**
 * Map pacs.008 element trees (any version 01-13) to model parts: parties, agents, addresses, amounts.
 * Older versions name the BIC `BIC` and the organisation BIC `BICOrBEI`; newer ones `BICFI` / `AnyBIC`.
 */
import type { Bank, Party, PartyIdentifier, PostalAddress } from '../model.js';
import { bicCountry, isValidIban } from '../codes.js';
import { all, at, textAt, type XNode } from './xml-stream.js';

export function address(node: XNode | undefined): PostalAddress | undefined {
  if (!node) return undefined;
  const parts = ['Dept', 'SubDept', 'StrtNm', 'BldgNb', 'BldgNm', 'Flr', 'PstBx', 'Room', 'PstCd', 'TwnNm', 'TwnLctnNm', 'DstrctNm', 'CtrySubDvsn'];
  const lines = all(node, 'AdrLine').map((n) => n.text.trim()).filter(Boolean);
  if (!lines.length) {
    const structured = parts.map((p) => textAt(node, p)).filter((v): v is string => !!v);
    if (structured.length) lines.push(structured.join(', '));
  }
  return {
    lines,
    street: textAt(node, 'StrtNm'),
    buildingNumber: textAt(node, 'BldgNb'),
    postCode: textAt(node, 'PstCd'),
    town: textAt(node, 'TwnNm'),
    countrySubDivision: textAt(node, 'CtrySubDvsn'),
    country: textAt(node, 'Ctry'),
  };
}

function otherIds(nodes: XNode[], scheme: string): PartyIdentifier[] {
  return nodes.flatMap((o) => {
    const value = textAt(o, 'Id');
    return value ? [{ scheme, value, issuer: textAt(o, 'SchmeNm/Cd') ?? textAt(o, 'SchmeNm/Prtry') ?? textAt(o, 'Issr') }] : [];
  });
}

function identifiers(id: XNode | undefined): PartyIdentifier[] {
  const out: PartyIdentifier[] = [];
  const org = at(id, 'OrgId');
  const bic = textAt(org, 'AnyBIC') ?? textAt(org, 'BICOrBEI') ?? textAt(org, 'BIC');
  if (bic) out.push({ scheme: 'BIC', value: bic });
  const lei = textAt(org, 'LEI');
  if (lei) out.push({ scheme: 'LEI', value: lei });
  out.push(...otherIds(all(org, 'Othr'), 'ORG'));
  const prv = at(id, 'PrvtId');
  const birth = at(prv, 'DtAndPlcOfBirth');
  if (birth) out.push({ scheme: 'BIRTH', value: [textAt(birth, 'BirthDt'), textAt(birth, 'CityOfBirth'), textAt(birth, 'CtryOfBirth')].filter(Boolean).join(' ') });
  out.push(...otherIds(all(prv, 'Othr'), 'PRIVATE'));
  return out;
}

function accountOf(acct: XNode | undefined): Pick<Party, 'account' | 'iban'> {
  const iban = textAt(acct, 'Id/IBAN');
  if (iban) return isValidIban(iban) ? { account: iban, iban } : { account: iban };
  const other = textAt(acct, 'Id/Othr/Id');
  return other ? { account: other } : {};
}

/** A customer party (Dbtr, Cdtr, UltmtDbtr, UltmtCdtr) with its account element. */
export function party(node: XNode | undefined, acct?: XNode): Party | undefined {
  if (!node) return undefined;
  const adr = address(at(node, 'PstlAdr'));
  // pacs.008.001.08+ may wrap the party as <Dbtr><Pty>...</Pty></Dbtr> only in some usages; accept both.
  const p = at(node, 'Pty') ?? node;
  return {
    name: textAt(p, 'Nm'),
    address: adr ?? address(at(p, 'PstlAdr')),
    country: adr?.country ?? textAt(p, 'CtryOfRes'),
    ...accountOf(acct),
    identifiers: identifiers(at(p, 'Id')),
  };
}

/** A bank (agent): FinInstnId with BICFI/BIC, clearing member id, LEI, name and address. */
export function agent(node: XNode | undefined, acct?: XNode): Bank | undefined {
  if (!node) return undefined;
  const fin = at(node, 'FinInstnId') ?? node;
  const bic = textAt(fin, 'BICFI') ?? textAt(fin, 'BIC');
  const mmb = textAt(fin, 'ClrSysMmbId/MmbId');
  const lei = textAt(fin, 'LEI');
  const adr = address(at(fin, 'PstlAdr'));
  return {
    bic,
    name: textAt(fin, 'Nm'),
    address: adr,
    country: bic ? bicCountry(bic) : adr?.country,
    account: accountOf(acct).account,
    clearing: mmb ? { scheme: 'CLEARING', value: mmb, issuer: textAt(fin, 'ClrSysMmbId/ClrSysId/Cd') ?? textAt(fin, 'ClrSysMmbId/ClrSysId/Prtry') } : undefined,
    identifiers: lei ? [{ scheme: 'LEI', value: lei }] : [],
  };
}

/** AppHdr Fr/To: FIId/FinInstnId/BICFI (head.001) or older OrgId forms. */
export function headerParty(node: XNode | undefined): Bank | undefined {
  if (!node) return undefined;
  return agent(at(node, 'FIId')) ?? (textAt(node, 'OrgId/Id/OrgId/AnyBIC') ? { bic: textAt(node, 'OrgId/Id/OrgId/AnyBIC'), identifiers: [] } : undefined);
}
