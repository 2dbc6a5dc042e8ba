/**
 * Mirror gap: what the EU says it exported to a country against what that country says it imported from
 * the EU, per year. log ratio = ln(importer-reported ÷ exporter-reported), as in EBRD's "lost in transit"
 * comparison. Imports are valued CIF and exports FOB, so a small positive ratio is normal; a falling or
 * strongly negative one means goods the EU shipped did not arrive on the books as imports.
 */
import { money } from './format.js';
import { partnerName } from './partners.js';
import { logRatio, median } from './stats.js';
import type { TradeQueryPort } from './types.js';

export interface MirrorParams {
  /** Countries with national import statistics (default AM, KZ, KG, UZ). */
  countries?: string[];
  /** Years (default: every year both sides report). */
  years?: number[];
  /** Years before this one count as "before" in the summary (default 2022). */
  breakYear?: number;
}

export interface MirrorRow {
  country: string;
  countryName: string;
  year: number;
  /** Eurostat EU27 exports to the country (EUR, FOB). */
  exporterReported: number;
  /** The country's imports from the EU27 (EUR converted from USD by the data's author, CIF). */
  importerReported: number;
  /** exporterReported − importerReported. */
  gap: number;
  logRatio: number | null;
  /** Importer side below 20% of exporter side: likely an incomplete year, not a finding. */
  suspectIncomplete: boolean;
  explanation: string;
}

export interface MirrorSummary {
  country: string;
  medianLogRatioBefore: number | null;
  medianLogRatioAfter: number | null;
  explanation: string;
}

export interface MirrorResult {
  analysis: 'mirror-gap';
  params: Required<MirrorParams>;
  currency: 'EUR';
  rows: MirrorRow[];
  summary: MirrorSummary[];
  notes: string[];
}

export async function mirrorGap(port: TradeQueryPort, params: MirrorParams = {}): Promise<MirrorResult> {
  const countries = params.countries?.length ? params.countries : ['AM', 'KZ', 'KG', 'UZ'];
  const breakYear = params.breakYear ?? 2022;
  const exp = await port.aggregate({ dataset: 'eu_partner_annual', flow: 'export', reporters: ['EU27'], partners: countries, years: params.years, groupBy: ['partner', 'year'] });
  const imp = await port.aggregate({ dataset: 'national_imports', flow: 'import', reporters: countries, partners: ['EU27'], years: params.years, groupBy: ['reporter', 'year'] });
  const impBy = new Map(imp.map((c) => [`${c.reporter}|${c.year}`, c.value]));
  const rows: MirrorRow[] = [];
  for (const e of exp) {
    const country = String(e.partner);
    const year = Number(e.year);
    const i = impBy.get(`${country}|${year}`);
    if (i === undefined) continue;
    const lr = logRatio(i, e.value);
    const suspectIncomplete = i < 0.2 * e.value;
    const name = partnerName(country);
    const verb = lr === null ? '' : lr >= 0 ? `${(Math.exp(lr) * 100 - 100).toFixed(0)}% more than` : `${(100 - Math.exp(lr) * 100).toFixed(0)}% less than`;
    const explanation =
      `${year}: the EU27 reported ${money(e.value)} of exports to ${name}; ${name} reported ${money(i)} of imports from the EU27 — ${verb} the EU figure (log ratio ${lr?.toFixed(2) ?? 'n/a'})` +
      (suspectIncomplete ? '; the importer figure looks incomplete for this year.' : '.');
    rows.push({ country, countryName: name, year, exporterReported: e.value, importerReported: i, gap: e.value - i, logRatio: lr, suspectIncomplete, explanation });
  }
  rows.sort((a, b) => countries.indexOf(a.country) - countries.indexOf(b.country) || a.year - b.year);
  const summary: MirrorSummary[] = countries.map((country) => {
    const ok = rows.filter((r) => r.country === country && !r.suspectIncomplete && r.logRatio !== null);
    const before = median(ok.filter((r) => r.year < breakYear).map((r) => r.logRatio as number));
    const after = median(ok.filter((r) => r.year >= breakYear).map((r) => r.logRatio as number));
    const explanation =
      before === null || after === null
        ? `${partnerName(country)}: not enough years on both sides.`
        : `${partnerName(country)}: median log(importer ÷ exporter) ${before.toFixed(2)} before ${breakYear}, ${after.toFixed(2)} from ${breakYear}` +
          (after < before - 0.1 ? ' — a widening gap: more of what the EU ships is not recorded as arriving.' : after > before + 0.1 ? ' — the importer side grew faster than the EU side.' : ' — no material change.');
    return { country, medianLogRatioBefore: before, medianLogRatioAfter: after, explanation };
  });
  const years = params.years?.length ? params.years : [...new Set(rows.map((r) => r.year))].sort();
  return {
    analysis: 'mirror-gap',
    params: { countries, years, breakYear },
    currency: 'EUR',
    rows,
    summary,
    notes: [
      'Exporter side: Eurostat EU27 exports by partner (annual). Importer side: national statistics, imports from "European Union - 27 countries", converted from thousand USD to EUR by the data author at fixed yearly rates.',
      'Imports are CIF, exports FOB; origin vs consignment country and timing differ. Read changes in the gap, not its level.',
      'Total goods only: the partner-side files carry no HS detail, so a CHPL-level mirror gap is not possible with this data.',
    ],
  };
}
