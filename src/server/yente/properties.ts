/**
 * The FtM properties Chokepoint reads from queries and writes into entities, with their owning schema,
 * label and value type: enough to clean query values as FtM does, to drop properties a schema does not
 * have (as yente does), and to answer reconciliation property suggestions.
 */
import { isA } from './schemata.js';

export type PropType = 'name' | 'country' | 'date' | 'identifier' | 'gender' | 'text' | 'address' | 'url' | 'topic' | 'string';

export interface FtmProperty {
  schema: string;
  name: string;
  label: string;
  type: PropType;
  description?: string;
  /** Hidden in FtM: not offered to reconciliation clients. */
  hidden?: boolean;
}

type Row = [name: string, label: string, type: PropType, description?: string];

const rows = (schema: string, list: Row[], hidden: readonly string[] = []): FtmProperty[] =>
  list.map(([name, label, type, description]) => ({ schema, name, label, type, ...(description ? { description } : {}), ...(hidden.includes(name) ? { hidden: true } : {}) }));

const TABLE: readonly FtmProperty[] = [
  ...rows('Thing', [
    ['name', 'Name', 'name', 'The primary name of the entity'],
    ['alias', 'Alias', 'name', 'An alternative or secondary name'],
    ['previousName', 'Previous name', 'name', 'A former name of the entity'],
    ['weakAlias', 'Weak alias', 'name'],
    ['country', 'Country', 'country'],
    ['summary', 'Summary', 'text'],
    ['notes', 'Notes', 'text'],
    ['description', 'Description', 'text'],
    ['sourceUrl', 'Source link', 'url'],
    ['topics', 'Topics', 'topic'],
    ['address', 'Address', 'address'],
    ['program', 'Program', 'string', 'Regulatory program or sanctions list on which an entity is listed'],
    ['programId', 'Program ID', 'identifier'],
    ['wikidataId', 'Wikidata ID', 'identifier'],
    ['keywords', 'Keywords', 'string'],
  ], ['programId']),
  ...rows('LegalEntity', [
    ['email', 'E-Mail', 'string'], ['phone', 'Phone', 'string'], ['website', 'Website', 'url'],
    ['legalForm', 'Legal form', 'string'], ['status', 'Status', 'string'], ['sector', 'Sector', 'string'],
    ['incorporationDate', 'Incorporation date', 'date'], ['dissolutionDate', 'Dissolution date', 'date'],
    ['registrationNumber', 'Registration number', 'identifier', 'Company registration number'],
    ['idNumber', 'ID Number', 'identifier'],
    ['taxNumber', 'Tax Number', 'identifier', 'Tax identification number'],
    ['licenseNumber', 'License Number', 'identifier'],
    ['vatCode', 'V.A.T. Identifier', 'identifier'],
    ['jurisdiction', 'Jurisdiction', 'country', 'Country or region in which this entity operates'],
    ['mainCountry', 'Country of origin', 'country', 'Primary country of this entity'],
    ['uscCode', 'USCC', 'identifier', 'Unified Social Credit Identifier'],
    ['innCode', 'INN', 'identifier', 'Russian tax identification number'],
    ['ogrnCode', 'OGRN', 'identifier', "Identification number used in Russia's Unified State Register of Legal Entities"],
    ['okpoCode', 'OKPO', 'identifier', 'Russian industry classifier'],
    ['leiCode', 'LEI', 'identifier', 'Legal Entity Identifier'],
    ['dunsCode', 'DUNS', 'identifier'],
    ['swiftBic', 'SWIFT/BIC', 'identifier', 'Bank identifier code'],
  ]),
  ...rows('Person', [
    ['title', 'Title', 'string'], ['firstName', 'First name', 'string'], ['secondName', 'Second name', 'string'],
    ['middleName', 'Middle name', 'string'], ['fatherName', 'Patronymic', 'string'], ['motherName', 'Matronymic', 'string'],
    ['lastName', 'Last name', 'string'], ['nameSuffix', 'Name suffix', 'string'],
    ['birthDate', 'Birth date', 'date'], ['birthPlace', 'Place of birth', 'string'], ['birthCountry', 'Country of birth', 'country'],
    ['deathDate', 'Death date', 'date'], ['position', 'Position', 'string'],
    ['nationality', 'Nationality', 'country'], ['citizenship', 'Citizenship', 'country'],
    ['passportNumber', 'Passport number', 'identifier'], ['socialSecurityNumber', 'Social security number', 'identifier'],
    ['gender', 'Gender', 'gender'],
  ]),
  ...rows('Organization', [['imoNumber', 'IMO Number', 'identifier'], ['permId', 'PermID', 'identifier'], ['cageCode', 'CAGE', 'identifier']]),
  ...rows('Company', [['kppCode', 'KPP', 'identifier'], ['bikCode', 'BIK', 'identifier'], ['irsCode', 'IRS Number', 'identifier'], ['cikCode', 'SEC Central Index Key', 'identifier'], ['ticker', 'Stock ticker symbol', 'identifier']]),
  ...rows('Vehicle', [
    ['registrationNumber', 'Registration number', 'identifier'], ['type', 'Type', 'string'], ['model', 'Model', 'string'],
    ['buildDate', 'Build Date', 'date'], ['registrationDate', 'Registration Date', 'date'],
  ]),
  ...rows('Vessel', [
    ['imoNumber', 'IMO Number', 'identifier'], ['crsNumber', 'CRS Number', 'identifier'], ['flag', 'Flag', 'country'],
    ['registrationPort', 'Port of Registration', 'string'], ['tonnage', 'Tonnage', 'string'],
    ['grossRegisteredTonnage', 'Gross Registered Tonnage', 'string'], ['callSign', 'Call Sign', 'identifier'],
    ['pastFlags', 'Past Flags', 'country'], ['mmsi', 'MMSI', 'identifier'],
  ]),
  ...rows('Airplane', [['serialNumber', 'Serial Number', 'identifier'], ['icaoCode', 'ICAO aircraft type designator', 'string'], ['manufacturer', 'Manufacturer', 'string']]),
];

/** The property `name` as an entity of type `schema` has it, if it has it. */
export function propertyOf(schema: string, name: string): FtmProperty | undefined {
  return TABLE.find((p) => p.name === name && isA(schema, p.schema));
}

/** A property by qualified name (`Person:birthDate`), or by its bare name on any schema. */
export function propertyByQname(pid: string): FtmProperty | undefined {
  const [schema, name] = pid.includes(':') ? pid.split(':', 2) : [undefined, pid];
  return TABLE.find((p) => p.name === name && (schema === undefined || p.schema === schema));
}

export function qname(p: FtmProperty): string {
  return `${p.schema}:${p.name}`;
}

/** Properties of the given schemata a client may pick, in table order. */
export function visibleProperties(schemata: readonly string[]): FtmProperty[] {
  return TABLE.filter((p) => !p.hidden && schemata.some((s) => isA(s, p.schema)));
}
