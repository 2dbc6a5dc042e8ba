/**
 * UN_LIST_TYPE (the sanctions regime) -> the name of the committee's list. The raw value is the
 * programme; the list name goes into `lists`. Unknown regimes fall back to "UN <value> Sanctions List".
 */
const LIST_NAMES: Record<string, string> = {
  'Al-Qaida': 'ISIL (Da’esh) and Al-Qaida Sanctions List (resolution 1267)',
  Taliban: '1988 Sanctions List (Taliban)',
  DPRK: '1718 Sanctions List (DPRK)',
  Iran: '1737 Sanctions List (Iran)',
  Iraq: '1518 Sanctions List (Iraq)',
  DRC: '1533 Sanctions List (Democratic Republic of the Congo)',
  Libya: '1970 Sanctions List (Libya)',
  Somalia: '2713 Sanctions List (Al-Shabaab)',
  CAR: '2127 Sanctions List (Central African Republic)',
  Haiti: '2653 Sanctions List (Haiti)',
  Yemen: '2140 Sanctions List (Yemen)',
  GB: '2048 Sanctions List (Guinea-Bissau)',
  Sudan: '1591 Sanctions List (Sudan)',
  SouthSudan: '2206 Sanctions List (South Sudan)',
};

export function unListName(listType: string): string {
  return LIST_NAMES[listType] ?? `UN ${listType} Sanctions List`;
}
