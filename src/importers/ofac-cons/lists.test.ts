import { describe, expect, it } from 'vitest';
import { makeProgram } from '../common/build.js';
import { NON_SDN_LISTS, nonSdnLists } from './lists.js';

const lists = (...raw: string[]) => nonSdnLists(raw.map((r) => makeProgram(r)!));

describe('nonSdnLists', () => {
  it('names the list of each non-SDN programme', () => {
    expect(lists('UKRAINE-EO13662')).toEqual([NON_SDN_LISTS.SSI]);
    expect(lists('CMIC-EO13959')).toEqual([NON_SDN_LISTS['NS-CMIC']]);
    expect(lists('SDGT', 'NS-PLC')).toEqual([NON_SDN_LISTS['NS-PLC']]);
    expect(lists('FSE-SY')).toEqual([NON_SDN_LISTS.FSE]);
    expect(lists('561-Related')).toEqual([NON_SDN_LISTS.CAPTA]);
  });

  it('puts directive and menu-based programmes on the NS-MBS list', () => {
    expect(lists('RUSSIA-EO14024')).toEqual([NON_SDN_LISTS['NS-MBS']]);
    expect(lists('CAATSA - RUSSIA')).toEqual([NON_SDN_LISTS['NS-MBS']]);
    expect(lists('UKRAINE-EO13662', 'IRAN-CON-ARMS-EO', 'RUSSIA-EO14024')).toEqual([NON_SDN_LISTS.SSI, NON_SDN_LISTS['NS-MBS']]);
    expect(lists('UKRAINE-EO13662', 'VENEZUELA-EO13850')).toEqual([NON_SDN_LISTS.SSI]);
  });
});
