/**
 * A list entity's facts as FtM properties: names by kind, birth facts, countries, identifiers under
 * the property FtM has for them, programmes, topics and remarks. A value goes only under a property
 * its FtM type has; an identifier with no such place is left out rather than filed under a wrong one.
 */
import type { Entity, Identifier, NameParts } from '../../model/entity.js';
import { propertyOf } from './properties.js';
import { topicsOf } from './topics.js';
import { countryCode, ftmCountry } from './values.js';

export type Properties = Record<string, string[]>;

const NAME_PROPS = { primary: 'name', strong_alias: 'alias', weak_alias: 'weakAlias', former: 'previousName' } as const;
const PART_PROPS: readonly [keyof NameParts, string][] = [['title', 'title'], ['given', 'firstName'], ['middle', 'middleName'], ['patronymic', 'fatherName'], ['family', 'lastName']];
const REGISTRATION_SCHEMES: Readonly<Record<string, string>> = {
  OGRN: 'ogrnCode', OKPO: 'okpoCode', KPP: 'kppCode', USCC: 'uscCode', 'UNIFIED SOCIAL CREDIT CODE': 'uscCode',
};
/** Extra fields some importers keep that are FtM properties under the same name. */
const EXTRA_PROPS = ['email', 'phone', 'website', 'legalForm', 'status', 'sector', 'incorporationDate', 'dissolutionDate', 'deathDate', 'kppCode', 'position', 'sourceUrl'];

/** The FtM property for an identifier, before checking that the entity's type has it. */
function identifierProperty(id: Identifier): string | undefined {
  const scheme = id.scheme?.toUpperCase();
  switch (id.type) {
    case 'passport':
      return 'passportNumber';
    case 'national_id':
      return 'idNumber';
    case 'tax':
      return scheme === 'INN' ? 'innCode' : 'taxNumber';
    case 'registration':
      return (scheme && REGISTRATION_SCHEMES[scheme]) ?? 'registrationNumber';
    case 'lei':
      return 'leiCode';
    case 'swift_bic':
      return 'swiftBic';
    case 'imo':
      return 'imoNumber';
    case 'mmsi':
      return 'mmsi';
    case 'aircraft_serial':
      return 'serialNumber';
    default:
      // UN reference numbers belong to the designation (Sanction:unscId), not to the subject.
      return scheme === 'UN-REF' ? undefined : 'idNumber';
  }
}

export function entityProperties(entity: Entity, schema: string): Properties {
  const props: Properties = {};
  const add = (name: string, ...values: (string | undefined)[]): void => {
    if (!propertyOf(schema, name)) return;
    const list = (props[name] ??= []);
    for (const v of values) if (v && !list.includes(v)) list.push(v);
    if (!list.length) delete props[name];
  };
  const country = (iso: string | undefined): string | undefined => {
    const code = iso ? countryCode(iso) : undefined;
    return code ? ftmCountry(code) : undefined;
  };

  for (const n of entity.names) {
    add(NAME_PROPS[n.kind], n.full);
    if (n.kind === 'primary' && n.parts) for (const [part, prop] of PART_PROPS) add(prop, n.parts[part]);
  }
  add('gender', entity.gender);
  add('birthDate', ...entity.birthDates.map((d) => d.value));
  add('birthPlace', ...entity.birthPlaces);
  const nationality = schema === 'Person' ? 'nationality' : 'country';
  add(nationality, ...entity.nationalities.map(country));
  add('country', ...entity.countries.map(country));
  add('address', ...entity.addresses.map((a) => a.full));
  for (const id of entity.identifiers) {
    const prop = identifierProperty(id);
    if (prop) add(propertyOf(schema, prop) ? prop : 'idNumber', id.value);
  }
  add('program', ...entity.programs.map((p) => p.raw));
  add('programId', ...entity.programs.map((p) => p.key));
  add('topics', ...topicsOf(entity));
  add('notes', ...entity.remarks);
  add('position', ...entity.titles);
  const craft = entity.craft;
  if (craft) {
    add('flag', country(craft.flag));
    add('type', craft.type);
    add('callSign', craft.callSign);
    add('tonnage', craft.tonnage);
    add('grossRegisteredTonnage', craft.grossRegisteredTonnage);
    add('model', craft.model);
    add('buildDate', craft.buildYear);
  }
  for (const key of EXTRA_PROPS) add(key, ...(entity.extra?.[key]?.split('; ') ?? []));
  add('birthCountry', ...(entity.extra?.birthCountry?.split('; ').map(country) ?? []));
  return props;
}
