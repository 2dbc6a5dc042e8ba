/**
 * The sub-lists of the Consolidated Screening List, named in its `source` column
 * ("Entity List (EL) - Bureau of Industry and Security"): a short code per list and the kind of subject
 * an untyped row of that list usually is.
 */
import type { Schema } from '../../model/entity.js';

/** Short code of a CSL sub-list: the abbreviation in brackets ("EL", "DPL", "NS-MBS"), else the name. */
export function listCode(source: string): string {
  const m = /\(([^()]+)\)/.exec(source);
  const code = m ? m[1] : source.replace(/\s+-\s+.*$/, '');
  return code.replace(/\s+List$/i, '').trim();
}

/**
 * Lists of individuals (Denied Persons, ITAR debarred parties): an untyped name that reads like a
 * personal name is a person. Every other list names mostly companies and bodies.
 */
export function defaultSchema(source: string): Extract<Schema, 'Person' | 'Organization'> {
  return /Denied Persons|\(DPL\)|ITAR Debarred|\(DTC\)/i.test(source) ? 'Person' : 'Organization';
}

/** Schema for the CSL `type` column; undefined when blank or unknown, to be guessed from the name. */
export function schemaOfType(type: string | undefined): Schema | undefined {
  switch ((type ?? '').trim().toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'entity':
      return 'Organization';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Aircraft';
    default:
      return undefined;
  }
}
