/** The FSF CSV v1.1 layout (`csvFullSanctionsList_1_1`), read by column name. */
import { cell, compact, type FsfRow } from './row.js';

/** Columns without which a v1.1 file cannot be read. */
export const V11_REQUIRED = ['fileGenerationDate', 'Entity_LogicalId', 'NameAlias_WholeName'];

export function rowV11(f: string[], index: Map<string, number>, line: number): FsfRow {
  const v = (name: string): string | undefined => {
    const i = index.get(name);
    return i === undefined ? undefined : cell(f[i]);
  };
  const raw: Record<string, string> = {};
  for (const [name, i] of index) if (f[i]?.trim()) raw[name] = f[i];
  const row: FsfRow = {
    line, entityId: v('Entity_LogicalId') ?? '', raw,
    subjectType: v('Entity_SubjectType_ClassificationCode') ?? v('Entity_SubjectType') ?? '',
    fileDate: v('fileGenerationDate'), regulation: v('Entity_Regulation_NumberTitle'),
    regulationDate: v('Entity_Regulation_PublicationDate'), regulationUrl: v('Entity_Regulation_PublicationUrl'),
    programme: v('Entity_Regulation_Programme'), remark: v('Entity_Remark'), euRef: v('Entity_EU_ReferenceNumber'),
    unId: v('Entity_UnitedNationId'), designationDate: v('Entity_DesignationDate'),
  };
  row.name = compact({
    last: v('NameAlias_LastName'), first: v('NameAlias_FirstName'), middle: v('NameAlias_MiddleName'),
    whole: v('NameAlias_WholeName'), gender: v('NameAlias_Gender'), title: v('NameAlias_Title'),
    function: v('NameAlias_Function'), language: v('NameAlias_NameLanguage'),
  });
  row.address = compact({
    street: v('Address_Street'), poBox: v('Address_PoBox'), zip: v('Address_ZipCode'), city: v('Address_City'),
    region: v('Address_Region'), place: v('Address_Place'), country: v('Address_CountryDescription'),
    countryIso2: v('Address_CountryIso2Code'), other: v('Address_ContactInfo'),
  });
  row.birth = compact({
    date: v('BirthDate_BirthDate'), year: v('BirthDate_Year'), yearFrom: v('BirthDate_YearRangeFrom'),
    yearTo: v('BirthDate_YearRangeTo'), circa: v('BirthDate_Circa'), place: v('BirthDate_Place'),
    city: v('BirthDate_City'), region: v('BirthDate_Region'), country: v('BirthDate_CountryDescription'),
    countryIso2: v('BirthDate_CountryIso2Code'),
  });
  const number = v('Identification_Number');
  if (number) {
    row.identification = {
      number,
      ...compact({
        typeCode: v('Identification_TypeCode'), typeDescription: v('Identification_TypeDescription'),
        country: v('Identification_CountryDescription'), countryIso2: v('Identification_CountryIso2Code'),
        remark: v('Identification_Remark'),
      }),
    };
  }
  row.citizenship = compact({ country: v('Citizenship_CountryDescription'), countryIso2: v('Citizenship_CountryIso2Code') });
  return row;
}
