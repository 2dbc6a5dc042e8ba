/**
 * FtM country codes -> ISO 3166 alpha-2. FtM writes lower-case ISO codes plus a few of its own
 * for historical states ("suhh" Soviet Union, "yucs" Yugoslavia).
 */
import { toCountryCode } from '../../common/countries.js';

const FTM_CODES: Record<string, string> = { suhh: 'SU', yucs: 'YU', xk: 'XK' };

export function ftmCountry(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const c = code.trim().toLowerCase();
  if (!c) return undefined;
  return FTM_CODES[c] ?? toCountryCode(c.length === 2 ? c.toUpperCase() : c);
}
