/** The shapes the adverse-media NLP returns: entity mentions, events, and linked entities. Pure types. */
import type { Official } from './gazetteer/officials.js';

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'LOCATION' | 'NATIONALITY' | 'MONEY' | 'PERCENT';

export interface Mention {
  text: string;
  type: EntityType;
  /** Character offsets into the text given to the recogniser. */
  start: number;
  end: number;
  /** ISO alpha-2 of a country, a city's country, or a nationality. */
  country?: string;
  /** The official this person is, from the gazetteer. */
  official?: Official;
  /** For an acronym defined in the text ("ICBC" after "Industrial and Commercial Bank of China (ICBC)"): the full name. */
  expansion?: string;
  /** Amount in units (MONEY) or percentage points (PERCENT). */
  value?: number;
  currency?: string;
  /** What typed the mention: the cue word, gazetteer or rule. */
  evidence: string;
}
