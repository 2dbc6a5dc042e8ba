/** Display formats shared by the pages: scores, counts, dates, countries. */

const counts = new Intl.NumberFormat('en-GB');

export const formatCount = (n: number): string => counts.format(n);

/** 2030620 as "2.0 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Scores in [0,1] with two decimals, as the CLI prints them. */
export const formatScore = (n: number): string => n.toFixed(2);

/** A signed contribution: "+0.62", "−0.25", "0.00". */
export function formatContribution(n: number): string {
  if (Math.abs(n) < 0.005) return '0.00';
  return n > 0 ? `+${n.toFixed(2)}` : `\u2212${Math.abs(n).toFixed(2)}`;
}

/** An ISO timestamp as "2024-05-03 14:22 UTC"; a date-only value unchanged. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}(-\d{2}){0,2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const regions = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** "RU" as "Russia (RU)"; anything that is not a known ISO code unchanged. */
export function formatCountry(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const name = regions?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** A server message as a sentence: starts with a capital (unless it starts with a field path) and ends with a stop. */
export function asSentence(message: string): string {
  let text = message.trim();
  if (/^[a-z]+[\s,]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

/** "identifier_match" as "identifier match". */
export const humanize = (key: string): string => key.replace(/_/g, ' ');
