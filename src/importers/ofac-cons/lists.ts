/**
 * Which non-SDN list an entry is on, from its programme tags. The consolidated file merges OFAC's
 * non-SDN lists (SSI, NS-MBS, NS-CMIC, NS-PLC, FSE, CAPTA) but does not name them per row. Pure.
 */
import type { Program } from '../../model/entity.js';

export const NON_SDN_LISTS = {
  SSI: 'Sectoral Sanctions Identifications List (SSI)',
  'NS-MBS': 'Non-SDN Menu-Based Sanctions List (NS-MBS List)',
  'NS-CMIC': 'Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
  'NS-PLC': 'Non-SDN Palestinian Legislative Council List (NS-PLC List)',
  FSE: 'Foreign Sanctions Evaders List (FSE List)',
  CAPTA: 'List of Foreign Financial Institutions Subject to Correspondent Account or Payable-Through Account Sanctions (CAPTA List)',
} as const;

/** Programme keys that name their list; other non-SDN programmes (EO 14024 directives, CAATSA, ...) are menu-based. */
const BY_PROGRAM: [RegExp, keyof typeof NON_SDN_LISTS][] = [
  [/^UKRAINE-EO13662$/, 'SSI'],
  [/^CMIC-EO13959$/, 'NS-CMIC'],
  [/^NS-PLC$/, 'NS-PLC'],
  [/^FSE-/, 'FSE'],
  [/^561-RELATED$/, 'CAPTA'],
];

/** SDN programmes that can appear beside a non-SDN one (e.g. "SDGT] [NS-PLC") and name no list here. */
const SDN_ONLY = /^(SDGT|SDNT|SDNTK|IRGC|IRAN|CUBA|DPRK.*|SYRIA.*|VENEZUELA-EO13850)$/;

export function nonSdnLists(programs: readonly Program[]): string[] {
  const lists = new Set<string>();
  let menuBased = false;
  for (const { key } of programs) {
    const hit = BY_PROGRAM.find(([re]) => re.test(key));
    if (hit) lists.add(NON_SDN_LISTS[hit[1]]);
    else if (!SDN_ONLY.test(key)) menuBased = true;
  }
  if (menuBased || lists.size === 0) lists.add(NON_SDN_LISTS['NS-MBS']);
  return [...lists];
}
