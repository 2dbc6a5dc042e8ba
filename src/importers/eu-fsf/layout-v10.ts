/** The FSF CSV v1.0 layout, read by position (its `Entity_logical_id` column repeats in each block). */
import { cell, compact, type FsfRow } from './row.js';

export const V10_COLUMNS = [
  'Date_file', 'Entity_logical_id', 'Subject_type', 'Leba_numtitle', 'Leba_publication_date', 'Leba_url', 'Programme',
  'Entity_remark', 'Naal_logical_id', 'Entity_logical_id', 'Naal_leba_numtitle', 'Naal_leba_publication_date',
  'Naal_leba_url', 'Naal_programme', 'Naal_lastname', 'Naal_firstname', 'Naal_middlename', 'Naal_wholename',
  'Naal_gender', 'Naal_title', 'Naal_function', 'Naal_language', 'Addr_logical_id', 'Entity_logical_id',
  'Addr_leba_numtitle', 'Addr_leba_publication_date', 'Addr_leba_url', 'Addr_programme', 'Addr_number', 'Addr_street',
  'Addr_zipcode', 'Addr_city', 'Addr_country', 'Addr_other', 'Birt_logical_id', 'Entity_logical_id', 'Birt_leba_numtitle',
  'Birt_leba_publication_date', 'Birt_leba_url', 'Birt_programme', 'Birt_date', 'Birt_place', 'Birt_country',
  'Iden_logical_id', 'Entity_logical_id', 'Iden_leba_numtitle', 'Iden_leba_publication_date', 'Iden_leba_url',
  'Iden_programme', 'Iden_number', 'Iden_country', 'Citi_logical_id', 'Entity_logical_id', 'Citi_leba_numtitle',
  'Citi_leba_publication_date', 'Citi_leba_url', 'Citi_programme', 'Citi_country', 'EU_ref_num',
] as const;

/** Column names made unique for `raw`: the repeated `Entity_logical_id` takes its block's prefix. */
const RAW_KEYS = V10_COLUMNS.map((c, i) => (c === 'Entity_logical_id' && i > 1 ? `${V10_COLUMNS[i - 1].split('_')[0]}_entity_logical_id` : c));

export function rowV10(f: string[], line: number): FsfRow {
  const v = (i: number): string | undefined => cell(f[i]);
  const raw: Record<string, string> = {};
  f.forEach((x, i) => {
    if (x.trim() && RAW_KEYS[i]) raw[RAW_KEYS[i]] = x;
  });
  const row: FsfRow = {
    line, entityId: v(1) ?? '', subjectType: v(2) ?? '', raw,
    fileDate: v(0), regulation: v(3), regulationDate: v(4), regulationUrl: v(5), programme: v(6), remark: v(7), euRef: v(58),
  };
  if (v(8) || v(17) || v(14)) {
    row.name = compact({ last: v(14), first: v(15), middle: v(16), whole: v(17), gender: v(18), title: v(19), function: v(20), language: v(21) });
  }
  if (v(22) || v(29) || v(31) || v(32)) {
    row.address = compact({ number: v(28), street: v(29), zip: v(30), city: v(31), country: v(32), other: v(33) });
  }
  if (v(34) || v(40) || v(41)) row.birth = compact({ date: v(40), place: v(41), country: v(42) });
  if (v(43) || v(49)) {
    const number = v(49);
    if (number) row.identification = { number, ...compact({ country: v(50) }) };
  }
  if (v(51) || v(57)) row.citizenship = compact({ country: v(57) });
  return row;
}
