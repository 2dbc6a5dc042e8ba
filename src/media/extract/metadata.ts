/**
 * Page metadata: title, publication date, source and language, from (in order of trust) meta tags,
 * JSON-LD, <time>/itemprop markup, <title>/<h1>, and date patterns in the URL. Read before any
 * cleaning (the cleaner removes <time> and <h1>).
 */

export type DateOrigin = 'meta' | 'json-ld' | 'itemprop' | 'time' | 'url';

export interface PageMetadata {
  title: string | null;
  /** ISO 8601: a full timestamp when the page gives one, else `YYYY-MM-DD`. */
  published: string | null;
  publishedFrom: DateOrigin | null;
  source: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

const DATE_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'published_time', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'article.published', 'originalpublicationdate',
];

type MetaMap = Map<string, string>;

/** The first non-empty content of each meta property/name/itemprop, keyed in lower case. */
function metaMap(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase();
    const v = m.getAttribute('content')?.trim();
    if (key && v && !map.has(key)) map.set(key, v);
  }
  return map;
}

/** The first of `names` (in order of preference) that the page sets. */
function metaContent(meta: MetaMap, names: string[]): string | null {
  for (const n of names) {
    const v = meta.get(n);
    if (v) return v;
  }
  return null;
}

/** Normalises a date string to ISO 8601, or null when it is not a plausible date (1990 onwards). */
export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (Number(y) < 1990 || Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz === undefined ? '' : tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return normalizeDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return d.getUTCFullYear() >= 1990 ? d.toISOString() : null;
}

/** `datePublished` anywhere in a JSON-LD value (objects, arrays, @graph). */
function jsonLdField(value: unknown, field: string): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const r = jsonLdField(v, field);
      if (r) return r;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const direct = o[field];
    if (typeof direct === 'string' && direct.trim()) return direct.trim();
    if (direct && typeof direct === 'object' && typeof (direct as Record<string, unknown>).name === 'string') return String((direct as Record<string, unknown>).name);
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const r = o[k] === undefined ? null : jsonLdField(o[k], field);
      if (r) return r;
    }
  }
  return null;
}

function parseJsonLd(blocks: string[]): unknown[] {
  const out: unknown[] = [];
  for (const b of blocks) {
    try { out.push(JSON.parse(b.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''))); } catch { /* malformed JSON-LD is common; skip it */ }
  }
  return out;
}

const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The JSON-LD script bodies of a raw HTML page (they are stripped with the other scripts before parsing). */
export function jsonLdBlocks(html: string): string[] {
  return Array.from(html.matchAll(JSON_LD), (m) => m[1]);
}

/** Date markup that may sit inside a header cut before parsing: <time datetime> and itemprop="datePublished". */
export interface RawDateHints { time: string | null; itemprop: string | null }

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;

export function rawDateHints(html: string): RawDateHints {
  const itempropTag = /<[a-z]+\b[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/i.exec(html)?.[0];
  const timeTags = html.match(/<time\b[^>]*\bdatetime\s*=[^>]*>/gi) ?? [];
  const time = timeTags.find((t) => /\bpubdate\b/i.test(t)) ?? timeTags[0];
  return {
    itemprop: itempropTag ? attr(itempropTag, 'content') ?? attr(itempropTag, 'datetime') : null,
    time: time ? attr(time, 'datetime') : null,
  };
}

const URL_DATE = [
  /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/,
  /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/,
];

/** A publication date written into the URL path (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`). */
export function dateFromUrl(url: string): string | null {
  for (const re of URL_DATE) {
    const m = re.exec(url);
    if (m) {
      const r = normalizeDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
      if (r) return r;
    }
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, '') || null; } catch { return null; }
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Removes a trailing " - Site Name" / " | Site" from a <title>. */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|\-–—»:]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].toLowerCase();
  if ((site && site.toLowerCase().includes(last)) || last.length <= 25) return parts.slice(0, -1).join(' - ');
  return title;
}

export function readMetadata(doc: Document, jsonLd: string[], pageUrl: string | null, hints: RawDateHints = { time: null, itemprop: null }): PageMetadata {
  const ld = parseJsonLd(jsonLd);
  const meta = metaMap(doc);
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? clean(metaContent(meta, ['og:url']));
  const absolute = canonical && /^https?:\/\//i.test(canonical) ? canonical : pageUrl;
  const source = clean(metaContent(meta, ['og:site_name', 'application-name'])) ?? clean(jsonLdField(ld, 'publisher')) ?? hostOf(absolute) ?? hostOf(pageUrl);

  const titleTag = clean(doc.querySelector('title')?.textContent);
  const title = clean(metaContent(meta, ['og:title', 'twitter:title'])) ?? clean(jsonLdField(ld, 'headline'))
    ?? (titleTag ? stripSiteSuffix(titleTag, source) : null) ?? clean(doc.querySelector('h1')?.textContent);

  let published: string | null = null;
  let publishedFrom: DateOrigin | null = null;
  const candidates: [DateOrigin, () => string | null][] = [
    ['meta', () => metaContent(meta, DATE_META)],
    ['json-ld', () => jsonLdField(ld, 'datePublished') ?? jsonLdField(ld, 'dateCreated')],
    ['itemprop', () => {
      if (hints.itemprop) return hints.itemprop;
      const el = doc.querySelector('[itemprop="datePublished"]');
      return el ? el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent : null;
    }],
    ['time', () => hints.time ?? (doc.querySelector('time[pubdate]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime') ?? null],
    ['url', () => (absolute ? dateFromUrl(absolute) : null) ?? (pageUrl ? dateFromUrl(pageUrl) : null)],
  ];
  for (const [origin, read] of candidates) {
    const raw = read();
    const norm = raw ? normalizeDate(raw) : null;
    if (norm) { published = norm; publishedFrom = origin; break; }
  }

  const lang = clean(doc.documentElement?.getAttribute('lang')) ?? clean(metaContent(meta, ['og:locale', 'content-language', 'language']));
  const language = lang ? lang.split(/[-_]/)[0].toLowerCase() : null;

  return { title, published, publishedFrom, source, canonicalUrl: absolute ?? null, language: language && /^[a-z]{2,3}$/.test(language) ? language : null };
}
