/**
 * Country resolution for the US lists: ISO codes as printed, plus the spellings the shared table
 * lacks ("PRC", OFAC's inverted "Man, Isle of").
 */
import { isCountryCode, toCountryCode } from '../../common/countries.js';

const LOCAL: Record<string, string> = { PRC: 'CN', 'P.R.C.': 'CN', 'P.R. CHINA': 'CN', 'ISLE OF MAN': 'IM' };

/** ISO 3166 alpha-2 for a code or name, or undefined. */
export function countryOf(text: string | undefined | null): string | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  if (/^[A-Z]{2}$/.test(t)) return isCountryCode(t) ? t : undefined;
  const local = LOCAL[t.toUpperCase()];
  if (local) return local;
  const code = toCountryCode(t);
  if (code) return code;
  // OFAC inverts some names: "Man, Isle of", "Virgin Islands, U.S.".
  const m = /^([^,]+),\s*([^,]+)$/.exec(t);
  return m ? (toCountryCode(`${m[2]} ${m[1]}`) ?? LOCAL[`${m[2]} ${m[1]}`.toUpperCase()]) : undefined;
}
