/**
 * Money amounts and percentages in news text: "$1.2bn", "US$ 300 million", "€5m", "12 billion yuan",
 * "RMB 40 million", "up 35%", "by 12.5 per cent". Values are scaled to units. Pure.
 */

export interface Amount {
  kind: 'MONEY' | 'PERCENT';
  text: string;
  start: number;
  end: number;
  /** In units of the currency (MONEY) or percentage points (PERCENT). */
  value: number;
  /** ISO 4217 where known. */
  currency?: string;
}

const SYMBOL: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'CNY', rmb: 'CNY', cny: 'CNY',
  yuan: 'CNY', renminbi: 'CNY', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', roubles: 'RUB',
  rubles: 'RUB', rouble: 'RUB', ruble: 'RUB', rub: 'RUB', dirhams: 'AED', aed: 'AED', lira: 'TRY', liras: 'TRY', try: 'TRY',
  tenge: 'KZT', kzt: 'KZT', som: 'KGS', soms: 'KGS', drams: 'AMD', hkd: 'HKD', 'hk$': 'HKD', rupees: 'INR', inr: 'INR',
};
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALES = String.raw`thousand|million|mln|billion|trillion|bn|mn|trn|tn|m|b|k`;
const PREFIX = String.raw`US\$|HK\$|\$|€|£|¥|USD|EUR|GBP|CNY|RMB|RUB|AED|KZT|HKD|INR|TRY`;
const SUFFIX = String.raw`dollars?|euros?|pounds|yuan|renminbi|roubles?|rubles?|dirhams|lira|liras|tenge|soms?|drams|rupees|USD|EUR|CNY|RUB|AED|KZT|GBP`;

const MONEY_PREFIXED = new RegExp(String.raw`(${PREFIX})\s?(${NUM})(?:\s?(${SCALES})\b)?(?:\s+(${SUFFIX})\b)?`, 'giu');
const MONEY_SUFFIXED = new RegExp(String.raw`\b(${NUM})(?:\s?(${SCALES}))?\s+(${SUFFIX})\b`, 'giu');
const PERCENT = /\b(\d+(?:\.\d+)?)\s?(%|per ?cent\b|percent\b|pc\b)|\b(\d+(?:\.\d+)?)\s?(percentage points?)/giu;

export function findAmounts(text: string, offset = 0): Amount[] {
  const out: Amount[] = [];
  const taken = (s: number, e: number) => out.some((a) => s < a.end - offset && e > a.start - offset);
  for (const m of text.matchAll(MONEY_PREFIXED)) {
    const value = num(m[2]) * (m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1);
    const currency = SYMBOL[m[1].toLowerCase()] ?? (m[4] && SYMBOL[m[4].toLowerCase()]);
    out.push({ kind: 'MONEY', text: m[0], start: m.index! + offset, end: m.index! + m[0].length + offset, value, currency });
  }
  for (const m of text.matchAll(MONEY_SUFFIXED)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const value = num(m[1]) * (m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1);
    out.push({ kind: 'MONEY', text: m[0], start: m.index! + offset, end: m.index! + m[0].length + offset, value, currency: SYMBOL[m[3].toLowerCase()] });
  }
  for (const m of text.matchAll(PERCENT)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    out.push({ kind: 'PERCENT', text: m[0], start: m.index! + offset, end: m.index! + m[0].length + offset, value: num(m[1] ?? m[3]) });
  }
  // Changes stated in words: "doubled", "rose tenfold", "fell by a third", read as a change in per cent.
  for (const m of text.matchAll(CHANGE_WORDS)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const w = m[0].toLowerCase();
    const fold = /(\w+)-?fold/.exec(w)?.[1];
    const value = fold ? ((FOLDS[fold] ?? Number(fold)) - 1) * 100 : FRACTIONS[w.replace(/^by\s+/, '')] ?? (w === 'doubled' ? 100 : w === 'tripled' ? 200 : w === 'quadrupled' ? 300 : w === 'halved' ? -50 : NaN);
    if (Number.isFinite(value)) out.push({ kind: 'PERCENT', text: m[0], start: m.index! + offset, end: m.index! + m[0].length + offset, value });
  }
  return out.sort((a, b) => a.start - b.start);
}

const CHANGE_WORDS = /\b(?:doubled|tripled|quadrupled|halved|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d+)-?fold|by (?:a third|half|a quarter|two thirds|three quarters))\b/giu;
const FOLDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };
const FRACTIONS: Record<string, number> = { 'a third': 33.3, half: 50, 'a quarter': 25, 'two thirds': 66.7, 'three quarters': 75 };

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}
