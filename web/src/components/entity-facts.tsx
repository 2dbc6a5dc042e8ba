/** The particulars of a listed subject: who or what it is, where, since when, under which lists. */
import type { Entity, PartialDate } from '../api-types';
import { formatCountry, humanize } from '../format';
import { FactList } from './fact-list';
import { TagList } from './tag-list';

function date(d: PartialDate): string {
  return `${d.circa ? 'circa ' : ''}${d.value}`;
}

const joined = (items: string[]) => items.join('; ');

export function EntityFacts({ entity }: { entity: Entity }) {
  return (
    <FactList
      facts={[
        ['Type', `${entity.schema}${entity.orgKind ? ` · ${humanize(entity.orgKind)}` : ''}`],
        ['Gender', entity.gender],
        ['Birth dates', joined(entity.birthDates.map(date))],
        ['Birth places', joined(entity.birthPlaces)],
        ['Nationalities', joined(entity.nationalities.map(formatCountry))],
        ['Countries', joined(entity.countries.map(formatCountry))],
        ['Titles', joined(entity.titles)],
        ['Programmes', entity.programs.length > 0 && <TagList items={entity.programs.map((p) => p.raw)} label="Programmes" />],
        ['Lists', entity.lists.length > 0 && <TagList items={entity.lists} label="Lists" />],
        ['Listed on', entity.listedOn],
        ['Secondary sanctions', entity.secondarySanctions && <span className="tag tag-warning">Secondary sanctions risk</span>],
        ['Source id', <code key="sid">{entity.sourceId}</code>],
      ]}
    />
  );
}

/** Vessel or aircraft particulars. */
export function CraftFacts({ craft }: { craft: NonNullable<Entity['craft']> }) {
  return (
    <FactList
      facts={[
        ['Flag', craft.flag && formatCountry(craft.flag)],
        ['Type', craft.type],
        ['Model', craft.model],
        ['Call sign', craft.callSign],
        ['Tonnage', craft.tonnage],
        ['Gross registered tonnage', craft.grossRegisteredTonnage],
        ['Owner', craft.owner],
        ['Build year', craft.buildYear],
      ]}
    />
  );
}

/** Further publisher fields (website, licence requirement, ...). */
export function ExtraFacts({ extra }: { extra: Record<string, string> }) {
  return <FactList facts={Object.entries(extra).map(([key, value]) => [humanize(key), value])} />;
}
