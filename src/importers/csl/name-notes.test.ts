import { describe, expect, it } from 'vitest';
import { isAcronymOf, splitNameNotes } from './name-notes.js';

describe('splitNameNotes', () => {
  it('takes the successor clause out of the name', () => {
    expect(splitNameNotes('Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof')).toEqual({
      name: 'Sinobright Import and Export Company', aliases: [], notes: ['and any successor, sub-unit, or subsidiary thereof'], titles: [],
    });
  });

  it('reads a.k.a., f.k.a., A/K/A and D/B/A', () => {
    expect(splitNameNotes('Precision Image Corporation (a.k.a. Precision Industries, Inc.; CK Enterprises, Inc.)').aliases).toEqual([
      { name: 'Precision Industries, Inc.', kind: 'strong_alias' }, { name: 'CK Enterprises, Inc.', kind: 'strong_alias' },
    ]);
    expect(splitNameNotes('Gazprom Promgaz, AO (f.k.a. Otkrytoe Aktsionernoe Obshchestvo Gazprom Promgaz)')).toMatchObject({
      name: 'Gazprom Promgaz, AO', aliases: [{ name: 'Otkrytoe Aktsionernoe Obshchestvo Gazprom Promgaz', kind: 'former' }],
    });
    expect(splitNameNotes('FUYI SUN A/K/A FRANK SUN')).toMatchObject({ name: 'FUYI SUN', aliases: [{ name: 'FRANK SUN', kind: 'strong_alias' }] });
    expect(splitNameNotes('SIBERIAN AIRLINES D/B/A S7 AIRLINES')).toMatchObject({ name: 'SIBERIAN AIRLINES', aliases: [{ name: 'S7 AIRLINES' }] });
    expect(splitNameNotes('PEARL (A.K.A. NEI-CHIEN CHU) LI')).toMatchObject({ name: 'PEARL LI', aliases: [{ name: 'NEI-CHIEN CHU' }] });
  });

  it('marks "(... individual)" as a person of that nationality and brackets as titles', () => {
    expect(splitNameNotes('Rim Ryong Nam [DPRK Munitions Industry Department (MID) Official] (North Korean individual in China)')).toEqual({
      name: 'Rim Ryong Nam', aliases: [], notes: ['North Korean individual in China'],
      titles: ['DPRK Munitions Industry Department (MID) Official'], person: true, nationality: 'KP',
    });
  });

  it('adds variants for nicknames, acronyms and bracketed given names', () => {
    expect(splitNameNotes('IHSAN MEDHAT "SAMMY" ELASHI').aliases).toEqual([
      { name: 'IHSAN MEDHAT ELASHI', kind: 'strong_alias' }, { name: 'SAMMY ELASHI', kind: 'weak_alias' },
    ]);
    expect(splitNameNotes('Scientific Studies and Research Center (SSRC)').aliases).toEqual([
      { name: 'Scientific Studies and Research Center', kind: 'strong_alias' }, { name: 'SSRC', kind: 'weak_alias' },
    ]);
    expect(splitNameNotes('ASMAT (APPLIED SYSTEMS METHODS AND TECHNOLOGY)').aliases).toEqual([{ name: 'APPLIED SYSTEMS METHODS AND TECHNOLOGY', kind: 'strong_alias' }]);
    expect(splitNameNotes('SAMMY (IHSAN MEDHAT) ELASHI').aliases.map((a) => a.name)).toEqual(['SAMMY ELASHI', 'IHSAN MEDHAT ELASHI']);
  });

  it('checks acronyms by initials', () => {
    expect(isAcronymOf('ASMAT', 'Applied Systems Methods And Technology')).toBe(true);
    expect(isAcronymOf('SSRC', 'Scientific Studies and Research Center')).toBe(true);
    expect(isAcronymOf('GE', 'GE SONG TAO')).toBe(false);
  });
});
