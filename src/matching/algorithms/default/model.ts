/**
 * chokepoint-v1: names aligned part by part decide, birth date, country, gender and type adjust, and an
 * identifier match is decisive. Weights are additive; the total is clamped to [0,1].
 */
import type { AlgorithmModel } from '../model.js';
import { dobMatch, dobYearDisjoint } from '../../compare/birth-date.js';
import { countryDisjoint, countryMatch } from '../../compare/country.js';
import { genderMismatch, identifierMatch, schemaMismatch } from '../../compare/identity.js';

export const CHOKEPOINT_V1: AlgorithmModel = {
  name: 'chokepoint-v1',
  description: 'Part-aligned name similarity across scripts, adjusted by birth date, country, gender, type and identifiers.',
  threshold: 0.75,
  weakAliasFactor: 0.9,
  features: [
    { name: 'name_match', weight: 1 },
    { name: 'identifier_match', weight: 1, compare: identifierMatch },
    { name: 'dob_match', weight: 0.06, compare: dobMatch },
    { name: 'dob_year_disjoint', weight: -0.25, compare: dobYearDisjoint },
    { name: 'country_match', weight: 0.03, compare: countryMatch },
    { name: 'country_disjoint', weight: -0.08, compare: countryDisjoint },
    { name: 'gender_mismatch', weight: -0.15, compare: genderMismatch },
    { name: 'schema_mismatch', weight: -0.5, compare: schemaMismatch },
  ],
};
