import { describe, expect, it } from 'vitest';
import { splitRemarks } from './remarks.js';
import { defaultSchema, listCode, schemaOfType } from './lists.js';

describe('splitRemarks', () => {
  it('reads several targets and nested brackets in "(Linked To: ...)"', () => {
    expect(splitRemarks('(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE; MAHAN AIR)')).toEqual({
      links: [
        { type: 'linked_to', targetName: 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE' },
        { type: 'linked_to', targetName: 'MAHAN AIR' },
      ],
      remarks: [],
      secondarySanctions: false,
    });
  });

  it('keeps the text around the links as remarks', () => {
    expect(splitRemarks('For more information on directives, see x; (Linked To: BANK Y); All offices worldwide')).toEqual({
      links: [{ type: 'linked_to', targetName: 'BANK Y' }],
      remarks: ['For more information on directives, see x', 'All offices worldwide'],
      secondarySanctions: false,
    });
    expect(splitRemarks('Subject to Secondary Sanctions').secondarySanctions).toBe(true);
    expect(splitRemarks('')).toEqual({ links: [], remarks: [], secondarySanctions: false });
  });
});

describe('CSL sub-lists', () => {
  it('gives each list a short code and a default kind of subject', () => {
    expect(listCode('Entity List (EL) - Bureau of Industry and Security')).toBe('EL');
    expect(listCode('Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department')).toBe('NS-MBS');
    expect(listCode('Military End User (MEU) List - Bureau of Industry and Security')).toBe('MEU');
    expect(defaultSchema('Denied Persons List (DPL) - Bureau of Industry and Security')).toBe('Person');
    expect(defaultSchema('ITAR Debarred (DTC) - State Department')).toBe('Person');
    expect(defaultSchema('Entity List (EL) - Bureau of Industry and Security')).toBe('Organization');
    expect(schemaOfType('Individual')).toBe('Person');
    expect(schemaOfType('Vessel')).toBe('Vessel');
    expect(schemaOfType('')).toBeUndefined();
  });
});
